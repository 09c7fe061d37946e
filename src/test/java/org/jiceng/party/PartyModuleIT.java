package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.party.internal.DualRegistrations;
import org.jiceng.support.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.Scenario;

/**
 * The party module alone, with territory and a fake people register ({@link FakePeople}): a unit registers with
 * its community (双报到) and records service there, which the volunteer module will turn into points.
 */
@ModuleTest(extraIncludes = {"platform", "territory"})
@Import(FakePeople.class)
class PartyModuleIT {

    static final CurrentUser SHEQU = new CurrentUser(1, "shequ", "堂琅社区两委",
            List.of(new CurrentUser.Grant(Role.VILLAGE_STAFF, FakePeople.TANGLANG, null)));

    final DualRegistrations registrations;
    final LocalDate today;

    PartyModuleIT(DualRegistrations registrations, Clock clock) {
        this.registrations = registrations;
        this.today = LocalDate.now(clock);
    }

    @Test
    void recordingAUnitsServiceInItsCommunityPublishesServiceRecorded(Scenario scenario) {
        long registration = registrations.register(new DualRegistrations.Request(FakePeople.TANGLANG, "县民政局机关党支部",
                null, today.minusDays(3).toString()), SHEQU);

        scenario.stimulate(() -> registrations.recordService(registration,
                        new DualRegistrations.ServiceRequest(today.toString(), 90, "义诊"), SHEQU))
                .andWaitForEventOfType(ServiceRecorded.class)
                .matching(event -> event.communityCode().equals(FakePeople.TANGLANG))
                .toArriveAndVerify((event, recordId) -> {
                    assertThat(event.recordId()).isEqualTo(recordId);
                    assertThat(event.memberId()).isNull();
                    assertThat(event.servedOn()).isEqualTo(today);
                    assertThat(event.minutes()).isEqualTo(90);
                });
        assertThat(registrations.find(registration, SHEQU.scope()).orElseThrow().minutes()).isEqualTo(90);
    }
}
