package org.jiceng.cases.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jiceng.BadInputException;
import org.jiceng.Page;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.internal.CaseFilter;
import org.jiceng.people.Phone;

/**
 * The query parameters of a case list, for the API ({@code /api/v1/cases}) and the desk ({@code /cases/desk}) alike:
 * {@code state, category, territory, level, overdue, mine, after, limit} and the desk's {@code number, phone, unit,
 * channel, from, to, dueToday, open, closed, newToday}. Every value arrives as text and is checked here once, so a
 * bad one answers 400 naming its parameter (a phone is never repeated in the answer).
 */
record CaseListQuery(String state, String category, String territory, String level, String overdue, String mine,
                     String after, String limit, String number, String phone, String unit, String channel, String from,
                     String to, String dueToday, String open, String closed, String newToday) {

    /** A search by the reporter's phone alone, which the desk and the API take from a POST body, never an address. */
    static CaseListQuery byPhone(String phone, String after, String limit) {
        return new CaseListQuery(null, null, null, null, null, null, after, limit, null, phone, null, null, null, null,
                null, null, null, null);
    }

    /**
     * The parameters of the lists before the desk. (A factory, not a constructor: Spring binds a record through its
     * only constructor.)
     */
    static CaseListQuery of(String state, String category, String territory, String level, Boolean overdue, Boolean mine,
                            String after, Integer limit) {
        return new CaseListQuery(state, category, territory, level, overdue == null ? null : overdue.toString(),
                mine == null ? null : mine.toString(), after, limit == null ? null : limit.toString(), null, null, null,
                null, null, null, null, null, null, null);
    }

    /** Where a page of a list newest first starts: below this (received at, id). */
    record Before(OffsetDateTime time, long id) {

        /** The first page: below every case. */
        static final Before FIRST = new Before(OffsetDateTime.of(9999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), Long.MAX_VALUE);

        /** The cursor {@code <received at in µs>_<id>} of {@code ?after=}; the first page when absent. */
        static Before after(String cursor) {
            if (cursor == null || cursor.isBlank()) {
                return FIRST;
            }
            String[] parts = cursor.strip().split("_");
            try {
                return new Before(Instant.ofEpochSecond(0, Long.parseLong(parts[0]) * 1000).atOffset(ZoneOffset.UTC),
                        Long.parseLong(parts[1]));
            } catch (RuntimeException e) {
                throw new BadInputException("after", "after 游标格式不正确");
            }
        }

        /** The cursor of the page after {@code last}. */
        static String cursorOf(CaseView last) {
            return (last.receivedAt().toInstant().getEpochSecond() * 1_000_000 + last.receivedAt().getNano() / 1000)
                    + "_" + last.id();
        }
    }

    private static final List<String> LEVELS = List.of("GRID", "VILLAGE", "TOWN", "COUNTY");
    /** A visible number {@code 530326-20261123-000123}, or any prefix of it of at least the county. */
    private static final String NUMBER = "[0-9]{6}(-([0-9]{1,8}|[0-9]{8}-[0-9]{0,6})?)?";

    CaseFilter filter() {
        CaseState wanted = null;
        if (blank(state) != null) {
            try {
                wanted = CaseState.valueOf(state.strip());
            } catch (IllegalArgumentException e) {
                throw new BadInputException("state", "state 须为以下之一：" + List.of(CaseState.values()));
            }
        }
        if (blank(category) != null && !category.strip().matches("[0-9]{2}([0-9]{2})?")) {
            throw new BadInputException("category", "category 须为 2 位大类或 4 位小类代码");
        }
        if (blank(territory) != null && !territory.strip().matches("[0-9]{6}([0-9]{3}){0,3}")) {
            throw new BadInputException("territory", "territory 须为 6、9、12 位区划代码或 15 位网格代码");
        }
        if (blank(level) != null && !LEVELS.contains(level.strip())) {
            throw new BadInputException("level", "level 须为 GRID、VILLAGE、TOWN 或 COUNTY");
        }
        if (blank(number) != null && !number.strip().matches(NUMBER)) {
            throw new BadInputException("number", "编号（number）须为诉求编号，如 530326-20261123-000123，或其开头部分");
        }
        LocalDate fromDay = day("from", from);
        LocalDate toDay = day("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw new BadInputException("to", "结束日期（to）不能早于开始日期（from）");
        }
        boolean openOnly = flag("open", open);
        boolean closedOnly = flag("closed", closed);
        if (openOnly && closedOnly) {
            throw new BadInputException("closed", "open（未结案）和 closed（已结案）只能选一个");
        }
        return new CaseFilter(wanted, blank(category), blank(territory), blank(level), flag("overdue", overdue),
                flag("mine", mine), blank(number), checkedPhone(), unitId(), checkedChannel(), fromDay, toDay,
                flag("dueToday", dueToday), openOnly ? Boolean.FALSE : closedOnly ? Boolean.TRUE : null,
                flag("newToday", newToday));
    }

    Before before() {
        return Before.after(after);
    }

    /** How many cases a page holds: {@link Page#limit}. */
    int pageSize() {
        if (blank(limit) == null) {
            return Page.limit(null);
        }
        try {
            return Page.limit(Integer.valueOf(limit.strip()));
        } catch (NumberFormatException e) {
            throw new BadInputException("limit", "limit 须为 1 到 " + Page.MAX_LIMIT + " 之间的整数");
        }
    }

    /** Whether a filter beside the number is set (the desk's form shows them open then). */
    boolean narrowed() {
        return java.util.stream.Stream.of(unit, channel, from, to, category, state, territory, level)
                .anyMatch(v -> blank(v) != null);
    }

    private Phone checkedPhone() {
        if (blank(phone) == null) {
            return null;
        }
        try {
            return Phone.parse(phone);
        } catch (BadInputException e) {
            // Phone.parse repeats the number it refused: the answer here must not
            throw new BadInputException("phone", "反映人电话（phone）须为 11 位手机号或带区号的固定电话");
        }
    }

    private Long unitId() {
        if (blank(unit) == null) {
            return null;
        }
        if (!unit.strip().matches("[0-9]{1,18}")) {
            throw new BadInputException("unit", "承办单位（unit）须为单位代码");
        }
        return Long.valueOf(unit.strip());
    }

    private String checkedChannel() {
        if (blank(channel) == null) {
            return null;
        }
        try {
            return CaseChannel.valueOf(channel.strip()).name();
        } catch (IllegalArgumentException e) {
            throw new BadInputException("channel", "来源渠道（channel）须为以下之一：" + List.of(CaseChannel.values()));
        }
    }

    private static LocalDate day(String field, String value) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(field, field + " 须为日期，格式 yyyy-MM-dd，如 2026-11-01");
        }
    }

    private static boolean flag(String field, String value) {
        if (blank(value) == null) {
            return false;
        }
        return switch (value.strip()) {
            case "true", "on", "1" -> true;
            case "false", "0" -> false;
            default -> throw new BadInputException(field, field + " 须为 true 或 false");
        };
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
