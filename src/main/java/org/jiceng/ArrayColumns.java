package org.jiceng;

import java.util.List;
import java.util.function.Function;

/** Columns of many rows bound as array parameters, for one {@code unnest(...)} insert instead of a statement a row. */
public final class ArrayColumns {

    private ArrayColumns() {
    }

    /** The column as text (numbers, times and flags are cast back in SQL; nulls stay null). */
    public static <T> String[] text(List<T> rows, Function<T, Object> field) {
        return rows.stream().map(field).map(v -> v == null ? null : v.toString()).toArray(String[]::new);
    }
}
