package org.jiceng.cases.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jiceng.BadInputException;
import org.jiceng.Page;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.internal.CaseFilter;

/**
 * The query parameters of a case list ({@code ?state=&category=&territory=&level=&overdue=&mine=&after=&limit=}),
 * checked here once for the API and the list pages alike; a bad value answers 400 naming its parameter.
 */
record CaseListQuery(String state, String category, String territory, String level, Boolean overdue, Boolean mine,
                     String after, Integer limit) {

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

    CaseFilter filter() {
        CaseState wanted = null;
        if (blank(state) != null) {
            try {
                wanted = CaseState.valueOf(state);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("state", "state 须为以下之一：" + List.of(CaseState.values()));
            }
        }
        if (blank(category) != null && !category.matches("[0-9]{2}([0-9]{2})?")) {
            throw new BadInputException("category", "category 须为 2 位大类或 4 位小类代码");
        }
        if (blank(territory) != null && !territory.matches("[0-9]{6}([0-9]{3}){0,3}")) {
            throw new BadInputException("territory", "territory 须为 6、9、12 位区划代码或 15 位网格代码");
        }
        if (blank(level) != null && !LEVELS.contains(level)) {
            throw new BadInputException("level", "level 须为 GRID、VILLAGE、TOWN 或 COUNTY");
        }
        return new CaseFilter(wanted, blank(category), blank(territory), blank(level), Boolean.TRUE.equals(overdue),
                Boolean.TRUE.equals(mine));
    }

    Before before() {
        return Before.after(after);
    }

    /** How many cases a page holds: {@link Page#limit}. */
    int pageSize() {
        return Page.limit(limit);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
