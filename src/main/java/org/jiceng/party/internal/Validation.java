package org.jiceng.party.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.jiceng.BadInputException;

/** Checks of request fields, each failure a Chinese message naming the field. */
final class Validation {

    private Validation() {
    }

    static long requiredId(Long value, String field, String label) {
        if (value == null) {
            throw new BadInputException("请填写" + label + " " + field);
        }
        if (value <= 0) {
            throw new BadInputException(label + " " + field + " 须为正整数");
        }
        return value;
    }

    static LocalDate date(String value, String field, String label) {
        if (value == null || value.isBlank()) {
            throw new BadInputException("请填写" + label + " " + field + "（格式 YYYY-MM-DD）");
        }
        return optionalDate(value, field, label, null);
    }

    static LocalDate optionalDate(String value, String field, String label, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return org.jiceng.Ranges.checked(label + " " + field, LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new BadInputException(label + " " + field + " 的值“" + value + "”不是有效日期，格式应为 YYYY-MM-DD");
        }
    }

    static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field, String allowed) {
        if (value == null || value.isBlank()) {
            throw new BadInputException(field + " 须为 " + allowed);
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value.strip())).findFirst()
                .orElseThrow(() -> new BadInputException(field + " 的值“" + value + "”无效，须为 " + allowed));
    }

    /** A required text of at most {@code max} characters, stripped. */
    static String text(String value, String field, String label, int max) {
        String stripped = optionalText(value, field, label, max);
        if (stripped == null) {
            throw new BadInputException("请填写" + label + " " + field);
        }
        return stripped;
    }

    /** An optional text of at most {@code max} characters, stripped; blank is null. */
    static String optionalText(String value, String field, String label, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (org.jiceng.Text.length(stripped) > max) {
            throw new BadInputException(label + " " + field + " 不能超过 " + max + " 个字");
        }
        return stripped;
    }
}
