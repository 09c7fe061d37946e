package org.jiceng.deliberation.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.BadInputException;

/**
 * The dates of a monthly recurring meeting: the {@code ordinal}-th {@code weekday} of each month, such as
 * 楼长日 on the first Friday (seed 001). The series starts with the first such day on or after {@code from}
 * and has one date in each of {@code months} consecutive months.
 */
public final class MeetingSchedule {

    public static final int MAX_MONTHS = 24;

    private MeetingSchedule() {
    }

    public static List<LocalDate> monthly(DayOfWeek weekday, int ordinal, LocalDate from, int months) {
        if (ordinal < 1 || ordinal > 4) {
            throw new BadInputException("ordinal 须为 1 到 4（每月第几个" + weekdayName(weekday) + "）");
        }
        if (months < 1 || months > MAX_MONTHS) {
            throw new BadInputException("months 须为 1 到 " + MAX_MONTHS + "（安排几个月）");
        }
        List<LocalDate> dates = new ArrayList<>(months);
        YearMonth month = YearMonth.from(from);
        if (dayIn(month, weekday, ordinal).isBefore(from)) {
            month = month.plusMonths(1);
        }
        for (int i = 0; i < months; i++) {
            dates.add(dayIn(month.plusMonths(i), weekday, ordinal));
        }
        return List.copyOf(dates);
    }

    static LocalDate dayIn(YearMonth month, DayOfWeek weekday, int ordinal) {
        return month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
    }

    /** 周一 … 周日. */
    public static String weekdayName(DayOfWeek weekday) {
        return "周" + "一二三四五六日".charAt(weekday.getValue() - 1);
    }
}
