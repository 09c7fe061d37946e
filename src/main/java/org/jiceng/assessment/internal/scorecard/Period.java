package org.jiceng.assessment.internal.scorecard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.BadInputException;

/** A month ("2026-09"), a quarter ("2026-Q3") or a year ("2026") that a scorecard covers. */
public record Period(Kind kind, int year, int index) {

    public enum Kind {
        MONTH(1), QUARTER(3), YEAR(12);

        final int months;

        Kind(int months) {
            this.months = months;
        }
    }

    public static Period parse(String text, String field) {
        String t = text == null ? "" : text.strip();
        try {
            if (t.matches("[0-9]{4}-Q[1-4]")) {
                return new Period(Kind.QUARTER, Integer.parseInt(t.substring(0, 4)), t.charAt(6) - '0');
            }
            if (t.matches("[0-9]{4}-[01][0-9]")) {
                int month = Integer.parseInt(t.substring(5));
                if (month >= 1 && month <= 12) {
                    return new Period(Kind.MONTH, Integer.parseInt(t.substring(0, 4)), month);
                }
            }
            if (t.matches("[0-9]{4}")) {
                return new Period(Kind.YEAR, Integer.parseInt(t), 1);
            }
        } catch (NumberFormatException ignored) {
            // falls through to the refusal below
        }
        throw new BadInputException(field, field + " 须为月份（2026-09）、季度（2026-Q3）或年份（2026）");
    }

    public static Period quarterOf(LocalDate day) {
        return new Period(Kind.QUARTER, day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, switch (kind) {
            case MONTH -> index;
            case QUARTER -> (index - 1) * 3 + 1;
            case YEAR -> 1;
        });
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < kind.months; i++) {
            months.add(firstMonth().plusMonths(i));
        }
        return months;
    }

    public LocalDate first() {
        return firstMonth().atDay(1);
    }

    /** The day after the period. */
    public LocalDate end() {
        return firstMonth().plusMonths(kind.months).atDay(1);
    }

    public Period previous() {
        return switch (kind) {
            case MONTH -> index == 1 ? new Period(kind, year - 1, 12) : new Period(kind, year, index - 1);
            case QUARTER -> index == 1 ? new Period(kind, year - 1, 4) : new Period(kind, year, index - 1);
            case YEAR -> new Period(kind, year - 1, 1);
        };
    }

    /** Whether the two periods share a month. */
    public boolean overlaps(Period other) {
        return first().isBefore(other.end()) && other.first().isBefore(end());
    }

    public String label() {
        return switch (kind) {
            case MONTH -> year + "年" + index + "月";
            case QUARTER -> year + "年第" + index + "季度";
            case YEAR -> year + "年";
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case MONTH -> "%d-%02d".formatted(year, index);
            case QUARTER -> year + "-Q" + index;
            case YEAR -> String.valueOf(year);
        };
    }
}
