package org.jiceng.visits.internal.care;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How often a special-population household is visited and when it is due, as plain rules (no Spring).
 * <p>
 * The default frequencies are ours: the seeds fix no figure per group, only that town and village cadres walk the
 * courtyards every week (002, 走院子). So those who may need help from one day to the next (独居老人, 重病患者) are
 * visited weekly like the courtyards; 空巢老人, 留守儿童 and 残疾人 every two weeks; 低保户 and 脱贫监测户, whose
 * situation is also checked by the monthly income monitoring, once a month. A county overrides any of them in
 * {@code visits.care_frequency}; a tag nobody has a figure for is visited monthly.
 * <p>
 * The dates: next due = last visit + every days, or the plan's start when never visited. A plan is overdue when
 * today (the Beijing date) is after its due date, so due today is not yet overdue; it is due soon when the due
 * date falls within the next seven days, today included.
 */
public final class CareDue {

    /** The defaults by care tag code of {@code people.tag}, shortest first. */
    public static final Map<String, Integer> DEFAULT_DAYS = defaults();

    /** The names of the register's care tags ({@code people.tag}), as people know them. */
    public static final Map<String, String> NAMES = Map.of("LIVING_ALONE_ELDERLY", "独居老人",
            "EMPTY_NEST_ELDERLY", "空巢老人", "LEFT_BEHIND_CHILD", "留守儿童", "DISABLED", "残疾人",
            "MINIMUM_LIVING", "低保户", "POVERTY_MONITORED", "脱贫监测户", "SERIOUSLY_ILL", "重病患者");

    /** The tag codes in the order the pages list them. */
    public static final java.util.List<String> ORDER = java.util.List.of("LIVING_ALONE_ELDERLY", "EMPTY_NEST_ELDERLY",
            "LEFT_BEHIND_CHILD", "DISABLED", "MINIMUM_LIVING", "POVERTY_MONITORED", "SERIOUSLY_ILL");

    public static String name(String tag) {
        return NAMES.getOrDefault(tag, tag);
    }

    /** For a care tag with no figure in the defaults nor the county's table. */
    public static final int UNKNOWN_TAG_DAYS = 30;

    /** How far ahead "due soon" (本周内到期) looks, today included. */
    public static final int SOON_DAYS = 7;

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 366;

    private CareDue() {
    }

    private static Map<String, Integer> defaults() {
        Map<String, Integer> days = new LinkedHashMap<>();
        days.put("LIVING_ALONE_ELDERLY", 7);
        days.put("SERIOUSLY_ILL", 7);
        days.put("EMPTY_NEST_ELDERLY", 14);
        days.put("LEFT_BEHIND_CHILD", 14);
        days.put("DISABLED", 14);
        days.put("MINIMUM_LIVING", 30);
        days.put("POVERTY_MONITORED", 30);
        return Map.copyOf(days);
    }

    /** The days for one tag: the county's figure, else the default. */
    public static int daysFor(String tag, Map<String, Integer> county) {
        Integer own = county.get(tag);
        if (own != null) {
            return own;
        }
        return DEFAULT_DAYS.getOrDefault(tag, UNKNOWN_TAG_DAYS);
    }

    /** A household with several tags is visited as often as its most demanding one asks. */
    public static int everyDays(Collection<String> tags, Map<String, Integer> county) {
        return tags.stream().mapToInt(tag -> daysFor(tag, county)).min().orElse(UNKNOWN_TAG_DAYS);
    }

    public static LocalDate nextDue(LocalDate startsOn, LocalDate lastVisitedOn, int everyDays) {
        checkDays(everyDays);
        return lastVisitedOn == null ? startsOn : lastVisitedOn.plusDays(everyDays);
    }

    public static boolean overdue(LocalDate nextDue, LocalDate today) {
        return today.isAfter(nextDue);
    }

    /** Days past the due date; 0 when not overdue. */
    public static long daysOverdue(LocalDate nextDue, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(nextDue, today));
    }

    /** Not overdue, and due within {@link #SOON_DAYS} days from today, today included. */
    public static boolean dueSoon(LocalDate nextDue, LocalDate today) {
        return !overdue(nextDue, today) && nextDue.isBefore(today.plusDays(SOON_DAYS));
    }

    /** The last day still "due soon": the upper bound of the tasks query. */
    public static LocalDate soonUntil(LocalDate today) {
        return today.plusDays(SOON_DAYS - 1);
    }

    /** A visit moves the last visit on, never back: one logged late for an earlier day changes nothing. */
    public static LocalDate lastVisit(LocalDate recorded, LocalDate visitedOn) {
        return recorded == null || visitedOn.isAfter(recorded) ? visitedOn : recorded;
    }

    public static boolean validDays(int days) {
        return days >= MIN_DAYS && days <= MAX_DAYS;
    }

    private static void checkDays(int days) {
        if (!validDays(days)) {
            throw new IllegalArgumentException("visit frequency out of range: " + days);
        }
    }
}
