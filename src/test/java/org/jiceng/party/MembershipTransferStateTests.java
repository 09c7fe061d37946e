package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jiceng.party.internal.membership.TransferState;
import org.junit.jupiter.api.Test;

/** The moves of a 组织关系转接: applied, sent, then received or sent back; nothing leaves an end. */
class MembershipTransferStateTests {

    @Test
    void anApplicationIsSentOrSentBackButNeverReceivedBeforeItsLetterIsIssued() {
        assertThat(TransferState.APPLIED.mayBecome(TransferState.SENT)).isTrue();
        assertThat(TransferState.APPLIED.mayBecome(TransferState.RETURNED)).isTrue();
        assertThat(TransferState.APPLIED.mayBecome(TransferState.RECEIVED)).isFalse();
        assertThat(TransferState.SENT.mayBecome(TransferState.RECEIVED)).isTrue();
        assertThat(TransferState.SENT.mayBecome(TransferState.RETURNED)).isTrue();
        assertThat(TransferState.SENT.mayBecome(TransferState.APPLIED)).isFalse();
    }

    @Property
    void aReceivedOrReturnedTransferMovesNoFurther(@ForAll TransferState next) {
        assertThat(TransferState.RECEIVED.mayBecome(next)).isFalse();
        assertThat(TransferState.RETURNED.mayBecome(next)).isFalse();
    }

    @Property
    void onlyTheOpenStatesMove(@ForAll TransferState from, @ForAll TransferState to) {
        if (from.mayBecome(to)) {
            assertThat(from.open()).isTrue();
            assertThat(to).isNotEqualTo(from);
        }
    }
}
