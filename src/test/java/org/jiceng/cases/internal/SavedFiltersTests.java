package org.jiceng.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SavedFiltersTests {

    @Test
    void onlyTheDesksFilterParametersAreKeptInTheirOrder() {
        assertThat(SavedFilters.kept("?territory=530326001&after=MTIz&overdue=true&limit=5&x=1"))
                .isEqualTo("territory=530326001&overdue=true");
        assertThat(SavedFilters.kept("number=530326-2026&unit=12&channel=HOTLINE&from=2026-11-01&to=2026-11-30&closed=true"))
                .isEqualTo("number=530326-2026&unit=12&channel=HOTLINE&from=2026-11-01&to=2026-11-30&closed=true");
    }

    @Test
    void aPhoneBlankValuesAndBrokenPairsAreDropped() {
        assertThat(SavedFilters.kept("phone=13800000000&state=&=x&category")).isEmpty();
        assertThat(SavedFilters.kept(null)).isEmpty();
        assertThat(SavedFilters.kept("state=RECEIVED&state=ACCEPTED")).isEqualTo("state=RECEIVED&state=ACCEPTED");
    }

    @Test
    void valuesComeBackEncodedWhateverWasTyped() {
        assertThat(SavedFilters.kept("territory=%35%33%30326001&number=530326%2D1")).isEqualTo("territory=530326001&number=530326-1");
        assertThat(SavedFilters.kept("category=a b&territory=%zz")).isEqualTo("category=a+b");
    }
}
