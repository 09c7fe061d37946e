package org.jiceng.deliberation.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jiceng.BadInputException;

/**
 * The dates of a monthly recurring meeting: the {@code ordinal}-th {@code weekday} of each month, such as
 * 楼长日 on the first Friday (seed 001). The series starts with the first such day on or after {@code from}
 * and has one date in each of {@code months} consecutive months. A date that is not a working day (a public
 * holiday such as 1 January) moves to the next working day, since nobody comes to a meeting on a day off.
 */
public final class MeetingSchedule {

    public static final int MAX_MONTHS = 24;

    private MeetingSchedule() {
    }

    /** The series on a calendar where every weekday counts as a working day. */
    public static List<LocalDate> monthly(DayOfWeek weekday, int ordinal, LocalDate from, int months) {
        return monthly(weekday, ordinal, from, months, day -> true);
    }

    /** The series with each date on a day off moved to the next day for which {@code workingDay} holds. */
    public static List<LocalDate> monthly(DayOfWeek weekday, int ordinal, LocalDate from, int months,
                                          Predicate<LocalDate> workingDay) {
        if (ordinal < 1 || ordinal > 4) {
            throw new BadInputException("ordinal 须为 1 到 4（每月第几个" + weekdayName(weekday) + "）");
        }
        if (months < 1 || months > MAX_MONTHS) {
            throw new BadInputException("months 须为 1 到 " + MAX_MONTHS + "（安排几个月）");
        }
        List<LocalDate> dates = new ArrayList<>(months);
        YearMonth month = YearMonth.from(from);
        if (held(month, weekday, ordinal, workingDay).isBefore(from)) {
            month = month.plusMonths(1);
        }
        for (int i = 0; i < months; i++) {
            dates.add(held(month.plusMonths(i), weekday, ordinal, workingDay));
        }
        return List.copyOf(dates);
    }

    private static LocalDate held(YearMonth month, DayOfWeek weekday, int ordinal, Predicate<LocalDate> workingDay) {
        LocalDate day = dayIn(month, weekday, ordinal);
        // the longest run of days off (Spring Festival, National Day) is about nine days; a month bounds it
        for (int moved = 0; moved < 31 && !workingDay.test(day); moved++) {
            day = day.plusDays(1);
        }
        return day;
    }

    static LocalDate dayIn(YearMonth month, DayOfWeek weekday, int ordinal) {
        return month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
    }

    /** 周一 … 周日. */
    public static String weekdayName(DayOfWeek weekday) {
        return "周" + "一二三四五六日".charAt(weekday.getValue() - 1);
    }
}
