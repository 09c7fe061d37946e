package org.jiceng.deliberation.internal;

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

class DeliberationAccessTests {

    static final String TANGLANG = "530326001001";
    static final String GRID = TANGLANG + "001";

    static CurrentUser user(Grant... grants) {
        return new CurrentUser(7, "u", "某人", List.of(grants));
    }

    @Test
    void aGridWorkerReadsAndProposesInTheWholeCommunityButMovesNothing() {
        CurrentUser worker = user(new Grant(Role.GRID_WORKER, GRID, null));
        assertThat(DeliberationAccess.scope(worker, Resource.TOPIC, Action.READ)).isEqualTo(Scope.of(TANGLANG));
        assertThat(DeliberationAccess.may(worker, Resource.TOPIC, Action.CREATE, TANGLANG)).isTrue();
        assertThat(DeliberationAccess.may(worker, Resource.TOPIC, Action.ACT, TANGLANG)).isFalse();
        assertThat(DeliberationAccess.rolesAt(worker, TANGLANG)).containsExactly(Role.GRID_WORKER);
    }

    @Test
    void aResidentSeesABallotOnlyAsTheirOwnVoteAndVotesOnlyThere() {
        CurrentUser resident = user(new Grant(Role.RESIDENT, TANGLANG, null));
        assertThat(DeliberationAccess.scope(resident, Resource.BALLOT, Action.READ).isEmpty()).isTrue();
        assertThat(DeliberationAccess.householdVillages(resident)).isEqualTo(Scope.of(TANGLANG));
        assertThat(DeliberationAccess.may(resident, Resource.BALLOT, Action.READ, TANGLANG, false)).isFalse();
        assertThat(DeliberationAccess.may(resident, Resource.BALLOT, Action.READ, TANGLANG, true)).isTrue();
        assertThat(DeliberationAccess.may(resident, Resource.VOTE, Action.CREATE, TANGLANG, true)).isTrue();
    }

    @Test
    void staffHaveNoHouseholdVoteAndCannotVoteOnline() {
        CurrentUser staff = user(new Grant(Role.VILLAGE_STAFF, TANGLANG, null));
        assertThat(DeliberationAccess.householdVillages(staff).isEmpty()).isTrue();
        assertThat(DeliberationAccess.may(staff, Resource.VOTE, Action.CREATE, TANGLANG, true)).isFalse();
        assertThat(DeliberationAccess.may(staff, Resource.BALLOT, Action.ACT, TANGLANG)).isTrue();
    }

    @Test
    void theAuditorSeesTheNoticeBoardsHistoryAndProposersNamesButPublishesNothing() {
        CurrentUser auditor = user(new Grant(Role.AUDITOR, "530326", null));
        assertThat(DeliberationAccess.noticeHistory(auditor).covers(TANGLANG)).isTrue();
        assertThat(DeliberationAccess.seesNames(auditor, TANGLANG)).isTrue();
        assertThatThrownBy(() -> DeliberationAccess.check(auditor, Resource.NOTICE, Action.CREATE, TANGLANG))
                .isInstanceOf(ForbiddenException.class).hasMessageStartingWith("您没有新建公示的权限");
    }

    @Test
    void aDepartmentSeesNoNameAndNoHistory() {
        CurrentUser department = user(new Grant(Role.DEPT_STAFF, "530326", 1L));
        assertThat(DeliberationAccess.noticeHistory(department).isEmpty()).isTrue();
        assertThat(DeliberationAccess.seesNames(department, TANGLANG)).isFalse();
    }
}
