package org.jiceng.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.analytics.internal.StatsService;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.CaseFacts;
import org.jiceng.cases.CaseFiled;
import org.jiceng.cases.CaseLevel;
import org.jiceng.cases.CaseMoved;
import org.jiceng.cases.CaseState;
import org.jiceng.support.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.Scenario;

/**
 * The analytics module alone, with territory and without the case loop: the case loop's events, published as the
 * cases module would, become the three rates (三率) of the village that handles the case.
 */
@ModuleTest(extraIncludes = {"platform", "territory"})
class AnalyticsModuleIT {

    static final String YICHE_VILLAGE = "530326103001";
    static final CurrentUser ADMIN = new CurrentUser(1, "admin", "县级管理员",
            List.of(new CurrentUser.Grant(Role.COUNTY_ADMIN, "530326", null)));

    final StatsService stats;

    AnalyticsModuleIT(StatsService stats) {
        this.stats = stats;
    }

    @Test
    void aCaseTheVillageTakesInTimeCountsAsRespondedInItsThreeRates(Scenario scenario) {
        YearMonth month = YearMonth.of(2019, 3);   // a month no other test files in
        Instant received = Instant.parse("2019-03-11T02:00:00Z");
        CaseFacts facts = new CaseFacts(1, "530326-M1", YICHE_VILLAGE, "0301", CaseChannel.HOTLINE, CaseLevel.VILLAGE,
                null, received, received.plus(Duration.ofHours(24)), null);

        scenario.stimulate((transaction, events) -> {
                    transaction.executeWithoutResult(status -> {
                        events.publishEvent(new CaseFiled(facts));
                        events.publishEvent(new CaseMoved(facts, CaseAction.ACCEPT, CaseState.RECEIVED,
                                CaseState.ACCEPTED, received.plus(Duration.ofHours(1)), "shequ", null, null, null));
                        events.publishEvent(new CaseMoved(facts, CaseAction.HANDLE, CaseState.ACCEPTED,
                                CaseState.IN_PROGRESS, received.plus(Duration.ofHours(2)), "shequ", null, null, null));
                    });
                })
                .andWaitForStateChange(() -> stats.threeRates(ADMIN, YICHE_VILLAGE, month), rates -> rates.responded() == 1)
                .andVerify(rates -> {
                    assertThat(rates.cases()).isEqualTo(1);
                    assertThat(rates.responseRate()).isEqualByComparingTo("1");
                    assertThat(rates.closed()).isZero();
                });
    }
}
