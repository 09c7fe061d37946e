package org.jiceng.party.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jiceng.BadInputException;
import org.junit.jupiter.api.Test;

class HomeCountyTests {

    @Test
    void aMemberRegistersWithACommunityOfTheCountyTheyLiveIn() {
        assertThatCode(() -> DualRegistrations.requireHomeCounty("530326001001001", "530326102001"))
                .doesNotThrowAnyException();
    }

    @Test
    void aMemberLivingInAnotherCountyIsRefusedNamingTheMember() {
        assertThatThrownBy(() -> DualRegistrations.requireHomeCounty("530302001001001", "530326102001"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("居住地所在县")
                .satisfies(e -> assertThat(((BadInputException) e).field()).isEqualTo("memberId"));
    }
}
