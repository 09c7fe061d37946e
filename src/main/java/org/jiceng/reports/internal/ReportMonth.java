package org.jiceng.reports.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.cases.WorkingCalendar;

/**
 * The month arithmetic of a report, without Spring: a month is a Beijing calendar month, half-open
 * {@code [first day 00:00, next month's first day 00:00)}; changes and shares are exact fractions rounded once
 * to a percentage with one decimal.
 */
public final class ReportMonth {

    private ReportMonth() {
    }

    /** "2026-11"; absent: the month before {@code today}'s. A month after today's is refused. */
    public static YearMonth parse(String text, LocalDate today) {
        YearMonth current = YearMonth.from(today);
        if (text == null || text.isBlank()) {
            return current.minusMonths(1);
        }
        YearMonth month;
        try {
            month = YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException("month", "月份须为“年-月”格式，例如 2026-11");
        }
        if (month.isAfter(current)) {
            throw new BadInputException("month", "月份 " + month + " 尚未到来，最晚可查看本月（" + current + "）");
        }
        if (month.getYear() < 2000) {
            throw new BadInputException("month", "月份须在 2000 年之后");
        }
        return month;
    }

    public static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(Beijing.ZONE).toInstant();
    }

    public static Instant end(YearMonth month) {
        return start(month.plusMonths(1));
    }

    /** Whether the month has ended by {@code today} (Beijing), so its report may be kept. */
    public static boolean over(YearMonth month, LocalDate today) {
        return !today.isBefore(month.plusMonths(1).atDay(1));
    }

    /** The months from {@code count - 1} before {@code month} to {@code month}, oldest first. */
    public static List<YearMonth> lastMonths(YearMonth month, int count) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            months.add(month.minusMonths(i));
        }
        return months;
    }

    /** The first working day of {@code month} on the official calendar (after a Spring Festival that may be the 5th). */
    public static LocalDate firstWorkingDay(YearMonth month, WorkingCalendar calendar) {
        LocalDate day = month.atDay(1);
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The change from {@code before} to {@code now} in percent, one decimal; null when there was nothing before. */
    public static BigDecimal change(long now, long before) {
        if (before == 0) {
            return null;
        }
        return BigDecimal.valueOf(now - before).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP);
    }

    /** {@code numerator / denominator} in percent, one decimal; null when the denominator is 0. */
    public static BigDecimal percent(BigDecimal numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return numerator.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    /** "+12.5%", "-3.0%", "0.0%", or "—" when there is no change to show. */
    public static String shown(BigDecimal change) {
        if (change == null) {
            return "—";
        }
        return (change.signum() > 0 ? "+" : "") + change.toPlainString() + "%";
    }
}
