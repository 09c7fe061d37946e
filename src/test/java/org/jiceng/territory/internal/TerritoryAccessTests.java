package org.jiceng.territory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.CurrentUser.Grant;
import org.jiceng.ForbiddenException;
import org.jiceng.Role;
import org.jiceng.Scope;
import org.junit.jupiter.api.Test;

class TerritoryAccessTests {

    static CurrentUser user(Grant... grants) {
        return new CurrentUser(7, "u", "某人", List.of(grants));
    }

    @Test
    void aTownOfficialWhoIsAlsoAResidentElsewhereImportsGridsOnlyIntoTheirTown() {
        CurrentUser both = user(new Grant(Role.RESIDENT, "530326001001", null), new Grant(Role.TOWN_STAFF, "530326103", null));
        assertThat(TerritoryAccess.imports(both)).isEqualTo(Scope.of("530326103"));
        assertThat(TerritoryAccess.grids(both)).isEqualTo(Scope.of("530326001001", "530326103"));
    }

    @Test
    void aVillageCommitteeImportsNoGridsAndIsToldWhoMay() {
        assertThatThrownBy(() -> TerritoryAccess.imports(user(new Grant(Role.VILLAGE_STAFF, "530326001001", null))))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("乡镇(街道)工作人员");
    }

    @Test
    void unitsAreReferenceDataForEveryAccountAndForNoAnonymousCaller() {
        assertThat(TerritoryAccess.units(user(new Grant(Role.RESIDENT, "530326001001", null)))).isEqualTo(Scope.everything());
        assertThat(TerritoryAccess.units(null).isEmpty()).isTrue();
    }

    @Test
    void aTerritoryOutsideWhereOneWorksIsRefused() {
        CurrentUser town = user(new Grant(Role.TOWN_STAFF, "530326103", null));
        assertThat(TerritoryAccess.gridsIn(town, "530326103001")).isEqualTo(Scope.of("530326103001"));
        assertThatThrownBy(() -> TerritoryAccess.gridsIn(town, "530326001")).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("不在您的辖区内");
    }
}
