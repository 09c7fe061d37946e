package org.jiceng.visits.internal.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.jiceng.Beijing;

/**
 * A year of visits to a town's households, decided by a seed alone (no Spring, no database): the grid worker's
 * 走访 and 巡访 to care households at about their frequency (one in ten of them let slip lately, so that some are
 * overdue now), the 户长's visits to the others every month or two, and a few 接访, 约访 and 回访 by village staff.
 * Each household draws from a random of its own (the seed and its id), so the visits of one household do not
 * depend on which others are in the list.
 */
public final class VisitYearPlan {

    /** Who visits: the grid's worker, the household's 户长, the village's staff. */
    public enum Visitor { WORKER, CHIEF, STAFF }

    /** A household as the plan needs it: {@code everyDays} is its care frequency, 0 for a household without care. */
    public record Household(long id, String grid, int everyDays) {
    }

    public record Visit(long householdId, String grid, String kind, Visitor visitor, Instant at) {
    }

    private VisitYearPlan() {
    }

    /** The visits of the twelve months up to {@code now}, oldest first. */
    public static List<Visit> visits(List<Household> households, long seed, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Beijing.ZONE);
        LocalDate first = today.minusMonths(12);
        List<Visit> visits = new ArrayList<>();
        for (Household h : households) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L ^ h.id());
            if (h.everyDays() > 0) {
                care(h, random, first, today, visits);
            } else {
                chief(h, random, first, today, visits);
            }
            if (random.nextInt(100) < 4) {
                String kind = List.of("RECEPTION", "APPOINTMENT", "RETURN").get(random.nextInt(3));
                visits.add(new Visit(h.id(), h.grid(), kind, Visitor.STAFF, at(first.plusDays(random.nextInt(365)), random)));
            }
        }
        visits.removeIf(v -> v.at().isAfter(now));
        visits.sort(Comparator.comparing(Visit::at).thenComparing(Visit::householdId));
        return visits;
    }

    /** Visits at 70–110% of the frequency; a household in ten is left unvisited for its last one and a half periods. */
    private static void care(Household h, SplittableRandom random, LocalDate first, LocalDate today, List<Visit> visits) {
        boolean late = random.nextInt(10) == 0;
        LocalDate stop = late ? today.minusDays(h.everyDays() + h.everyDays() / 2 + 1) : today;
        LocalDate day = first.plusDays(random.nextInt(Math.max(1, h.everyDays())));
        while (!day.isAfter(stop)) {
            visits.add(new Visit(h.id(), h.grid(), random.nextInt(10) < 7 ? "HOME" : "PATROL", Visitor.WORKER, at(day, random)));
            day = day.plusDays(Math.max(1, Math.round(h.everyDays() * (0.7 + 0.4 * random.nextDouble()))));
        }
    }

    /** The 户长 calls every 30 to 60 days; one household in five is seen more rarely, every three to five months. */
    private static void chief(Household h, SplittableRandom random, LocalDate first, LocalDate today, List<Visit> visits) {
        boolean rarely = random.nextInt(5) == 0;
        LocalDate day = first.plusDays(random.nextInt(60));
        while (!day.isAfter(today)) {
            visits.add(new Visit(h.id(), h.grid(), "HOME", Visitor.CHIEF, at(day, random)));
            day = day.plusDays(rarely ? random.nextInt(90, 151) : random.nextInt(30, 61));
        }
    }

    /** A time of day between 8:30 and 18:30, Beijing. */
    private static Instant at(LocalDate day, SplittableRandom random) {
        return day.atStartOfDay(Beijing.ZONE).toInstant().plus(Duration.ofMinutes(510 + random.nextInt(600)));
    }
}
