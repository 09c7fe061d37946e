package org.jiceng.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class CaseNumbersTests {

    @Test
    void aNumberReadsCountyDayAndTheDaysCountInSixDigits() {
        assertThat(CaseNumbers.format("530326", LocalDate.of(2026, 11, 23), 123)).isEqualTo("530326-20261123-000123");
        assertThat(CaseNumbers.format("530326", LocalDate.of(2026, 1, 2), 1)).isEqualTo("530326-20260102-000001");
    }

    @Test
    void aDayWithMoreThanAMillionCasesGetsMoreDigitsRatherThanRepeatingNumbers() {
        assertThat(CaseNumbers.format("110105", LocalDate.of(2026, 12, 31), 1_234_567)).isEqualTo("110105-20261231-1234567");
    }

    @Property
    void isTheZeroPaddedFormatForEveryDayAndCount(@ForAll @IntRange(min = 0, max = 30_000) int daysAfter2020,
                                                @ForAll @LongRange(min = 1, max = 99_999_999) long count) {
        LocalDate day = LocalDate.of(2020, 1, 1).plusDays(daysAfter2020);
        assertThat(CaseNumbers.format("530326", day, count))
                .isEqualTo("%s-%s-%06d".formatted("530326", day.toString().replace("-", ""), count));
    }
}
