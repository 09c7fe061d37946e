package org.jiceng.visits.internal.monitoring;

import java.math.BigDecimal;
import org.jiceng.BadInputException;

/** Amounts in fen shown and typed as yuan with two decimals, converted exactly (never through a double). */
public final class Yuan {

    /** For templates: {@code ${yuan.of(fen)}}. */
    public static final Yuan SHOWN = new Yuan();

    private Yuan() {
    }

    public String of(long fen) {
        return format(fen);
    }

    public static String format(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** "1234.5" → 123450; more than two decimals or not a number is a 400 naming {@code field}. */
    public static long parse(String field, String label, String yuan) {
        if (yuan == null || yuan.isBlank()) {
            throw new BadInputException(field, label + "不能为空");
        }
        try {
            BigDecimal value = new BigDecimal(yuan.strip().replace(",", "").replace("，", ""));
            if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
                throw new BadInputException(field, label + "最多保留两位小数（分）");
            }
            return value.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new BadInputException(field, label + "须为金额，如 1234.56");
        }
    }
}
