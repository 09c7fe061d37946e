package org.jiceng.dispatch.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A multinomial naive Bayes classifier over binary features: what it keeps are whole counts (texts per label, texts
 * per label and feature), so the same training texts give the same model byte for byte, whatever their order. Scores
 * are computed from those counts with add-{@value #SMOOTHING} smoothing; confidences are the scores' softmax.
 */
final class NaiveBayes {

    static final double SMOOTHING = 0.1;

    /** One training text: its features and its label. */
    record Example(Set<String> features, String label) {
    }

    /** A label and its confidence (0–1). */
    record Scored(String label, double confidence) {
    }

    private final String[] labels;
    private final long[] texts;
    private final long[] totals;
    private final Map<String, int[]> counts;

    private NaiveBayes(String[] labels, long[] texts, long[] totals, Map<String, int[]> counts) {
        this.labels = labels;
        this.texts = texts;
        this.totals = totals;
        this.counts = counts;
    }

    static NaiveBayes train(Collection<Example> examples) {
        TreeSet<String> labelSet = new TreeSet<>();
        examples.forEach(e -> labelSet.add(e.label()));
        String[] labels = labelSet.toArray(String[]::new);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            index.put(labels[i], i);
        }
        long[] texts = new long[labels.length];
        long[] totals = new long[labels.length];
        Map<String, int[]> counts = new TreeMap<>();
        for (Example example : examples) {
            int label = index.get(example.label());
            texts[label]++;
            for (String feature : example.features()) {
                counts.computeIfAbsent(feature, f -> new int[labels.length])[label]++;
                totals[label]++;
            }
        }
        return new NaiveBayes(labels, texts, totals, counts);
    }

    int labelCount() {
        return labels.length;
    }

    int featureCount() {
        return counts.size();
    }

    long textCount() {
        long sum = 0;
        for (long t : texts) {
            sum += t;
        }
        return sum;
    }

    /** The labels best first, at most {@code limit}; ties broken by label, so the order never wavers. */
    List<Scored> rank(Set<String> features, int limit) {
        if (labels.length == 0) {
            return List.of();
        }
        double[] scores = new double[labels.length];
        double all = textCount();
        double vocabulary = counts.size() + 1;
        for (int i = 0; i < labels.length; i++) {
            scores[i] = Math.log(texts[i] / all);
        }
        for (String feature : features) {
            int[] seen = counts.get(feature);
            if (seen == null) {
                continue;
            }
            for (int i = 0; i < labels.length; i++) {
                scores[i] += Math.log((seen[i] + SMOOTHING) / (totals[i] + SMOOTHING * vocabulary));
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        double[] weights = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            weights[i] = Math.exp(scores[i] - max);
            sum += weights[i];
        }
        List<Scored> ranked = new ArrayList<>(labels.length);
        for (int i = 0; i < labels.length; i++) {
            ranked.add(new Scored(labels[i], weights[i] / sum));
        }
        ranked.sort(Comparator.comparingDouble(Scored::confidence).reversed().thenComparing(Scored::label));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    /**
     * How much each feature speaks for one label over the others (its log-odds), for comparing two texts by what
     * the model learnt matters; unknown features weigh nothing.
     */
    double weight(String feature) {
        int[] seen = counts.get(feature);
        if (seen == null) {
            return 0;
        }
        int max = 0;
        long sum = 0;
        for (int s : seen) {
            max = Math.max(max, s);
            sum += s;
        }
        // a feature spread evenly over labels says little; one concentrated in a label says much
        return Math.log(1 + sum) * ((double) max / sum);
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(labels.length);
            for (int i = 0; i < labels.length; i++) {
                out.writeUTF(labels[i]);
                out.writeLong(texts[i]);
                out.writeLong(totals[i]);
            }
            out.writeInt(counts.size());
            for (Map.Entry<String, int[]> entry : counts.entrySet()) {
                out.writeUTF(entry.getKey());
                for (int c : entry.getValue()) {
                    out.writeInt(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static NaiveBayes fromBytes(byte[] stored) {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(stored)))) {
            int n = in.readInt();
            String[] labels = new String[n];
            long[] texts = new long[n];
            long[] totals = new long[n];
            for (int i = 0; i < n; i++) {
                labels[i] = in.readUTF();
                texts[i] = in.readLong();
                totals[i] = in.readLong();
            }
            int features = in.readInt();
            Map<String, int[]> counts = new HashMap<>(features * 2);
            for (int f = 0; f < features; f++) {
                String feature = in.readUTF();
                int[] seen = new int[n];
                for (int i = 0; i < n; i++) {
                    seen[i] = in.readInt();
                }
                counts.put(feature, seen);
            }
            return new NaiveBayes(labels, texts, totals, counts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
