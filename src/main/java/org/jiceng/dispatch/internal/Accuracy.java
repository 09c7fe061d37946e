package org.jiceng.dispatch.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well a model, trained on one set, names the labels of another: top-1 and top-3 hits overall and per label,
 * and the most frequent mix-ups. Counts are whole numbers; shares are counts over counts, rounded only on display.
 */
final class Accuracy {

    /** Hits of one label (or of all): texts tested, right first, right among the first three. */
    record Hits(String label, long tested, long top1, long top3) {

        double top1Share() {
            return tested == 0 ? 0 : (double) top1 / tested;
        }

        double top3Share() {
            return tested == 0 ? 0 : (double) top3 / tested;
        }
    }

    /** A label taken for another, and how often. */
    record MixUp(String actual, String predicted, long times) {
    }

    /** What the test found. */
    record Result(Hits overall, List<Hits> perLabel, List<MixUp> confusions) {
    }

    private final Map<String, long[]> perLabel = new TreeMap<>();
    private final Map<String, Long> mixUps = new TreeMap<>();
    private long tested, top1, top3;

    void add(String actual, List<NaiveBayes.Scored> ranked) {
        long[] hits = perLabel.computeIfAbsent(actual, a -> new long[3]);
        hits[0]++;
        tested++;
        for (int i = 0; i < Math.min(3, ranked.size()); i++) {
            if (ranked.get(i).label().equals(actual)) {
                if (i == 0) {
                    hits[1]++;
                    top1++;
                }
                hits[2]++;
                top3++;
                break;
            }
        }
        if (!ranked.isEmpty() && !ranked.getFirst().label().equals(actual)) {
            mixUps.merge(actual + "→" + ranked.getFirst().label(), 1L, Long::sum);
        }
    }

    Result result(int confusions) {
        List<Hits> labels = new ArrayList<>();
        perLabel.forEach((label, h) -> labels.add(new Hits(label, h[0], h[1], h[2])));
        List<MixUp> worst = mixUps.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(confusions)
                .map(e -> {
                    String[] pair = e.getKey().split("→");
                    return new MixUp(pair[0], pair[1], e.getValue());
                }).toList();
        labels.sort(Comparator.comparing(Hits::label));
        return new Result(new Hits("全部", tested, top1, top3), labels, worst);
    }
}
