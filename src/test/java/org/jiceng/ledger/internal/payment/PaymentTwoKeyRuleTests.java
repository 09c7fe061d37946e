package org.jiceng.ledger.internal.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PaymentTwoKeyRuleTests {

    static final TwoKeyRule.Approval WUYE = new TwoKeyRule.Approval(1, KeeperRole.PROPERTY_COMPANY);

    @Test
    void aPaymentAtTheThresholdPostsAsAskedAndOneFenAboveNeedsTwoKeys() {
        assertThat(TwoKeyRule.needsTwoKeys(500_000, 500_000)).isFalse();
        assertThat(TwoKeyRule.needsTwoKeys(500_001, 500_000)).isTrue();
        assertThat(TwoKeyRule.needsTwoKeys(1, 0)).isTrue();
    }

    @Test
    void theAskerAndAnotherPersonInAnotherRoleComplete() {
        var yeweihui = new TwoKeyRule.Approval(2, KeeperRole.OWNERS_COMMITTEE);
        assertThat(TwoKeyRule.refusal(List.of(WUYE), 2, KeeperRole.OWNERS_COMMITTEE)).isEmpty();
        assertThat(TwoKeyRule.complete(List.of(WUYE))).isFalse();
        assertThat(TwoKeyRule.complete(List.of(WUYE, yeweihui))).isTrue();
    }

    @Test
    void theSamePersonInASecondRoleIsRefused() {
        assertThat(TwoKeyRule.refusal(List.of(WUYE), 1, KeeperRole.OWNERS_COMMITTEE)).get().asString()
                .contains("另一个人");
    }

    @Test
    void aSecondPersonInTheSameRoleIsRefused() {
        assertThat(TwoKeyRule.refusal(List.of(WUYE), 2, KeeperRole.PROPERTY_COMPANY)).get().asString()
                .contains("另一种身份");
    }

    /** Whatever approvals the rule lets in, one after another, they complete only with two people in two roles. */
    @Property
    void approvalsTheRuleAdmitsCompleteOnlyWithTwoPeopleInTwoRoles(@ForAll("attempts") List<TwoKeyRule.Approval> attempts) {
        List<TwoKeyRule.Approval> given = new ArrayList<>();
        for (TwoKeyRule.Approval attempt : attempts) {
            if (TwoKeyRule.refusal(given, attempt.userId(), attempt.role()).isEmpty()) {
                given.add(attempt);
            }
        }
        long people = given.stream().map(TwoKeyRule.Approval::userId).distinct().count();
        long roles = given.stream().map(TwoKeyRule.Approval::role).distinct().count();
        assertThat(people).isEqualTo(given.size());
        assertThat(roles).isEqualTo(given.size());
        assertThat(TwoKeyRule.complete(given)).isEqualTo(given.size() >= 2);
        if (attempts.stream().map(TwoKeyRule.Approval::userId).distinct().count() == 1) {
            assertThat(TwoKeyRule.complete(given)).isFalse();
        }
    }

    @Provide
    Arbitrary<List<TwoKeyRule.Approval>> attempts() {
        Arbitrary<TwoKeyRule.Approval> one = net.jqwik.api.Combinators.combine(Arbitraries.longs().between(1, 3),
                Arbitraries.of(KeeperRole.class)).as(TwoKeyRule.Approval::new);
        return one.list().ofMaxSize(6);
    }
}
