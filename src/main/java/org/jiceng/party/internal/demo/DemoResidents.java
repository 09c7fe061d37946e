package org.jiceng.party.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.ResidentSummary;

/**
 * What the party demo data needs from the people register, in two streamed passes so no more than a long
 * per eligible adult is held: the first counts residents and keeps the hash of each adult of 20 or more
 * (old enough to have joined at 18 and finished a probation year); the second takes those whose hash is
 * among the smallest {@value #MEMBER_SHARE} × residents (30,000 members for the 1,000,000 residents of
 * seed 003's county) and, per grid, a few adults to hold the 三长 and 楼长 posts.
 */
final class DemoResidents {

    static final double MEMBER_SHARE = 0.03;
    static final int CANDIDATES_PER_GRID = 6;
    static final int MEMBER_MIN_AGE = 20;
    private static final long MEMBER_SALT = 1;
    private static final long POST_SALT = 2;

    private final LocalDate eligibleBornBy;
    private final LocalDate postHoldersBornAfter;
    private final LocalDate postHoldersBornBy;
    private long residents;
    private long[] eligibleHashes = new long[1 << 12];
    private int eligible;
    private long threshold;
    private boolean anyone;
    private final List<ResidentSummary> chosen = new ArrayList<>();
    private final Map<String, List<ResidentSummary>> candidates = new HashMap<>();

    private DemoResidents(LocalDate today) {
        this.eligibleBornBy = today.minusYears(MEMBER_MIN_AGE);
        this.postHoldersBornAfter = today.minusYears(65);
        this.postHoldersBornBy = today.minusYears(20);
    }

    static DemoResidents gather(PeopleApi people, String county, LocalDate today) {
        DemoResidents sample = new DemoResidents(today);
        people.forEachResident(county, sample::count);
        sample.decide();
        people.forEachResident(county, sample::take);
        return sample;
    }

    /** The residents chosen as members, in id order. */
    List<ResidentSummary> chosen() {
        return List.copyOf(chosen);
    }

    /** Up to {@value #CANDIDATES_PER_GRID} adults of a grid aged 20 to 65 to hold posts, in a fixed order. */
    List<ResidentSummary> candidates(String gridCode) {
        return candidates.getOrDefault(gridCode, List.of());
    }

    long residents() {
        return residents;
    }

    private void count(ResidentSummary r) {
        residents++;
        if (isEligible(r)) {
            if (eligible == eligibleHashes.length) {
                eligibleHashes = Arrays.copyOf(eligibleHashes, eligible * 2);
            }
            eligibleHashes[eligible++] = DemoHash.of(r.id(), MEMBER_SALT);
        }
    }

    private void decide() {
        int target = (int) Math.min(Math.round(residents * MEMBER_SHARE), eligible);
        anyone = target > 0;
        if (anyone) {
            long[] sorted = Arrays.copyOf(eligibleHashes, eligible);
            Arrays.sort(sorted);
            threshold = sorted[target - 1];
        }
        eligibleHashes = null;
    }

    private void take(ResidentSummary r) {
        if (anyone && isEligible(r) && DemoHash.of(r.id(), MEMBER_SALT) <= threshold) {
            chosen.add(r);
        }
        if (r.birthDate().isAfter(postHoldersBornAfter) && !r.birthDate().isAfter(postHoldersBornBy)) {
            offerCandidate(r);
        }
    }

    /** Keeps the grid's candidates with the smallest hashes: the same people whatever the stream order. */
    private void offerCandidate(ResidentSummary r) {
        List<ResidentSummary> grid = candidates.computeIfAbsent(r.territoryCode(), code -> new ArrayList<>());
        Comparator<ResidentSummary> order = Comparator.comparingLong(c -> DemoHash.of(c.id(), POST_SALT));
        grid.add(r);
        grid.sort(order);
        if (grid.size() > CANDIDATES_PER_GRID) {
            grid.removeLast();
        }
    }

    private boolean isEligible(ResidentSummary r) {
        return !r.birthDate().isAfter(eligibleBornBy);
    }
}
