package org.jiceng.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.Scope;
import org.jiceng.support.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The territory module alone: the demo county is seeded, and a reported point finds its grid. */
@ModuleTest
class TerritoryModuleIT {

    @Autowired
    TerritoryApi territory;

    @Test
    void aPointInTheDemoCountyFindsItsGridAndThePathUpToTheCounty() {
        GridView first = territory.grids(FIRST_VILLAGE, Scope.everything()).getFirst();
        assertThat(first.code()).startsWith(FIRST_VILLAGE);

        GridView located = territory.locate(first.centroid().lat(), first.centroid().lon()).orElseThrow();

        assertThat(located.code()).isEqualTo(first.code());
        assertThat(territory.path(located.villageCode())).extracting(DivisionView::code)
                .containsSubsequence("530326", "530326001", FIRST_VILLAGE);
    }

    private static final String FIRST_VILLAGE = "530326001001";
}
