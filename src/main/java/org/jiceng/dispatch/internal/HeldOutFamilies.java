package org.jiceng.dispatch.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.jiceng.demo.ComplaintTexts;
import org.jiceng.demo.ComplaintTexts.Family;

/**
 * The test that holds out whole phrasing families: texts of every category are generated for a seed, the model is
 * trained on the other families only and tested on the held-out ones, so it is not shown its own sentences back.
 */
public final class HeldOutFamilies {

    /** Shares right first and among the first three; the model's fingerprint and the first test suggestions. */
    public record Outcome(double top1, double top3, long tested, String modelDigest, List<String> suggestions,
                          Accuracy.Result result) {
    }

    private HeldOutFamilies() {
    }

    /**
     * {@code unseenProblems}: the last problem of every category is also held out of training, so the test texts
     * tell problems in words the model never saw for their category (the harder, more honest figure).
     */
    public static Outcome run(long seed, int perCategoryAndFamily, List<Family> heldOut, boolean unseenProblems) {
        SplittableRandom random = new SplittableRandom(seed);
        List<NaiveBayes.Example> train = new ArrayList<>();
        List<NaiveBayes.Example> test = new ArrayList<>();
        for (String category : ComplaintTexts.categories()) {
            for (Family family : Family.values()) {
                for (int i = 0; i < perCategoryAndFamily; i++) {
                    String place = "堂琅社区第" + (1 + random.nextInt(12)) + "网格";
                    int problems = ComplaintTexts.problems(category);
                    boolean testing = heldOut.contains(family);
                    int problem = !unseenProblems ? random.nextInt(problems)
                            : testing ? problems - 1 : random.nextInt(problems - 1);
                    Set<String> features = Features.of(ComplaintTexts.write(random, category, place, family, problem)
                            .text());
                    (testing ? test : train).add(new NaiveBayes.Example(features, category));
                }
            }
        }
        NaiveBayes model = NaiveBayes.train(train);
        Accuracy accuracy = new Accuracy();
        List<String> suggestions = new ArrayList<>();
        for (NaiveBayes.Example example : test) {
            List<NaiveBayes.Scored> ranked = model.rank(example.features(), 3);
            accuracy.add(example.label(), ranked);
            if (suggestions.size() < 20) {
                suggestions.add(ranked.toString());
            }
        }
        Accuracy.Result result = accuracy.result(15);
        return new Outcome(result.overall().top1Share(), result.overall().top3Share(), result.overall().tested(),
                digest(model.toBytes()), suggestions, result);
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
