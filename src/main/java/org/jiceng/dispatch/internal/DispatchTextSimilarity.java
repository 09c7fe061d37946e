package org.jiceng.dispatch.internal;

import java.util.Optional;
import java.util.Set;
import org.jiceng.cases.CaseTextSimilarity;
import org.springframework.stereotype.Component;

/**
 * Text similarity for the duplicates offered while filing: the weighted cosine of the two texts' words, each word
 * weighted as the model in service learnt it tells categories apart; before any training, every word weighs alike.
 */
@Component
class DispatchTextSimilarity implements CaseTextSimilarity {

    private final ModelStore store;

    DispatchTextSimilarity(ModelStore store) {
        this.store = store;
    }

    @Override
    public double similarity(String a, String b) {
        Set<String> wordsA = Features.of(a);
        Set<String> wordsB = Features.of(b);
        Optional<ModelStore.Served> model = store.current();
        if (model.isPresent() && model.get().categories().featureCount() > 0) {
            return CaseWords.cosine(model.get().categories(), wordsA, wordsB);
        }
        long shared = wordsA.stream().filter(w -> w.indexOf(' ') < 0 && wordsB.contains(w)).count();
        long na = wordsA.stream().filter(w -> w.indexOf(' ') < 0).count();
        long nb = wordsB.stream().filter(w -> w.indexOf(' ') < 0).count();
        return na == 0 || nb == 0 ? 0 : shared / Math.sqrt((double) na * nb);
    }
}
