package org.jiceng.people.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jiceng.people.IdNumber;
import org.junit.jupiter.api.Test;

class DemoNumbersTests {

    @Test
    void upTo449MenAndWomenBornOnOneDayGetDistinctValidNumbersBelowSequence900() {
        DemoNumbers numbers = new DemoNumbers("530326");
        LocalDate day = LocalDate.of(1980, 2, 29);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 449; i++) {
            for (boolean male : new boolean[] {true, false}) {
                String id = numbers.idNumber(day, male);
                IdNumber parsed = IdNumber.parse(id, LocalDate.now());
                assertThat(parsed.birthDate()).isEqualTo(day);
                assertThat(parsed.gender()).isEqualTo(male ? IdNumber.Gender.MALE : IdNumber.Gender.FEMALE);
                assertThat(seen.add(id)).isTrue();
                assertThat(Integer.parseInt(id.substring(14, 17))).isBetween(1, 898);
            }
        }
        assertThatThrownBy(() -> numbers.idNumber(day, true)).isInstanceOf(IllegalStateException.class);
        assertThat(numbers.idNumber(day.plusDays(1), true)).startsWith("53032619800301");
    }

    @Test
    void mobileNumbersNeverRepeat() {
        DemoNumbers numbers = new DemoNumbers("530326");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 400_000; i++) {
            String mobile = numbers.mobile();
            assertThat(mobile).hasSize(11);
            assertThat(seen.add(mobile)).isTrue();
        }
    }
}
