package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.Scope;
import org.jiceng.cases.internal.InboxService;
import org.jiceng.support.FakeIdentity;
import org.jiceng.support.NoResidents;
import org.jiceng.support.ModuleTest;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.Scenario;

/**
 * The case loop alone, with territory and accounts in memory ({@link FakeIdentity}) and an empty register
 * ({@link NoResidents}, for the reporter phones the desk searches): a resident's case is filed and
 * accepted, each step published for the three rates, and the notifier tells the reporter of the acceptance and the
 * town of a missed deadline (督办) in their inboxes.
 */
@ModuleTest(extraIncludes = {"platform", "territory"})
@Import({FakeIdentity.class, NoResidents.class})
class CasesModuleIT {

    static final String TANGLANG = "530326001001";
    static final String GUCHENG = "530326001";
    static final CurrentUser JUMIN = new CurrentUser(2, "jumin", "堂琅社区居民",
            List.of(new CurrentUser.Grant(Role.RESIDENT, TANGLANG, null)));
    static final CurrentUser GUCHENG_STAFF = new CurrentUser(3, "gucheng", "古城街道工作人员",
            List.of(new CurrentUser.Grant(Role.TOWN_STAFF, GUCHENG, null)));

    final CasesApi cases;
    final InboxService inbox;
    final GridView grid;

    CasesModuleIT(CasesApi cases, InboxService inbox, TerritoryApi territory) {
        this.cases = cases;
        this.inbox = inbox;
        this.grid = territory.grids(TANGLANG, Scope.everything()).getFirst();
    }

    CaseView file(String description) {
        return cases.file(JUMIN, CaseIntake.at("0301", description, grid.centroid().lat(), grid.centroid().lon()));
    }

    @Test
    void aResidentsCaseIsPublishedAsFiledInItsGridAndTheReporterIsToldOfItsAcceptance(Scenario scenario) {
        AtomicReference<CaseView> filedCase = new AtomicReference<>();
        scenario.stimulate(() -> file("小区门口路灯坏了三天，晚上很黑"))
                .andWaitForEventOfType(CaseFiled.class)
                .matching(event -> event.facts().reporterId() != null && event.facts().reporterId() == JUMIN.id())
                .toArriveAndVerify((event, filed) -> {
                    assertThat(event.facts().caseId()).isEqualTo(filed.id());
                    assertThat(event.facts().number()).isEqualTo(filed.number());
                    assertThat(event.facts().territoryCode()).isEqualTo(grid.code());
                    assertThat(event.facts().categoryCode()).isEqualTo("0301");
                    filedCase.set(filed);
                });
        CaseView filed = filedCase.get();

        scenario.stimulate(() -> cases.act(GUCHENG_STAFF, filed.id(), CaseAction.ACCEPT, CaseActionRequest.empty()))
                .andWaitForEventOfType(CaseMoved.class)
                .matching(event -> event.facts().caseId() == filed.id())
                .toArriveAndVerify(event -> {
                    assertThat(event.action()).isEqualTo(CaseAction.ACCEPT);
                    assertThat(event.from()).isEqualTo(CaseState.RECEIVED);
                    assertThat(event.to()).isEqualTo(CaseState.ACCEPTED);
                    assertThat(event.actor()).isEqualTo("gucheng");
                });
        assertThat(inbox.messages(JUMIN, Long.MAX_VALUE, 10)).filteredOn(m -> Long.valueOf(filed.id()).equals(m.caseId()))
                .extracting(InboxMessage::title)
                .contains("您反映的问题 " + filed.number() + " " + CaseState.ACCEPTED.label());
    }

    @Test
    void aRaisedSupervisionReachesTheInboxOfTheSuperiorNode(Scenario scenario) {
        CaseView late = file("垃圾桶满了没人清运，气味很大");
        Instant due = late.responseDueAt().toInstant();
        CaseFacts facts = new CaseFacts(late.id(), late.number(), late.territoryCode(), late.categoryCode(),
                CaseChannel.RESIDENT, CaseLevel.VILLAGE, null, late.receivedAt().toInstant(), due, JUMIN.id());

        scenario.publish(new SupervisionRaised(facts, SupervisionKind.RESPONSE, due, GUCHENG))
                .andWaitForStateChange(() -> inbox.messages(GUCHENG_STAFF, Long.MAX_VALUE, 50).stream()
                        .filter(m -> Long.valueOf(late.id()).equals(m.caseId()) && m.kind().equals("SUPERVISE"))
                        .toList(), found -> !found.isEmpty())
                .andVerify(found -> assertThat(found.getFirst().title())
                        .isEqualTo("督办：" + late.number() + " " + SupervisionKind.RESPONSE.overdueLabel()));
    }
}
