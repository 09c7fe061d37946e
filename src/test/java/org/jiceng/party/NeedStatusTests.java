package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The needs list's one table of moves: what may follow what, and the refusal that says why. */
class NeedStatusTests {

    @Test
    void anOpenNeedIsClaimedTakenIntoAProjectOrClosed() {
        assertThat(NeedStatus.OPEN.next()).containsExactlyInAnyOrder(NeedStatus.CLAIMED, NeedStatus.IN_PROJECT,
                NeedStatus.CLOSED);
        assertThat(NeedStatus.OPEN.mayBecome(NeedStatus.FULFILLED)).isFalse();
    }

    @Test
    void aNeedInAProjectIsOnlyFulfilled() {
        assertThat(NeedStatus.IN_PROJECT.next()).containsExactly(NeedStatus.FULFILLED);
        assertThat(NeedStatus.IN_PROJECT.refusal(NeedStatus.CLOSED)).isEqualTo("该需求已立项，不能直接改为已关闭");
    }

    @Test
    void fulfilledAndClosedNeedsAreFinal() {
        for (NeedStatus done : new NeedStatus[] {NeedStatus.FULFILLED, NeedStatus.CLOSED}) {
            assertThat(done.next()).isEmpty();
            for (NeedStatus to : NeedStatus.values()) {
                assertThat(done.refusal(to)).startsWith("该需求" + done.label()).contains("不能再改为");
            }
        }
    }

    @Test
    void everyAllowedMoveHasNoRefusal() {
        for (NeedStatus from : NeedStatus.values()) {
            for (NeedStatus to : NeedStatus.values()) {
                assertThat(from.refusal(to) == null).isEqualTo(from.mayBecome(to));
            }
        }
    }
}
