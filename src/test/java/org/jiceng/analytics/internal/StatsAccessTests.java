package org.jiceng.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.CurrentUser.Grant;
import org.jiceng.Role;
import org.jiceng.territory.UnitView;
import org.junit.jupiter.api.Test;

class StatsAccessTests {

    static final UnitView OWN = new UnitView(5, "县住建局", "DEPARTMENT", "530326");
    static final UnitView OTHER = new UnitView(6, "县水务局", "DEPARTMENT", "530326");

    static CurrentUser user(Grant... grants) {
        return new CurrentUser(7, "u", "某人", List.of(grants));
    }

    @Test
    void aDepartmentReadsItsOwnUnitAndOnlyItsOwnRowOfTheDepartmentRanking() {
        CurrentUser department = user(new Grant(Role.DEPT_STAFF, "530326", 5L));
        assertThat(StatsAccess.mayRead(department, OWN)).isTrue();
        assertThat(StatsAccess.mayRead(department, OTHER)).isFalse();
        assertThat(StatsAccess.territorial(department).isEmpty()).isTrue();
        assertThat(StatsAccess.ranking(department, "departments")).contains(new StatsAccess.Ranking("530326", 5L));
        assertThat(StatsAccess.ranking(department, "towns")).isEmpty();
    }

    @Test
    void theCountyReadsEveryUnitAndWholeRankings() {
        CurrentUser auditor = user(new Grant(Role.AUDITOR, "530326", null));
        assertThat(StatsAccess.mayRead(auditor, OTHER)).isTrue();
        assertThat(StatsAccess.ranking(auditor, "departments")).contains(new StatsAccess.Ranking("530326", null));
        assertThat(StatsAccess.parkedEvents(auditor).isEmpty()).as("only county administrators manage parked events").isTrue();
        assertThat(StatsAccess.parkedEvents(user(new Grant(Role.COUNTY_ADMIN, "530326", null))).isEmpty()).isFalse();
    }

    @Test
    void aTownSeesTheTownRankingButNotTheDepartmentsOrACountyUnit() {
        CurrentUser town = user(new Grant(Role.TOWN_STAFF, "530326103", null));
        assertThat(StatsAccess.ranking(town, "towns")).contains(new StatsAccess.Ranking("530326", null));
        assertThat(StatsAccess.ranking(town, "departments")).isEmpty();
        assertThat(StatsAccess.mayRead(town, OWN)).isFalse();
    }

    @Test
    void residentsAndGridWorkersReadNoFigures() {
        assertThat(StatsAccess.territorial(user(new Grant(Role.RESIDENT, "530326001001", null))).isEmpty()).isTrue();
        assertThat(StatsAccess.territorial(user(new Grant(Role.GRID_WORKER, "530326001001001", null))).isEmpty()).isTrue();
    }
}
