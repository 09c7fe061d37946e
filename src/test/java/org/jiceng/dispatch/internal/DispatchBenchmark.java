package org.jiceng.dispatch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jiceng.demo.ComplaintTexts;
import org.jiceng.demo.ComplaintTexts.Family;

/**
 * The dispatch classifier on generated complaint texts, no database: accuracy when whole phrasing families are
 * held out of training (and, harder, when each category's last problem is held out too), per category and the
 * worst mix-ups; and how long one suggestion takes in process (cutting the words and ranking categories and
 * units), p50 and p95. Run: {@code ./jiceng bench Dispatch}.
 */
public final class DispatchBenchmark {

    static final long SEED = 2026;
    static final int PER_CATEGORY_AND_FAMILY = 40;
    static final List<Family> HELD_OUT = List.of(Family.ELDERLY, Family.HOTLINE);

    private DispatchBenchmark() {
    }

    public static String run() {
        StringBuilder out = new StringBuilder("### Dispatch suggestions (`./jiceng bench Dispatch`)\n\n");
        out.append("Texts: ").append(ComplaintTexts.categories().size()).append(" categories × ")
                .append(Family.values().length).append(" phrasing families × ").append(PER_CATEGORY_AND_FAMILY)
                .append(", seed ").append(SEED).append("; held out: ").append(HELD_OUT).append("\n\n");
        for (boolean unseen : new boolean[]{false, true}) {
            long started = System.nanoTime();
            HeldOutFamilies.Outcome o = HeldOutFamilies.run(SEED, PER_CATEGORY_AND_FAMILY, HELD_OUT, unseen);
            out.append(String.format("- %s: %,d tested, top-1 %.1f %%, top-3 %.1f %% (%.1f s)%n",
                    unseen ? "families and each category's last problem held out" : "families held out",
                    o.tested(), o.top1() * 100, o.top3() * 100, (System.nanoTime() - started) / 1e9));
            out.append("  - worst mix-ups: ");
            o.result().confusions().stream().limit(6).forEach(m ->
                    out.append(m.actual()).append("→").append(m.predicted()).append(" ×").append(m.times()).append("; "));
            out.append('\n');
            if (!unseen) {
                out.append("  - weakest categories (top-1): ");
                o.result().perLabel().stream().sorted(java.util.Comparator.comparingDouble(Accuracy.Hits::top1Share))
                        .limit(6).forEach(h -> out.append(h.label()).append(String.format(" %.0f %%; ", h.top1Share() * 100)));
                out.append('\n');
            }
        }
        out.append(latency());
        return out.toString();
    }

    /** One suggestion in process: the words cut, 46 categories and 17 units ranked. */
    static String latency() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<NaiveBayes.Example> categories = new ArrayList<>();
        List<NaiveBayes.Example> units = new ArrayList<>();
        List<String> categoryCodes = new ArrayList<>(ComplaintTexts.categories());
        for (String category : categoryCodes) {
            for (int i = 0; i < 250; i++) {
                var features = Features.of(ComplaintTexts.write(random, category, "堂琅社区第3网格").text());
                categories.add(new NaiveBayes.Example(features, category));
                units.add(new NaiveBayes.Example(features, "unit-" + (categoryCodes.indexOf(category) % 17)));
            }
        }
        NaiveBayes categoryModel = NaiveBayes.train(categories);
        NaiveBayes unitModel = NaiveBayes.train(units);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            texts.add(ComplaintTexts.write(random, categoryCodes.get(random.nextInt(categoryCodes.size())), "堂琅社区第5网格").text());
        }
        for (int i = 0; i < 1_000; i++) {   // warm-up
            categoryModel.rank(Features.of(texts.get(i)), 3);
        }
        long[] nanos = new long[2_000];
        for (int i = 0; i < nanos.length; i++) {
            long started = System.nanoTime();
            var features = Features.of(texts.get(1_000 + i));
            categoryModel.rank(features, 3);
            unitModel.rank(features, unitModel.labelCount());
            nanos[i] = System.nanoTime() - started;
        }
        java.util.Arrays.sort(nanos);
        return String.format("- one suggestion in process (%,d training texts, %,d features): p50 %.2f ms, p95 %.2f ms, "
                        + "p99 %.2f ms over %,d texts%n", categories.size(), categoryModel.featureCount(),
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 95 / 100] / 1e6, nanos[nanos.length * 99 / 100] / 1e6,
                nanos.length);
    }

    public static void main(String[] args) {
        System.out.println(run());
    }
}
