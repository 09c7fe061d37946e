package org.jiceng;

import java.util.List;
import java.util.function.Function;

/**
 * A list answer of the API (DESIGN §9): {@code {"items": [...], "next": "<cursor>"|null}}. Repositories
 * fetch one row more than asked so the presence of a next page is known without counting.
 */
public record Page<T>(List<T> items, String next) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, String> cursor) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(List.copyOf(items), cursor.apply(items.getLast()));
    }

    /** The limit asked for, checked: 1 to {@value #MAX_LIMIT}, {@value #DEFAULT_LIMIT} when absent. */
    public static int limit(Integer asked) {
        if (asked == null) {
            return DEFAULT_LIMIT;
        }
        if (asked < 1 || asked > MAX_LIMIT) {
            throw new BadInputException("limit 须在 1 到 " + MAX_LIMIT + " 之间");
        }
        return asked;
    }

    /** An id cursor ({@code ?after=<id>} of a list newest first): the id to list below, {@link Long#MAX_VALUE} when absent. */
    public static long beforeId(String after) {
        if (after == null || after.isBlank()) {
            return Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(after.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException("after 游标格式不正确");
        }
    }
}
