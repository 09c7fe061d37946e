package org.jiceng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CountyTests {

    @Test
    void theCountyOfACodeIsItsFirstSixDigits() {
        assertThat(County.of("530326001001001")).isEqualTo("530326");
        assertThat(County.of("530326")).isEqualTo("530326");
    }

    @Test
    void codesOfOneCountyAreTheSameCountyWhateverTheirLevel() {
        assertThat(County.same("530326001", "530326102003004")).isTrue();
        assertThat(County.same("530326001001", "530302001001")).isFalse();
    }

    @Test
    void aCodeAboveACountyHasNoCounty() {
        assertThatThrownBy(() -> County.of("5303")).isInstanceOf(IllegalArgumentException.class);
    }
}
