package org.jiceng.territory.internal.demo;

import java.util.SplittableRandom;

/**
 * Shares a county's grid total among its villages: one each, the rest in proportion to a random weight, with
 * urban communities (社区) weighted up because dense streets are cut into more grids. Largest remainders
 * settle the rounding, so the shares always add up to the total exactly.
 */
final class GridAllocation {

    static final int MAX_GRIDS_PER_VILLAGE = 999;
    private static final double URBAN_WEIGHT = 1.8;

    private GridAllocation() {
    }

    /** Grid counts per village, in the order of {@code urban}. */
    static int[] distribute(boolean[] urban, int total, SplittableRandom random) {
        int villages = urban.length;
        if (villages == 0) {
            throw new IllegalArgumentException("no villages to place grids in");
        }
        if (total < villages || (long) total > (long) villages * MAX_GRIDS_PER_VILLAGE) {
            throw new IllegalArgumentException(
                    "cannot share " + total + " grids among " + villages + " villages (1–999 each)");
        }
        double[] weight = new double[villages];
        double weightSum = 0;
        for (int i = 0; i < villages; i++) {
            weight[i] = (0.5 + random.nextDouble()) * (urban[i] ? URBAN_WEIGHT : 1.0);
            weightSum += weight[i];
        }
        int extra = total - villages;
        int[] count = new int[villages];
        double[] remainder = new double[villages];
        int given = 0;
        for (int i = 0; i < villages; i++) {
            double share = extra * weight[i] / weightSum;
            int whole = (int) Math.floor(share);
            count[i] = 1 + whole;
            remainder[i] = share - whole;
            given += whole;
        }
        for (int left = extra - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < villages; i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            count[best]++;
            remainder[best] = -1;
        }
        capAtMaximum(count);
        return count;
    }

    /** Only bites when the total is close to 999 per village: moves the excess to the smallest villages. */
    private static void capAtMaximum(int[] count) {
        int excess = 0;
        for (int i = 0; i < count.length; i++) {
            if (count[i] > MAX_GRIDS_PER_VILLAGE) {
                excess += count[i] - MAX_GRIDS_PER_VILLAGE;
                count[i] = MAX_GRIDS_PER_VILLAGE;
            }
        }
        for (; excess > 0; excess--) {
            int smallest = 0;
            for (int i = 1; i < count.length; i++) {
                if (count[i] < count[smallest]) {
                    smallest = i;
                }
            }
            count[smallest]++;
        }
    }
}
