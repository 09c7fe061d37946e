package org.jiceng.dispatch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jiceng.demo.ComplaintTexts;
import org.jiceng.demo.ComplaintTexts.Family;
import org.junit.jupiter.api.Test;

class DispatchClassifierTests {

    @Test
    void theSameSeedTrainsTheSameModelAndGivesTheSameSuggestions() {
        HeldOutFamilies.Outcome first = HeldOutFamilies.run(7, 10, List.of(Family.ANGRY, Family.QUESTION), false);
        HeldOutFamilies.Outcome second = HeldOutFamilies.run(7, 10, List.of(Family.ANGRY, Family.QUESTION), false);
        assertThat(second.modelDigest()).isEqualTo(first.modelDigest());
        assertThat(second.suggestions()).isEqualTo(first.suggestions());
        assertThat(HeldOutFamilies.run(8, 10, List.of(Family.ANGRY, Family.QUESTION), false).modelDigest())
                .isNotEqualTo(first.modelDigest());
    }

    @Test
    void phrasingFamiliesNeverSeenInTrainingAreStillClassifiedAboveTheFloor() {
        HeldOutFamilies.Outcome outcome = HeldOutFamilies.run(2026, 30, List.of(Family.ELDERLY, Family.HOTLINE), false);
        System.out.println("held-out families: top-1 " + outcome.top1() + ", top-3 " + outcome.top3());
        assertThat(outcome.top1()).isGreaterThan(0.9);
        assertThat(outcome.top3()).isGreaterThan(0.95);
    }

    @Test
    void problemsToldInWordsNeverSeenForTheirCategoryStillFindItAmongTheFirstThreeOftenEnough() {
        HeldOutFamilies.Outcome outcome = HeldOutFamilies.run(2026, 30, List.of(Family.ELDERLY, Family.HOTLINE), true);
        System.out.println("held-out families and problems: top-1 " + outcome.top1() + ", top-3 " + outcome.top3()
                + ", mix-ups " + outcome.result().confusions());
        assertThat(outcome.top1()).isGreaterThan(0.18);
        assertThat(outcome.top3()).isGreaterThan(0.33);
    }

    @Test
    void generatedTextsVaryAndCarryTheirFamily() {
        SplittableRandom random = new SplittableRandom(1);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            texts.add(ComplaintTexts.write(random, "0301", "堂琅社区第1网格").text());
        }
        assertThat(texts.stream().distinct().count()).isGreaterThan(180);
        assertThat(ComplaintTexts.write(new SplittableRandom(2), "0301", "x", Family.PATROL).family())
                .isEqualTo(Family.PATROL);
        assertThat(ComplaintTexts.categories()).hasSize(46);
    }
}
