package org.jiceng.party.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.CurrentUser.Grant;
import org.jiceng.ForbiddenException;
import org.jiceng.Resource;
import org.jiceng.Role;
import org.jiceng.Scope;
import org.junit.jupiter.api.Test;

class PartyAccessTests {

    static final String TANGLANG = "530326001001";
    static final String GRID = TANGLANG + "001";
    static final String YICHE_VILLAGE = "530326103001";

    static CurrentUser user(Grant... grants) {
        return new CurrentUser(7, "u", "某人", List.of(grants));
    }

    @Test
    void aDepartmentHasNoScopeForOrganisationsOrPostsAndIsRefusedMembers() {
        CurrentUser department = user(new Grant(Role.DEPT_STAFF, "530326", 1L));
        assertThat(PartyAccess.organisations(department).isEmpty()).isTrue();
        assertThat(PartyAccess.posts(department).isEmpty()).isTrue();
        assertThatThrownBy(() -> PartyAccess.members(department)).isInstanceOf(ForbiddenException.class)
                .hasMessageStartingWith("您没有查看党员的权限");
    }

    @Test
    void aResidentOnAGridReadsOrganisationsAndPostsOfTheWholeCommunityButNoMembers() {
        CurrentUser resident = user(new Grant(Role.RESIDENT, GRID, null));
        assertThat(PartyAccess.posts(resident)).isEqualTo(Scope.of(TANGLANG));
        assertThat(PartyAccess.organisations(resident)).isEqualTo(Scope.of(TANGLANG));
        assertThat(PartyAccess.mayReadMembers(resident)).isFalse();
    }

    @Test
    void someoneWhoIsAResidentInOneVillageAndStaffInAnotherWritesOnlyInTheOther() {
        CurrentUser both = user(new Grant(Role.RESIDENT, TANGLANG, null), new Grant(Role.VILLAGE_STAFF, YICHE_VILLAGE, null));
        assertThat(PartyAccess.where(both, Resource.PARTY_POST, Action.CREATE)).isEqualTo(Scope.of(YICHE_VILLAGE));
        assertThat(PartyAccess.where(both, Resource.PARTY_MEMBER, Action.CREATE)).isEqualTo(Scope.of(YICHE_VILLAGE));
    }

    @Test
    void theCountyAdministratorReadsMembersButRegistersNone() {
        CurrentUser admin = user(new Grant(Role.COUNTY_ADMIN, "530326", null));
        assertThat(PartyAccess.members(admin)).isEqualTo(Scope.of("530326"));
        assertThatThrownBy(() -> PartyAccess.where(admin, Resource.PARTY_MEMBER, Action.CREATE))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("党组织管理员");
    }
}
