package org.jiceng.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.CurrentUser.Grant;
import org.jiceng.ForbiddenException;
import org.jiceng.Role;
import org.junit.jupiter.api.Test;

class IdentityAccessTests {

    static final CurrentUser COUNTY = new CurrentUser(1, "admin", "县", List.of(new Grant(Role.COUNTY_ADMIN, "530326", null)));
    static final CurrentUser GUCHENG = new CurrentUser(2, "guanli", "古城", List.of(new Grant(Role.TOWN_ADMIN, "530326001", null)));
    static final CurrentUser CLERK = new CurrentUser(3, "gucheng", "古城", List.of(new Grant(Role.TOWN_STAFF, "530326001", null)));

    static List<Grant> at(Role role, String code) {
        return List.of(new Grant(role, code, null));
    }

    @Test
    void aTownAdministratorManagesAnAccountOnlyWhenEveryGrantLiesInTheTown() {
        assertThat(IdentityAccess.mayManage(GUCHENG, 9, at(Role.GRID_WORKER, "530326001001001"))).isTrue();
        assertThat(IdentityAccess.mayManage(GUCHENG, 9, at(Role.TOWN_STAFF, "530326103"))).isFalse();
        assertThat(IdentityAccess.mayManage(GUCHENG, 9, List.of(new Grant(Role.GRID_WORKER, "530326001001001", null),
                new Grant(Role.VILLAGE_STAFF, "530326103001", null)))).as("one grant beside").isFalse();
        assertThat(IdentityAccess.mayManage(GUCHENG, 9, at(Role.COUNTY_ADMIN, "530326"))).isFalse();
        assertThat(IdentityAccess.mayManage(COUNTY, 9, at(Role.TOWN_STAFF, "530326103"))).isTrue();
        assertThat(IdentityAccess.mayManage(CLERK, 9, at(Role.GRID_WORKER, "530326001001001"))).isFalse();
    }

    @Test
    void nobodyManagesTheirOwnAccountButEveryoneReadsIt() {
        assertThat(IdentityAccess.mayManage(COUNTY, 1, at(Role.COUNTY_ADMIN, "530326"))).isFalse();
        assertThat(IdentityAccess.mayRead(CLERK, 3, CLERK.grants())).isTrue();
        assertThat(IdentityAccess.mayRead(CLERK, 4, at(Role.GRID_WORKER, "530326001001001"))).isFalse();
    }

    @Test
    void aTownAdministratorGrantsOnlyInTheTownAndNeverACountyWideRole() {
        IdentityAccess.checkGrantable(GUCHENG, new Grant(Role.VILLAGE_STAFF, "530326001001", null));
        IdentityAccess.checkGrantable(GUCHENG, new Grant(Role.TOWN_ADMIN, "530326001", null));
        assertThatThrownBy(() -> IdentityAccess.checkGrantable(GUCHENG, new Grant(Role.GRID_WORKER, "530326103001001", null)))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("本辖区");
        assertThatThrownBy(() -> IdentityAccess.checkGrantable(GUCHENG, new Grant(Role.TOWN_ADMIN, "530326", null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> IdentityAccess.checkGrantable(GUCHENG, new Grant(Role.AUDITOR, "530326001", null)))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("县级管理员");
        IdentityAccess.checkGrantable(COUNTY, new Grant(Role.AUDITOR, "530326", null));
    }

    @Test
    void onlyTheCountyRevokesAnotherAccountsTokens() {
        assertThat(IdentityAccess.mayRevokeTokens(COUNTY, 9, at(Role.GRID_WORKER, "530326001001001"))).isTrue();
        assertThat(IdentityAccess.mayRevokeTokens(GUCHENG, 9, at(Role.GRID_WORKER, "530326001001001"))).isFalse();
        assertThat(IdentityAccess.mayRevokeTokens(CLERK, 3, CLERK.grants())).as("one's own").isTrue();
    }
}
