package org.jiceng.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.Scope;
import org.jiceng.cases.CaseView;
import org.jiceng.mediation.internal.DisputeService;
import org.jiceng.mediation.internal.MediationSteps;
import org.jiceng.mediation.internal.Requests;
import org.jiceng.support.FakeCases;
import org.jiceng.support.FakeIdentity;
import org.jiceng.support.ModuleTest;
import org.jiceng.support.NoResidents;
import org.jiceng.territory.TerritoryApi;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.Scenario;

/**
 * The mediation module alone, with territory, the case loop in memory ({@link FakeCases}), accounts in memory
 * ({@link FakeIdentity}) and an empty people register ({@link NoResidents}, which seals the parties' phones): a
 * neighbours' quarrel reported as a case is mediated to an agreement, which resolves the case and publishes
 * {@link DisputeConcluded}, which the assessment module will count for 不上交率.
 */
@ModuleTest(extraIncludes = {"platform", "territory"})
@Import({FakeCases.class, FakeIdentity.class, NoResidents.class})
class MediationModuleIT {

    static final String TANGLANG = "530326001001";
    static final CurrentUser SHEQU = new CurrentUser(1, "shequ", "堂琅社区两委",
            List.of(new CurrentUser.Grant(Role.VILLAGE_STAFF, TANGLANG, null)));

    final DisputeService disputes;
    final MediationSteps steps;
    final FakeCases cases;
    final TerritoryApi territory;

    MediationModuleIT(DisputeService disputes, MediationSteps steps, FakeCases cases, TerritoryApi territory) {
        this.disputes = disputes;
        this.steps = steps;
        this.cases = cases;
        this.territory = territory;
    }

    @Test
    void aCaseMediatedToAnAgreementIsResolvedAndTheDisputePublishedAsConcludedAtItsLevel(Scenario scenario) {
        String grid = territory.grids(TANGLANG, Scope.everything()).getFirst().code();
        CaseView reported = cases.receivedAt(grid, "楼上邻居装修噪音扰民，多次沟通无果");
        DisputeDetail registered = disputes.create(SHEQU, new Requests.NewDispute(null, null, "NEIGHBOUR", "GREEN",
                "VILLAGE", null, reported.id(),
                List.of(new Requests.NewParty("张建国", "APPLICANT", false, null, null, null, null),
                        new Requests.NewParty("李秀英", "RESPONDENT", false, null, null, null, null)),
                List.of(new Requests.NewMediator("王志强", "COMMUNITY_WORKER", "堂琅社区", null))));
        DisputeView dispute = steps.recordSession(SHEQU, registered.dispute().id(), new Requests.NewSession(null,
                "IN_PERSON", "堂琅社区调解室", "双方陈述，约定装修时段", registered.dispute().version())).dispute();

        scenario.stimulate(() -> steps.agree(SHEQU, dispute.id(), new Requests.NewAgreement(null,
                        "装修时间限于工作日八时至十八时，午间停工", null, dispute.version())))
                .andWaitForEventOfType(DisputeConcluded.class)
                .matching(event -> event.id() == dispute.id())
                .toArriveAndVerify((event, detail) -> {
                    assertThat(event.outcome()).isEqualTo(DisputeState.AGREED);
                    assertThat(event.level()).isEqualTo(MediationLevel.VILLAGE);
                    assertThat(event.type()).isEqualTo(DisputeType.NEIGHBOUR);
                    assertThat(event.territoryCode()).isEqualTo(grid);
                    assertThat(event.caseId()).isEqualTo(reported.id());
                    assertThat(detail.dispute().state()).isEqualTo(DisputeState.AGREED);
                });
        assertThat(cases.actions).containsExactly(
                "ACCEPT " + reported.id() + " 转矛盾纠纷调解",
                "HANDLE " + reported.id() + " 转矛盾纠纷调解，本级调解办理",
                "RESOLVE " + reported.id() + " 调解成功：装修时间限于工作日八时至十八时，午间停工");
    }
}
