package org.jiceng;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one checker of what a request's fields hold. Each check takes the field's name in the request
 * ({@code field}, e.g. {@code joinedOn}) and the words a person knows it by ({@code label}, e.g. 入党日期),
 * and refuses with a {@link BadInputException} naming the field, its Chinese detail showing both, as
 * “入党日期（joinedOn）…”: a form shows it beside the field, the API adds {@code field} to the problem.
 */
public final class Input {

    private Input() {
    }

    /** A required text of {@code min} to {@code max} characters, stripped. */
    public static String text(String value, String field, String label, int min, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new BadInputException(field, "请填写" + named(field, label));
        }
        int length = Text.length(stripped);
        if (length < min || length > max) {
            throw new BadInputException(field, named(field, label)
                    + (min <= 1 ? "不能超过 " + max + " 个字" : "须为 " + min + " 到 " + max + " 个字"));
        }
        return stripped;
    }

    /** An optional text of at most {@code max} characters, stripped; blank is null. */
    public static String optionalText(String value, String field, String label, int max) {
        return value == null || value.isBlank() ? null : text(value, field, label, 1, max);
    }

    /** A required id: a positive whole number. */
    public static long id(Long value, String field, String label) {
        if (value == null) {
            throw new BadInputException(field, "请填写" + named(field, label));
        }
        if (value <= 0) {
            throw new BadInputException(field, named(field, label) + "须为正整数");
        }
        return value;
    }

    /** A date as YYYY-MM-DD; when absent, {@code otherwise}, or a refusal if that is null too. */
    public static LocalDate date(String value, String field, String label, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            if (otherwise == null) {
                throw new BadInputException(field, "请填写" + label + "（" + field + "，格式 YYYY-MM-DD）");
            }
            return otherwise;
        }
        try {
            return Ranges.checked(named(field, label), LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new BadInputException(field, named(field, label) + "“" + value + "”不是有效日期，格式应为 YYYY-MM-DD");
        }
    }

    /** A time of day as HH:MM; null when absent. */
    public static LocalTime timeOfDay(String value, String field, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(field, named(field, label) + "“" + value + "”不是有效时间，格式应为 HH:MM，如 09:00");
        }
    }

    /** An ISO-8601 time; without an offset it is Beijing time (a page's datetime-local field); null when absent. */
    public static OffsetDateTime time(String value, String field, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Ranges.checked(named(field, label), OffsetDateTime.parse(value.strip()));
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Ranges.checked(named(field, label),
                        LocalDateTime.parse(value.strip()).atZone(Beijing.ZONE).toOffsetDateTime());
            } catch (DateTimeParseException e) {
                throw new BadInputException(field, named(field, label) + "“" + value
                        + "”格式不正确，应如 2026-05-20T09:30+08:00");
            }
        }
    }

    /**
     * An enum constant by name; when absent, {@code otherwise}, or a refusal if that is null too. A refusal
     * lists the choices, each with its Chinese name when {@code names} gives one.
     */
    public static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field, String label,
                                              Function<E, String> names, E otherwise) {
        if (value == null || value.isBlank()) {
            if (otherwise == null) {
                throw new BadInputException(field, "请选择" + named(field, label) + "，可选：" + choices(type, names));
            }
            return otherwise;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip())) {
                return constant;
            }
        }
        throw new BadInputException(field, named(field, label) + "“" + value + "”无效，可选：" + choices(type, names));
    }

    /** An enum constant by name, as {@link #oneOf}, or null when absent (a filter not asked for). */
    public static <E extends Enum<E>> E optionalOneOf(Class<E> type, String value, String field, String label,
                                                      Function<E, String> names) {
        return value == null || value.isBlank() ? null : oneOf(type, value, field, label, names, null);
    }

    private static String named(String field, String label) {
        return label + "（" + field + "）";
    }

    private static <E extends Enum<E>> String choices(Class<E> type, Function<E, String> names) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> names == null ? e.name() : e.name() + " " + names.apply(e))
                .collect(Collectors.joining("、"));
    }
}
