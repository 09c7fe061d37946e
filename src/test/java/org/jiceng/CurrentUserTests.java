package org.jiceng;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CurrentUserTests {

    private static final CurrentUser TOWN_AND_COUNTY = new CurrentUser(1, "u", "某人", List.of(
            new CurrentUser.Grant(Role.TOWN_STAFF, "530326001", null),
            new CurrentUser.Grant(Role.RESIDENT, "530326103001", null),
            new CurrentUser.Grant(Role.COUNTY_ADMIN, "530381", null)));

    @Test
    void aRolesScopeHoldsOnlyTheTerritoriesOfThatRolesGrants() {
        assertThat(TOWN_AND_COUNTY.scopeAs(Role.COUNTY_ADMIN).prefixes()).containsExactly("530381");
        assertThat(TOWN_AND_COUNTY.scopeAs(Role.TOWN_STAFF, Role.COUNTY_ADMIN).prefixes())
                .containsExactlyInAnyOrder("530326001", "530381");
        assertThat(TOWN_AND_COUNTY.scopeAs(Role.GRID_WORKER).isEmpty()).isTrue();
    }
}
