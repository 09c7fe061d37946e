package org.jiceng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jiceng.AccessPolicy.Target;
import org.junit.jupiter.api.Test;

class AccessPolicyTests {

    private static final String TANGLANG = "530326001001";
    private static final String GRID = "530326001001001";
    private static final String NEXT_TOWN_VILLAGE = "530326103001";

    private static CurrentUser user(Role role, String territory) {
        return new CurrentUser(7, "u", "某人", List.of(new CurrentUser.Grant(role, territory,
                role == Role.DEPT_STAFF ? 1L : null)));
    }

    @Test
    void anythingNotListedIsRefused() {
        CurrentUser admin = user(Role.COUNTY_ADMIN, "530326");
        assertThat(AccessPolicy.mayAtAll(admin, Resource.VOTE, Action.CREATE)).isFalse();
        assertThat(AccessPolicy.allows(admin, Resource.PARTY_MEMBER, Action.REVEAL, Target.at(TANGLANG))).isFalse();
    }

    @Test
    void aResidentReadsTheirOwnHouseholdAndNoOneElses() {
        CurrentUser resident = user(Role.RESIDENT, TANGLANG);
        Target neighbours = Target.at(GRID + "0001");
        assertThat(AccessPolicy.allows(resident, Resource.HOUSEHOLD, Action.READ, neighbours)).isFalse();
        assertThat(AccessPolicy.allows(resident, Resource.HOUSEHOLD, Action.READ, neighbours.with(Relation.OWN))).isTrue();
        assertThat(AccessPolicy.scope(resident, Resource.HOUSEHOLD, Action.READ).isEmpty()).isTrue();
    }

    @Test
    void aDepartmentNeverReadsTheRegisterButReadsTheCasesDispatchedToIt() {
        CurrentUser department = user(Role.DEPT_STAFF, "530326");
        assertThat(AccessPolicy.mayAtAll(department, Resource.HOUSEHOLD, Action.READ)).isFalse();
        assertThat(AccessPolicy.mayAtAll(department, Resource.RESIDENT_RECORD, Action.READ)).isFalse();
        assertThat(AccessPolicy.allows(department, Resource.CASE, Action.READ, Target.at(TANGLANG))).isFalse();
        assertThat(AccessPolicy.allows(department, Resource.CASE, Action.READ,
                Target.at(TANGLANG).with(Relation.DISPATCHED_TO_UNIT))).isTrue();
    }

    @Test
    void aTownOfficialActsInTheirTownAndNotTheNext() {
        CurrentUser town = user(Role.TOWN_STAFF, "530326001");
        assertThat(AccessPolicy.allows(town, Resource.HOUSEHOLD, Action.READ, Target.at(GRID))).isTrue();
        assertThat(AccessPolicy.allows(town, Resource.HOUSEHOLD, Action.READ, Target.at(NEXT_TOWN_VILLAGE))).isFalse();
        assertThat(AccessPolicy.scope(town, Resource.HOUSEHOLD, Action.READ)).isEqualTo(Scope.of("530326001"));
    }

    @Test
    void anAuditorReadsButNeverRevealsNumbers() {
        CurrentUser auditor = user(Role.AUDITOR, "530326");
        assertThat(AccessPolicy.allows(auditor, Resource.RESIDENT_RECORD, Action.READ, Target.at(GRID))).isTrue();
        assertThat(AccessPolicy.mayAtAll(auditor, Resource.PERSONAL_NUMBER, Action.REVEAL)).isFalse();
        assertThat(AccessPolicy.mayAtAll(auditor, Resource.HOUSEHOLD, Action.UPDATE)).isFalse();
    }

    @Test
    void aGridGrantReachesItsWholeCommunityOnlyWhereTheRowSaysCommunity() {
        CurrentUser gridWorker = user(Role.GRID_WORKER, GRID);
        String neighbouringGrid = TANGLANG + "002";
        assertThat(AccessPolicy.allows(gridWorker, Resource.TOPIC, Action.READ, Target.at(neighbouringGrid))).isTrue();
        assertThat(AccessPolicy.allows(gridWorker, Resource.HOUSEHOLD, Action.READ, Target.at(neighbouringGrid))).isFalse();
    }

    @Test
    void anonymousCallersReachOnlyWhatIsOpenToAnyone() {
        assertThat(AccessPolicy.mayAtAll(null, Resource.OPEN311, Action.READ)).isTrue();
        assertThat(AccessPolicy.mayAtAll(null, Resource.DIVISION, Action.READ)).isFalse();
        assertThat(AccessPolicy.scope(null, Resource.CASE, Action.READ).isEmpty()).isTrue();
    }

    @Test
    void aRefusalSaysInChineseWhatWasRefused() {
        assertThatThrownBy(() -> AccessPolicy.check(user(Role.RESIDENT, TANGLANG), Resource.HOUSEHOLD, Action.UPDATE,
                Target.at(GRID))).isInstanceOf(ForbiddenException.class).hasMessageStartingWith("您没有修改户籍的权限（可由网格员、村(社区)两委、");
    }

    @Test
    void everyRoleHasAtLeastOneRowBeyondSigningIn() {
        for (Role role : Role.values()) {
            if (role == Role.SERVICE_AGENT) {
                continue; // its rows come with the services module
            }
            assertThat(AccessPolicy.rows()).as(role.name()).anyMatch(p -> p.role() == role);
        }
    }
}
