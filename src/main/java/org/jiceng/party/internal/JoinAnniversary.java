package org.jiceng.party.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/**
 * The 入党生日 rule: a member's join anniversary "this week" is the one between Monday and Sunday of the
 * current week in Beijing time, of at least one year. A week may span two calendar years, and a member who
 * joined on 29 February celebrates on 28 February in common years (the Civil Code's rule for a period
 * with no corresponding day: the last day of the month).
 */
public final class JoinAnniversary {


    private JoinAnniversary() {
    }

    public record Anniversary(LocalDate date, int years) {
    }

    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The anniversary that falls in the week of {@code today}, if any. */
    public static Optional<Anniversary> inWeekOf(LocalDate joinedOn, LocalDate today) {
        LocalDate monday = mondayOf(today);
        LocalDate sunday = monday.plusDays(6);
        for (int year = monday.getYear(); year <= sunday.getYear(); year++) {
            LocalDate date = joinedOn.withYear(year); // 29 Feb becomes 28 Feb in a common year
            int years = year - joinedOn.getYear();
            if (years >= 1 && !date.isBefore(monday) && !date.isAfter(sunday)) {
                return Optional.of(new Anniversary(date, years));
            }
        }
        return Optional.empty();
    }

    /** {@code month * 100 + day}, the key the database indexes join dates by. */
    public static int monthDay(LocalDate date) {
        return date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    /** The keys of the join dates celebrated on {@code day}: 28 February of a common year also takes 29 February's. */
    public static List<Integer> monthDaysCelebratedOn(LocalDate day) {
        if (day.getMonthValue() == 2 && day.getDayOfMonth() == 28 && !day.isLeapYear()) {
            return List.of(228, 229);
        }
        return List.of(monthDay(day));
    }
}
