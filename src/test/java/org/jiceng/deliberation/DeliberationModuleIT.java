package org.jiceng.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.deliberation.internal.TopicService;
import org.jiceng.support.FakeCases;
import org.jiceng.support.FakeIdentity;
import org.jiceng.support.ModuleTest;
import org.jiceng.support.NoResidents;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.Scenario;

/**
 * The deliberation module alone, with territory, the case loop in memory ({@link FakeCases}), accounts in memory
 * ({@link FakeIdentity}) and an empty people register ({@link NoResidents}): a resident raises a topic and the
 * community committee confirms it (六步议事, step two), which publishes {@link TopicMoved} for the coming search.
 */
@ModuleTest(extraIncludes = {"platform", "territory"})
@Import({FakeCases.class, FakeIdentity.class, NoResidents.class})
class DeliberationModuleIT {

    static final String TANGLANG = "530326001001";
    static final CurrentUser JUMIN = new CurrentUser(2, "jumin", "堂琅社区居民",
            List.of(new CurrentUser.Grant(Role.RESIDENT, TANGLANG, null)));
    static final CurrentUser SHEQU = new CurrentUser(1, "shequ", "堂琅社区两委",
            List.of(new CurrentUser.Grant(Role.VILLAGE_STAFF, TANGLANG, null)));

    final TopicService topics;

    DeliberationModuleIT(TopicService topics) {
        this.topics = topics;
    }

    @Test
    void aTopicTheCommitteeConfirmsIsPublishedAsMovedFromCollectedToConfirmed(Scenario scenario) {
        TopicView raised = topics.propose(JUMIN, new TopicService.Proposal("小区加装电梯",
                "三号楼老人多，上下楼不便，希望商议加装电梯", null));
        assertThat(raised.step()).isEqualTo(TopicStep.COLLECTED);

        scenario.stimulate(() -> topics.act(SHEQU, raised.id(), TopicAction.CONFIRM,
                        new TopicService.ActionRequest("列入本月民情晨会", raised.version())))
                .andWaitForEventOfType(TopicMoved.class)
                .matching(event -> event.topicId() == raised.id())
                .toArriveAndVerify((event, topic) -> {
                    assertThat(event.territoryCode()).isEqualTo(TANGLANG);
                    assertThat(event.action()).isEqualTo(TopicAction.CONFIRM);
                    assertThat(event.from()).isEqualTo(TopicStep.COLLECTED);
                    assertThat(event.to()).isEqualTo(TopicStep.CONFIRMED).isEqualTo(topic.step());
                    assertThat(event.actor()).isEqualTo("shequ");
                    assertThat(event.at()).isNotNull();
                });
    }
}
