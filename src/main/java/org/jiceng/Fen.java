package org.jiceng;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money as fen in a {@code long}, never floating point: read from what a person types in yuan ("1234.5",
 * "1,234.56", "￥12") and written back as yuan with two decimals. A third decimal is refused, not rounded:
 * a ledger or a dues book keeps exactly what was paid.
 */
public final class Fen {

    /** A hundred billion yuan: no village, estate or branch handles more in one amount. */
    public static final long MAX = 10_000_000_000_000L;

    private Fen() {
    }

    /** "1234.56" for 123456; "-0.05" for -5. */
    public static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** "1,234.56" for 123456, for pages and printed statements. */
    public static String grouped(long fen) {
        return String.format("%,.2f", BigDecimal.valueOf(fen, 2));
    }

    /**
     * The fen of an amount typed in yuan; refuses (naming {@code field}) an empty, negative, malformed or too
     * precise amount, or one above {@link #MAX}.
     */
    public static long parse(String field, String yuan) {
        if (yuan == null || yuan.isBlank()) {
            throw new BadInputException(field, "请填写金额（元）");
        }
        String plain = yuan.strip().replace(",", "").replace("，", "").replace("￥", "").replace("¥", "")
                .replace("元", "").strip();
        BigDecimal amount;
        try {
            amount = new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new BadInputException(field, "金额“" + (yuan.length() > 20 ? yuan.substring(0, 20) + "…" : yuan) + "”不是数字，请按元填写，如 1234.50");
        }
        if (amount.signum() < 0) {
            throw new BadInputException(field, "金额不能为负数");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new BadInputException(field, "金额最多到分（小数点后两位）");
        }
        BigDecimal fen = amount.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY);
        if (fen.compareTo(BigDecimal.valueOf(MAX)) > 0) {
            throw new BadInputException(field, "金额过大");
        }
        return fen.longValueExact();
    }
}
