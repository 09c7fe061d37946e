package org.jiceng.mediation.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiceng.BadInputException;

/** Checks of what people type, each refusing with a Chinese message that says what to fix. */
final class Input {

    private Input() {
    }

    static String text(String value, int min, int max, String what) {
        String stripped = value == null ? "" : value.strip();
        if (org.jiceng.Text.length(stripped) < min || org.jiceng.Text.length(stripped) > max) {
            throw new BadInputException(min <= 1 && stripped.isEmpty() ? "请填写" + what
                    : what + "须为 " + min + " 到 " + max + " 个字");
        }
        return stripped;
    }

    static String optional(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(value, 1, max, what);
    }

    /** An enum constant by name, refusing with the names and their Chinese labels. */
    static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field, Function<E, String> label) {
        if (value != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.strip())) {
                    return constant;
                }
            }
        }
        String choices = Arrays.stream(type.getEnumConstants()).map(e -> e.name() + " " + label.apply(e))
                .collect(Collectors.joining("、"));
        throw new BadInputException((value == null || value.isBlank() ? "请选择" + field : field + "“" + value + "”无效")
                + "，可选：" + choices);
    }

    static <E extends Enum<E>> E oneOfOrNull(Class<E> type, String value, String field, Function<E, String> label) {
        return value == null || value.isBlank() ? null : oneOf(type, value, field, label);
    }

    /** An ISO-8601 time; without an offset it is Beijing time (a page's datetime-local field). */
    static OffsetDateTime time(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return org.jiceng.Ranges.checked(what, OffsetDateTime.parse(value.strip()));
        } catch (DateTimeParseException withoutOffset) {
            try {
                return org.jiceng.Ranges.checked(what, LocalDateTime.parse(value.strip()).atZone(org.jiceng.Beijing.ZONE).toOffsetDateTime());
            } catch (DateTimeParseException e) {
                throw new BadInputException(what + "“" + value + "”格式不正确，应如 2026-05-20T09:30+08:00");
            }
        }
    }
}
