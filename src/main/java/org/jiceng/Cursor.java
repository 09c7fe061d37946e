package org.jiceng;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;

/**
 * The keyset cursors of list answers: a {@link Page}'s {@code next}, asked back as {@code ?after=}. A cursor
 * names the last row of a page by what the list is ordered by: an {@link Id}, a {@link DayId} (a day, then an
 * id) or a {@link TimeId} (an instant, then an id). It is opaque to clients (base64url of the position), so a
 * list may change its order without breaking anyone who follows {@code next}; one that does not decode is
 * refused with a 400 naming {@code after}.
 */
public sealed interface Cursor {

    String MALFORMED = "after 游标格式不正确";

    /** The position as text, before it is made opaque. */
    String position();

    /** The cursor as a client sees it. */
    default String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position().getBytes(StandardCharsets.UTF_8));
    }

    /** The last row of a list ordered by id. */
    record Id(long id) implements Cursor {
        public Id {
            positive(id);
        }

        @Override
        public String position() {
            return Long.toString(id);
        }
    }

    /** The last row of a list ordered by a day, then id. */
    record DayId(LocalDate day, long id) implements Cursor {
        public DayId {
            positive(id);
        }

        @Override
        public String position() {
            return day + "_" + id;
        }
    }

    /** The last row of a list ordered by an instant, then id. */
    record TimeId(Instant at, long id) implements Cursor {
        public TimeId {
            positive(id);
        }

        /** The instant as a time in Beijing, as repositories compare it with {@code timestamptz} columns. */
        public OffsetDateTime time() {
            return at.atOffset(Beijing.OFFSET);
        }

        @Override
        public String position() {
            return at + "_" + id;
        }
    }

    /** The cursor of a page ending at the row with this id. */
    static String of(long id) {
        return new Id(id).encode();
    }

    static String of(LocalDate day, long id) {
        return new DayId(day, id).encode();
    }

    static String of(OffsetDateTime at, long id) {
        return new TimeId(at.toInstant(), id).encode();
    }

    /** For a list newest first: the id to list below; {@link Long#MAX_VALUE} when {@code after} is absent. */
    static long idBelow(String after) {
        return absent(after) ? Long.MAX_VALUE : id(after).id();
    }

    /** For a list oldest first: the id to list above; 0 when {@code after} is absent. */
    static long idAbove(String after) {
        return absent(after) ? 0 : id(after).id();
    }

    static Id id(String after) {
        try {
            return new Id(Long.parseLong(decode(after)));
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
    }

    /** The day and id of {@code after}, or null when it is absent. */
    static DayId dayId(String after) {
        if (absent(after)) {
            return null;
        }
        String[] parts = split(decode(after));
        try {
            return new DayId(LocalDate.parse(parts[0]), Long.parseLong(parts[1]));
        } catch (RuntimeException e) {
            throw malformed();
        }
    }

    /** The instant and id of {@code after}, or null when it is absent. */
    static TimeId timeId(String after) {
        if (absent(after)) {
            return null;
        }
        String[] parts = split(decode(after));
        try {
            return new TimeId(Instant.parse(parts[0]), Long.parseLong(parts[1]));
        } catch (RuntimeException e) {
            throw malformed();
        }
    }

    static boolean absent(String after) {
        return after == null || after.isBlank();
    }

    private static String decode(String after) {
        try {
            return new String(Base64.getUrlDecoder().decode(after.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
    }

    private static String[] split(String position) {
        int cut = position.lastIndexOf('_');
        if (cut < 0) {
            throw malformed();
        }
        return new String[] {position.substring(0, cut), position.substring(cut + 1)};
    }

    private static void positive(long id) {
        if (id <= 0) {
            throw malformed();
        }
    }

    private static BadInputException malformed() {
        return new BadInputException("after", MALFORMED);
    }
}
