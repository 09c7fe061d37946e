package org.jiceng.dispatch.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jiceng.search.ChineseText;

/**
 * The features of a text: its words (cut by {@link ChineseText}) and each pair of neighbouring words, each counted
 * once per text — a short complaint says what matters once, and repeats would only favour long texts.
 */
final class Features {

    private Features() {
    }

    static Set<String> of(String text) {
        return of(ChineseText.words(text));
    }

    static Set<String> of(List<String> words) {
        Set<String> features = new TreeSet<>();
        String previous = null;
        for (String word : words) {
            if (word.isBlank()) {
                continue;
            }
            features.add(word);
            if (previous != null) {
                features.add(previous + ' ' + word);
            }
            previous = word;
        }
        return features;
    }
}
