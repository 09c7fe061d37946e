package org.jiceng.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiceng.ledger.internal.journal.EntryHash;
import org.jiceng.ledger.internal.journal.NewEntry.Line;
import org.junit.jupiter.api.Test;

/** The canonical form of an entry is fixed text, so anyone can re-check a printed chain head with sha256sum. */
class ChainHashTests {

    static EntryHash.Canonical entry(String memo, Instant at, String prev) {
        return new EntryHash.Canonical(7, 3, LocalDate.of(2026, 3, 5), memo, null, 12L, 42, at,
                List.of(Line.debit("1002", 4_862_400), Line.credit("6001", 4_862_400)), prev);
    }

    @Test
    void theCanonicalTextIsOneFieldALineInAFixedOrder() {
        String text = EntryHash.text(entry("收取 3 月物业费", Instant.parse("2026-03-05T01:02:03Z"), EntryHash.GENESIS));
        assertThat(text).isEqualTo("""
                jiceng-ledger-entry/1
                account=7
                seq=3
                date=2026-03-05
                memo=收取 3 月物业费
                reverses=
                voucher=12
                recorded-by=42
                recorded-at=2026-03-05T01:02:03.000000Z
                line=1002|4862400|0
                line=6001|0|4862400
                prev=0000000000000000000000000000000000000000000000000000000000000000
                """);
        assertThat(EntryHash.of(entry("收取 3 月物业费", Instant.parse("2026-03-05T01:02:03Z"), EntryHash.GENESIS)))
                .isEqualTo(EntryHash.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theTimeAlwaysHasSixDecimalsWhateverItsTrailingZeros() {
        assertThat(EntryHash.text(entry("x", Instant.parse("2026-03-05T01:02:03.120Z"), EntryHash.GENESIS)))
                .contains("recorded-at=2026-03-05T01:02:03.120000Z");
        assertThat(EntryHash.text(entry("x", Instant.parse("2026-03-05T01:02:03.000123Z"), EntryHash.GENESIS)))
                .contains("recorded-at=2026-03-05T01:02:03.000123Z");
    }

    @Test
    void aLineBreakInTheMemoCannotForgeAnotherField() {
        Instant at = Instant.parse("2026-03-05T01:02:03Z");
        String forged = EntryHash.text(entry("电费\nline=6001|0|1", at, EntryHash.GENESIS));
        assertThat(forged).contains("memo=电费\\nline=6001|0|1\n");
        assertThat(forged.lines().filter(l -> l.startsWith("line=")).count()).isEqualTo(2);
        assertThat(EntryHash.of(entry("a\\nb", at, EntryHash.GENESIS))).isNotEqualTo(EntryHash.of(entry("a\nb", at, EntryHash.GENESIS)));
    }

    @Test
    void everyFieldAndThePredecessorChangeTheHash() {
        Instant at = Instant.parse("2026-03-05T01:02:03Z");
        String base = EntryHash.of(entry("电费", at, EntryHash.GENESIS));
        assertThat(EntryHash.of(entry("电费 ", at, EntryHash.GENESIS))).isNotEqualTo(base);
        assertThat(EntryHash.of(entry("电费", at.plusNanos(1_000), EntryHash.GENESIS))).isNotEqualTo(base);
        assertThat(EntryHash.of(entry("电费", at, "1".repeat(64)))).isNotEqualTo(base);
        assertThat(base).matches("[0-9a-f]{64}");
    }
}
