package org.jiceng.services.internal.centre;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jiceng.BadInputException;

/**
 * A centre's week: one opening interval per weekday (a weekday left out is closed) and the days it is closed. A
 * session must lie inside the day's interval; the refusals say why in Chinese.
 */
public record OpeningHours(Map<DayOfWeek, Interval> week, Set<LocalDate> closedDays) {

    public record Interval(LocalTime opens, LocalTime closes) {
    }

    private static final String[] DAY_NAMES = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    public OpeningHours {
        week = java.util.Collections.unmodifiableMap(new TreeMap<>(week));
        closedDays = Set.copyOf(closedDays);
    }

    public static String dayName(DayOfWeek day) {
        return DAY_NAMES[day.getValue() - 1];
    }

    /** Checks a week as typed: weekdays 1–7 once each, closes after opens. */
    public static OpeningHours of(List<CentreView.Hours> hours, Set<LocalDate> closedDays) {
        Map<DayOfWeek, Interval> week = new TreeMap<>();
        for (CentreView.Hours h : hours == null ? List.<CentreView.Hours>of() : hours) {
            if (h == null || h.weekday() < 1 || h.weekday() > 7) {
                throw new BadInputException("hours", "开放时间的星期须为 1（周一）到 7（周日）");
            }
            DayOfWeek day = DayOfWeek.of(h.weekday());
            LocalTime opens = org.jiceng.Input.timeOfDay(h.opens(), "hours", dayName(day) + "开门时间");
            LocalTime closes = org.jiceng.Input.timeOfDay(h.closes(), "hours", dayName(day) + "关门时间");
            if (opens == null || closes == null) {
                throw new BadInputException("hours", dayName(day) + "须填写开门和关门时间（HH:MM）");
            }
            if (!closes.isAfter(opens)) {
                throw new BadInputException("hours", dayName(day) + "的关门时间须晚于开门时间");
            }
            if (week.put(day, new Interval(opens, closes)) != null) {
                throw new BadInputException("hours", dayName(day) + "的开放时间填写了两次");
            }
        }
        if (week.isEmpty()) {
            throw new BadInputException("hours", "请至少填写一天的开放时间");
        }
        return new OpeningHours(week, closedDays == null ? Set.of() : closedDays);
    }

    /** Why a session on this day and time cannot be held, or null when it lies inside the opening hours. */
    public String refusal(LocalDate day, LocalTime start, LocalTime end) {
        if (!end.isAfter(start)) {
            return "结束时间须晚于开始时间";
        }
        if (closedDays.contains(day)) {
            return day + " 服务中心闭馆";
        }
        Interval open = week.get(day.getDayOfWeek());
        if (open == null) {
            return dayName(day.getDayOfWeek()) + "服务中心不开放";
        }
        if (start.isBefore(open.opens()) || end.isAfter(open.closes())) {
            return "场次须在开放时间内：" + dayName(day.getDayOfWeek()) + " " + open.opens() + "–" + open.closes();
        }
        return null;
    }

    /** The week as one line, e.g. “周一 08:30–17:30；周六 09:00–12:00”. */
    public String summary() {
        return week.entrySet().stream().map(e -> dayName(e.getKey()) + " " + e.getValue().opens() + "–"
                + e.getValue().closes()).collect(Collectors.joining("；"));
    }
}
