package org.jiceng.cases;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;

/**
 * The official working-day calendar (DESIGN §4): the State Council's days off and weekend working days
 * (调休上班) per year. As in Civil Code art. 201 the day of receipt is not counted: "n working days from t"
 * ends at 24:00 Beijing time of the n-th working day after t's date. A year missing from the calendar is
 * computed on weekends plus the fixed-date holidays (1 Jan, 1 May, 1–3 Oct) and the answer is provisional.
 * Immutable; a newly loaded year gives a new calendar.
 */
public final class WorkingCalendar {

    /** @deprecated Beijing time is declared once, as {@link Beijing#ZONE}; this alias goes once nothing uses it. */
    @Deprecated(forRemoval = true)
    public static final ZoneId BEIJING = Beijing.ZONE;
    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1),
            MonthDay.of(10, 1), MonthDay.of(10, 2), MonthDay.of(10, 3));

    public enum Kind { HOLIDAY, WORKDAY }

    /** A deadline: the instant it falls, and whether a year outside the calendar was involved. */
    public record Due(Instant at, boolean provisional) {
    }

    private final Map<LocalDate, Kind> days;
    private final Set<Integer> years;

    private WorkingCalendar(Map<LocalDate, Kind> days) {
        this.days = Map.copyOf(days);
        TreeSet<Integer> known = new TreeSet<>();
        days.keySet().forEach(d -> known.add(d.getYear()));
        this.years = Set.copyOf(known);
    }

    /**
     * Reads {@code date,kind,name} lines (a header, {@code #} comments and blank lines allowed). A bad line
     * is refused with its number, so an administrator loading a new year sees what to fix.
     */
    public static WorkingCalendar parse(Reader csv) throws IOException {
        Map<LocalDate, Kind> days = new TreeMap<>();
        BufferedReader lines = new BufferedReader(csv);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("date,")) {
                continue;
            }
            String[] fields = trimmed.split(",", -1);
            if (fields.length < 2) {
                throw new BadInputException("节假日文件第 " + number + " 行：应为“日期,类型,名称”");
            }
            try {
                LocalDate date = LocalDate.parse(fields[0].strip());
                Kind kind = Kind.valueOf(fields[1].strip());
                if (days.put(date, kind) != null) {
                    throw new BadInputException("节假日文件第 " + number + " 行：日期 " + date + " 重复");
                }
            } catch (DateTimeParseException e) {
                throw new BadInputException("节假日文件第 " + number + " 行：日期“" + fields[0] + "”应为 YYYY-MM-DD");
            } catch (IllegalArgumentException e) {
                throw new BadInputException("节假日文件第 " + number + " 行：类型“" + fields[1] + "”应为 HOLIDAY 或 WORKDAY");
            }
        }
        return new WorkingCalendar(days);
    }

    public static WorkingCalendar of(Map<LocalDate, Kind> days) {
        return new WorkingCalendar(days);
    }

    /** This calendar with another's days added (a newly loaded year replaces that year's days). */
    public WorkingCalendar with(WorkingCalendar loaded) {
        Map<LocalDate, Kind> merged = new TreeMap<>();
        days.forEach((d, k) -> {
            if (!loaded.years.contains(d.getYear())) {
                merged.put(d, k);
            }
        });
        merged.putAll(loaded.days);
        return new WorkingCalendar(merged);
    }

    public boolean covers(int year) {
        return years.contains(year);
    }

    public Set<Integer> years() {
        return new TreeSet<>(years);
    }

    public boolean isWorkingDay(LocalDate date) {
        Kind kind = days.get(date);
        if (kind != null) {
            return kind == Kind.WORKDAY;
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (covers(date.getYear())) {
            return !weekend;
        }
        return !weekend && !FIXED_HOLIDAYS.contains(MonthDay.from(date));
    }

    /** "{@code n} working days from {@code from}": the end (24:00 Beijing) of the n-th working day after its date. */
    public Due afterWorkingDays(Instant from, int n) {
        if (n < 1) {
            throw new BadInputException("工作日数须为正整数");
        }
        if (n > 3650) {
            throw new BadInputException("工作日数过大（最多 3650）");
        }
        LocalDate day = from.atZone(Beijing.ZONE).toLocalDate();
        boolean provisional = false;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            provisional |= !covers(day.getYear());
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return new Due(day.plusDays(1).atStartOfDay(Beijing.ZONE).toInstant(), provisional);
    }
}
