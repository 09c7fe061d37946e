package org.jiceng.people.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The people.tag codes the demo register hands out, as bits of one int per resident, and the rates of those
 * that do not follow from the household's shape (独居老人, 空巢老人 and 留守儿童 do: see {@link DemoFamily}).
 */
enum DemoTag {
    LIVING_ALONE_ELDERLY, EMPTY_NEST_ELDERLY, LEFT_BEHIND_CHILD, DISABLED, MINIMUM_LIVING, POVERTY_MONITORED,
    VETERAN, SERIOUSLY_ILL, FLOATING;

    private static final DemoTag[] ALL = values();

    int bit() {
        return 1 << ordinal();
    }

    boolean in(int tags) {
        return (tags & bit()) != 0;
    }

    /** The codes of the set bits, in declaration order (the order of people.tag's sort_order). */
    static List<String> codes(int tags) {
        List<String> codes = new ArrayList<>(2);
        for (DemoTag tag : ALL) {
            if (tag.in(tags)) {
                codes.add(tag.name());
            }
        }
        return codes;
    }

    /** 流动人口, 低保户 and 脱贫监测户 concern the whole household; the last is a rural programme. */
    static int household(boolean rural, SplittableRandom random) {
        if (random.nextDouble() < (rural ? 0.02 : 0.10)) {
            return FLOATING.bit();
        }
        double p = random.nextDouble();
        if (p < (rural ? 0.045 : 0.02)) {
            return MINIMUM_LIVING.bit();
        }
        if (rural && p < 0.045 + 0.03) {
            return POVERTY_MONITORED.bit();
        }
        return 0;
    }

    /** 残疾人 and 重病患者 grow with age; 退役军人 are mostly men who could have served. */
    static int personal(int age, boolean male, SplittableRandom random) {
        int tags = 0;
        if (random.nextDouble() < (age < 18 ? 0.01 : age < 60 ? 0.035 : 0.11)) {
            tags |= DISABLED.bit();
        }
        if (random.nextDouble() < (age < 18 ? 0.003 : age < 60 ? 0.01 : 0.04)) {
            tags |= SERIOUSLY_ILL.bit();
        }
        boolean couldHaveServed = male ? age >= 35 && age <= 85 : age >= 25 && age <= 60;
        if (couldHaveServed && random.nextDouble() < (male ? 0.05 : 0.003)) {
            tags |= VETERAN.bit();
        }
        return tags;
    }
}
