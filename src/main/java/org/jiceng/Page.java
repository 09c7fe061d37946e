package org.jiceng;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A list answer of the API (DESIGN §9): {@code {"items": [...], "next": "<cursor>"|null}}. Repositories
 * fetch one row more than asked so the presence of a next page is known without counting; the {@link Cursor}
 * beside this class writes and reads {@code next}.
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

    /** A page of a list ordered by id, its {@code next} the {@link Cursor.Id} of its last row. */
    public static <T> Page<T> byId(List<T> fetched, int limit, ToLongFunction<T> id) {
        return of(fetched, limit, last -> Cursor.of(id.applyAsLong(last)));
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
}
