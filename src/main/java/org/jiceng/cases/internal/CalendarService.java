package org.jiceng.cases.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.cases.WorkingCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar in force: the shipped years (2025–2026) with the years administrators loaded on top. Loading
 * a year replaces that year's days; deadlines computed before it stay as they were (they were marked
 * provisional) and are recomputed by their owners.
 */
@Service
public class CalendarService {

    private final JdbcClient jdbc;
    private final WorkingCalendar shipped;
    private final Clock clock;
    private volatile WorkingCalendar current;

    CalendarService(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        try (var csv = new InputStreamReader(getClass().getResourceAsStream("/cases/holidays-cn.csv"),
                StandardCharsets.UTF_8)) {
            this.shipped = WorkingCalendar.parse(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WorkingCalendar calendar() {
        WorkingCalendar calendar = current;
        if (calendar == null) {
            calendar = reload();
        }
        return calendar;
    }

    public WorkingCalendar.Due due(Instant from, int workingDays) {
        return calendar().afterWorkingDays(from, workingDays);
    }

    /** Loads one or more years from a CSV in the shipped format; every year in the file is replaced. */
    @Transactional
    public WorkingCalendar load(CurrentUser user, String csv) {
        CaseAccess.require(user, org.jiceng.Resource.CASE_CONFIG, org.jiceng.Action.IMPORT);
        WorkingCalendar loaded;
        try {
            loaded = WorkingCalendar.parse(new StringReader(csv == null ? "" : csv));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (loaded.years().isEmpty()) {
            throw new BadInputException("文件中没有任何日期，请按“日期,类型,名称”每行一天填写");
        }
        for (int year : loaded.years()) {
            jdbc.sql("delete from cases.holiday where extract(year from day) = :year").param("year", year).update();
        }
        Map<LocalDate, WorkingCalendar.Kind> days = new TreeMap<>();
        for (int year : loaded.years()) {
            LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1)).forEach(d -> {
                boolean weekend = d.getDayOfWeek().getValue() >= 6;
                boolean working = loaded.isWorkingDay(d);
                if (weekend == working) {   // only the exceptions are stored, as in the file
                    days.put(d, working ? WorkingCalendar.Kind.WORKDAY : WorkingCalendar.Kind.HOLIDAY);
                }
            });
        }
        days.forEach((day, kind) -> jdbc.sql("insert into cases.holiday (day, kind, loaded_by) values (:day, :kind, :by)")
                .param("day", day).param("kind", kind.name()).param("by", user.username()).update());
        return reload();
    }

    /** What administrators should be told: the current or the coming year is missing. */
    public Optional<String> warning() {
        LocalDate today = LocalDate.now(clock);
        WorkingCalendar calendar = calendar();
        if (!calendar.covers(today.getYear())) {
            return Optional.of(today.getYear() + " 年的节假日安排尚未加载，工作日时限按周末和固定节日暂算，请尽快加载");
        }
        if (today.getMonthValue() >= 11 && !calendar.covers(today.getYear() + 1)) {
            return Optional.of((today.getYear() + 1) + " 年的节假日安排尚未加载：跨年的时限为暂定，国务院通知发布后请加载");
        }
        return Optional.empty();
    }

    private synchronized WorkingCalendar reload() {
        Map<LocalDate, WorkingCalendar.Kind> loadedDays = new TreeMap<>();
        jdbc.sql("select day, kind from cases.holiday").query(rs -> {
            loadedDays.put(rs.getObject(1, LocalDate.class), WorkingCalendar.Kind.valueOf(rs.getString(2)));
        });
        current = loadedDays.isEmpty() ? shipped : shipped.with(WorkingCalendar.of(loadedDays));
        return current;
    }
}
