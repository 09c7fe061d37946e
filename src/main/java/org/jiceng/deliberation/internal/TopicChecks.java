package org.jiceng.deliberation.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.jiceng.BadInputException;

/** Checks of request fields for topics, meetings and notices, each failure a Chinese message naming the field. */
final class TopicChecks {

    private TopicChecks() {
    }

    /** A required text of {@code min} to {@code max} characters, stripped. */
    static String text(String value, String field, String label, int min, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new BadInputException("请填写" + label + "（" + field + "）");
        }
        if (org.jiceng.Text.length(stripped) < min || org.jiceng.Text.length(stripped) > max) {
            throw new BadInputException(label + "（" + field + "）须为 " + min + " 到 " + max + " 个字");
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
            throw new BadInputException(label + "（" + field + "）不能超过 " + max + " 个字");
        }
        return stripped;
    }

    static LocalDate date(String value, String field, String label, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            if (otherwise == null) {
                throw new BadInputException("请填写" + label + "（" + field + "，格式 YYYY-MM-DD）");
            }
            return otherwise;
        }
        try {
            return org.jiceng.Ranges.checked(label + "（" + field + "）", LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new BadInputException(label + "（" + field + "）“" + value + "”不是有效日期，格式应为 YYYY-MM-DD");
        }
    }

    static LocalTime time(String value, String field, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(label + "（" + field + "）“" + value + "”不是有效时间，格式应为 HH:MM，如 09:00");
        }
    }

    static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field, String label, E otherwise) {
        if (value == null || value.isBlank()) {
            if (otherwise == null) {
                throw new BadInputException("请选择" + label + "（" + field + "）：" + Arrays.toString(type.getEnumConstants()));
            }
            return otherwise;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value.strip())).findFirst()
                .orElseThrow(() -> new BadInputException(label + "（" + field + "）“" + value + "”无效，须为 "
                        + Arrays.toString(type.getEnumConstants())));
    }
}
