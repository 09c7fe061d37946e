package org.jiceng.search.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.jiceng.BadInputException;

/**
 * Where a ranked page ended: the rank (as its exact float bits, so it compares equal to PostgreSQL's real), the
 * time, the kind and the record of its last hit; the next page is what sorts after it.
 */
public record SearchCursor(float rank, Instant at, SearchKind kind, long recordId) {

    static SearchCursor read(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(after.strip()), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 4) {
                throw malformed();
            }
            return new SearchCursor(Float.intBitsToFloat(Integer.parseInt(parts[0])),
                    Instant.EPOCH.plusNanos(Long.parseLong(parts[1]) * 1000), SearchKind.valueOf(parts[2]),
                    Long.parseLong(parts[3]));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw malformed();
        }
    }

    String write() {
        long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
        return Base64.getUrlEncoder().withoutPadding().encodeToString((Float.floatToIntBits(rank) + "|" + micros + "|"
                + kind.name() + "|" + recordId).getBytes(StandardCharsets.UTF_8));
    }

    private static BadInputException malformed() {
        return new BadInputException("after", "翻页标记（after）无效，请从第一页重新搜索");
    }
}
