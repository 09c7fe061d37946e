package org.jiceng.people.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jiceng.BadInputException;
import org.junit.jupiter.api.Test;

class CountyMovesTests {

    @Test
    void aMoveWithinTheCountyIsAllowedWhateverTheTownOrGrid() {
        assertThatCode(() -> CountyMoves.requireSameCounty("grid", "530326001001001", "530326102003004"))
                .doesNotThrowAnyException();
    }

    @Test
    void aMoveToAnotherCountyIsRefusedNamingTheField() {
        assertThatThrownBy(() -> CountyMoves.requireSameCounty("grid", "530326001001001", "530302001001001"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("不能迁往其他县")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((BadInputException) e).field()).isEqualTo("grid"));
    }
}
