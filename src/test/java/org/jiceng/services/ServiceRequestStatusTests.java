package org.jiceng.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;
import org.jiceng.services.internal.request.LineState;
import org.jiceng.services.internal.request.LineState.Step;
import org.jiceng.services.internal.request.RequestStatus;

/** The one status of a request and the transition table, over any mix of lines. */
class ServiceRequestStatusTests {

    @Property
    void aReturnedLineAlwaysMakesTheRequestWaitForMaterials(@ForAll @NotEmpty @Size(max = 6) List<LineState> lines) {
        RequestStatus status = RequestStatus.of(lines);
        assertThat(status == RequestStatus.NEEDS_MATERIALS).isEqualTo(lines.contains(LineState.RETURNED));
        assertThat(status.ended()).isEqualTo(lines.stream().allMatch(LineState::ended));
    }

    @Property
    void noStepLeavesAnEndedLine(@ForAll Step step, @ForAll LineState state) {
        if (state.ended()) {
            assertThat(step.leaves(state)).isFalse();
        }
    }
}
