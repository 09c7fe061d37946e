package org.jiceng.party.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jiceng.BadInputException;

/** The {@code after} cursors of the party lists: an id, or a date and an id for the 入党生日 of a week. */
public final class Cursors {

    private Cursors() {
    }

    public static long id(String after) {
        if (after == null || after.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw new BadInputException("after 参数“" + after + "”无效，请使用上一页返回的 next 值");
        }
    }

    record DatedId(LocalDate date, long id) {
    }

    static DatedId datedId(String after) {
        if (after == null || after.isEmpty()) {
            return null;
        }
        int colon = after.indexOf(':');
        try {
            return new DatedId(LocalDate.parse(after.substring(0, Math.max(colon, 0))),
                    Long.parseLong(after.substring(colon + 1)));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new BadInputException("after 参数“" + after + "”无效，请使用上一页返回的 next 值");
        }
    }

    static String datedId(LocalDate date, long id) {
        return date + ":" + id;
    }
}
