package org.jiceng.mediation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.CurrentUser.Grant;
import org.jiceng.Role;
import org.jiceng.Scope;
import org.jiceng.mediation.DisputeState;
import org.jiceng.mediation.DisputeType;
import org.jiceng.mediation.DisputeView;
import org.jiceng.mediation.MediationLevel;
import org.jiceng.mediation.RiskLevel;
import org.junit.jupiter.api.Test;

class MediationAccessTests {

    static final String GRID = "530326001001001";

    static CurrentUser user(Grant... grants) {
        return new CurrentUser(7, "u", "某人", List.of(grants));
    }

    static DisputeView dispute(MediationLevel level, String territory) {
        return new DisputeView(1, "530326-2026-00001", "纠纷", "概况", DisputeType.NEIGHBOUR, RiskLevel.GREEN, level,
                DisputeState.REGISTERED, territory, null, "shequ", null, null, null, null, 0);
    }

    @Test
    void aResidentReadsAsAPartyOnlyAndHasNoTerritory() {
        MediationAccess.Readers readers = MediationAccess.readers(user(new Grant(Role.RESIDENT, "530326001001", null)));
        assertThat(readers.scope().isEmpty()).isTrue();
        assertThat(readers.partyUserId()).isEqualTo(7L);
        assertThat(readers.anyone()).isTrue();
    }

    @Test
    void departmentsAndPartyAdministratorsReadNothing() {
        assertThat(MediationAccess.readers(user(new Grant(Role.DEPT_STAFF, "530326", 1L))).anyone()).isFalse();
        assertThat(MediationAccess.readers(user(new Grant(Role.PARTY_ORG_ADMIN, "530326", null))).anyone()).isFalse();
    }

    @Test
    void theAuditorReadsTheCountyAsTerritoryButNotAsAParty() {
        MediationAccess.Readers readers = MediationAccess.readers(user(new Grant(Role.AUDITOR, "530326", null)));
        assertThat(readers.scope()).isEqualTo(Scope.of("530326"));
        assertThat(readers.partyUserId()).isNull();
    }

    @Test
    void theVillageCommitteeRunsItsVillagesMediationButNotTheTownsNorAnotherVillages() {
        CurrentUser committee = user(new Grant(Role.VILLAGE_STAFF, "530326001001", null));
        assertThat(MediationAccess.runs(committee, dispute(MediationLevel.GRID, GRID))).isTrue();
        assertThat(MediationAccess.runs(committee, dispute(MediationLevel.TOWN, GRID))).isFalse();
        assertThat(MediationAccess.runs(committee, dispute(MediationLevel.VILLAGE, "530326001002"))).isFalse();
    }

    @Test
    void aGridWorkerRegistersInTheGridButRunsNoMediation() {
        CurrentUser worker = user(new Grant(Role.GRID_WORKER, GRID, null));
        assertThat(MediationAccess.registrarsAt(worker, GRID).toList()).hasSize(1);
        assertThat(MediationAccess.runs(worker, dispute(MediationLevel.GRID, GRID))).isFalse();
    }

    @Test
    void neitherTheAuditorNorAResidentRunsADispute() {
        assertThat(MediationAccess.runs(user(new Grant(Role.AUDITOR, "530326", null)), dispute(MediationLevel.VILLAGE, GRID)))
                .isFalse();
        assertThat(MediationAccess.runs(user(new Grant(Role.RESIDENT, "530326001001", null)),
                dispute(MediationLevel.VILLAGE, GRID))).isFalse();
    }

    @Test
    void aResidentWhoIsStaffInAnotherTownRegistersOnlyThere() {
        CurrentUser both = user(new Grant(Role.RESIDENT, "530326001001", null), new Grant(Role.TOWN_STAFF, "530326103", null));
        assertThat(MediationAccess.registrarsAt(both, "530326001001").toList()).isEmpty();
        assertThat(MediationAccess.registrarsAt(both, "530326103001").map(Grant::role).toList()).containsExactly(Role.TOWN_STAFF);
    }

    @Test
    void mediationFiguresFollowTheStatisticsRowsSoDepartmentsSeeNone() {
        assertThat(MediationAccess.figures(user(new Grant(Role.DEPT_STAFF, "530326", 1L))).isEmpty()).isTrue();
        assertThat(MediationAccess.figures(user(new Grant(Role.VILLAGE_STAFF, "530326001001", null))))
                .isEqualTo(Scope.of("530326001001"));
    }
}
