package org.jiceng.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Resource;
import org.jiceng.Role;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseView;
import org.junit.jupiter.api.Test;

class CaseAccessTests {

    static final String GRID = "530326001001001";
    static final long UNIT = 7;

    static CurrentUser user(long id, Role role, String territory, Long unit) {
        return new CurrentUser(id, "u" + id, "用户" + id, List.of(new CurrentUser.Grant(role, territory, unit)));
    }

    static final CurrentUser RESIDENT = user(1, Role.RESIDENT, "530326001001", null);
    static final CurrentUser NEIGHBOUR = user(2, Role.RESIDENT, "530326001001", null);
    static final CurrentUser TOWN = user(3, Role.TOWN_STAFF, "530326001", null);
    static final CurrentUser OTHER_TOWN = user(4, Role.TOWN_STAFF, "530326103", null);
    static final CurrentUser DEPARTMENT = user(5, Role.DEPT_STAFF, "530326", UNIT);
    static final CurrentUser AUDITOR = user(6, Role.AUDITOR, "530326", null);

    static CaseRepository.Stored stored(CaseState state, boolean publicCase, Long leadUnit, boolean following) {
        OffsetDateTime now = OffsetDateTime.now();
        CaseView view = new CaseView(10, "530326-20261123-000010", state, "0301", "路灯故障", "路灯不亮", GRID, 26.4, 103.4,
                null, "RESIDENT", null, "VILLAGE", null, leadUnit, List.of(), now, now, null, now, false, null, null, null,
                null, null, null, null, null, 0, null, null, "张三", 1, publicCase);
        return new CaseRepository.Stored(view, RESIDENT.id(), null, null, following);
    }

    static boolean reads(CurrentUser user, CaseRepository.Stored stored) {
        return AccessPolicy.allows(user, Resource.CASE, Action.READ, CaseAccess.target(user, stored));
    }

    @Test
    void aResidentReadsTheirOwnPrivateCaseButNotTheirNeighbours() {
        var privateCase = stored(CaseState.RECEIVED, false, null, false);
        assertThat(reads(RESIDENT, privateCase)).isTrue();
        assertThat(reads(NEIGHBOUR, privateCase)).isFalse();
        assertThat(reads(NEIGHBOUR, stored(CaseState.RECEIVED, true, null, false))).isTrue();
    }

    @Test
    void followingCountsOnlyForAPublicCase() {
        assertThat(CaseAccess.target(NEIGHBOUR, stored(CaseState.RECEIVED, false, null, true)).held()).isEmpty();
        assertThat(CaseAccess.mayFollow(NEIGHBOUR, stored(CaseState.RECEIVED, false, null, false))).isFalse();
        assertThat(CaseAccess.mayFollow(NEIGHBOUR, stored(CaseState.RECEIVED, true, null, false))).isTrue();
        assertThat(CaseAccess.mayFollow(TOWN, stored(CaseState.RECEIVED, true, null, false))).isFalse();
    }

    @Test
    void reportersAndFollowersNeverReadTheInternalNotes() {
        var publicCase = stored(CaseState.IN_PROGRESS, true, null, true);
        assertThat(CaseAccess.readsNotes(RESIDENT, publicCase)).isFalse();
        assertThat(CaseAccess.readsNotes(NEIGHBOUR, publicCase)).isFalse();
        assertThat(CaseAccess.readsNotes(TOWN, publicCase)).isTrue();
        assertThat(CaseAccess.readsNotes(OTHER_TOWN, publicCase)).isFalse();
    }

    @Test
    void aDepartmentReadsOnlyWhatIsDispatchedToItAndTheReporterOnlyWhileHandling() {
        assertThat(reads(DEPARTMENT, stored(CaseState.ACCEPTED, false, null, false))).isFalse();
        assertThat(reads(DEPARTMENT, stored(CaseState.DISPATCHED, false, 99L, false))).isFalse();
        var dispatched = stored(CaseState.DISPATCHED, false, UNIT, false);
        assertThat(reads(DEPARTMENT, dispatched)).isTrue();
        assertThat(CaseAccess.shown(DEPARTMENT, dispatched).reporterName()).isEqualTo("张**");
        assertThat(CaseAccess.shown(DEPARTMENT, stored(CaseState.IN_PROGRESS, false, UNIT, false)).reporterName()).isEqualTo("张三");
        assertThat(CaseAccess.shown(DEPARTMENT, stored(CaseState.RESOLVED, false, UNIT, false)).reporterName()).isEqualTo("张**");
    }

    @Test
    void anAuditorReadsTheReporterMaskedAndAFollowerNotAtAll() {
        var publicCase = stored(CaseState.IN_PROGRESS, true, null, true);
        assertThat(CaseAccess.shown(AUDITOR, publicCase).reporterName()).isEqualTo("张**");
        assertThat(CaseAccess.shown(NEIGHBOUR, publicCase).reporterName()).isNull();
        assertThat(CaseAccess.shown(RESIDENT, publicCase).reporterName()).isEqualTo("张三");
        assertThat(CaseAccess.shown(TOWN, publicCase).reporterName()).isEqualTo("张三");
    }

    @Test
    void onlyStaffOfTheTerritoryMakeACasePublic() {
        CaseView view = stored(CaseState.RECEIVED, false, null, false).view();
        assertThat(CaseAccess.maySetVisibility(TOWN, view)).isTrue();
        assertThat(CaseAccess.maySetVisibility(OTHER_TOWN, view)).isFalse();
        assertThat(CaseAccess.maySetVisibility(RESIDENT, view)).isFalse();
        assertThat(CaseAccess.maySetVisibility(DEPARTMENT, view)).isFalse();
    }
}
