package org.jiceng.visits.internal.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VisitDigestTests {

    static VisitRequests.NewVisit visit(String found, String visitedAt) {
        return new VisitRequests.NewVisit("3f1c2a9e-0b7d-4c1e-9a55-2d4b8e6f7a10", 7L, "HOME", visitedAt, 26.4, 103.3,
                found, List.of("门前路灯不亮"), List.of(), null, null, null);
    }

    @Test
    void theSameVisitSentAgainDigestsTheSame() {
        assertThat(VisitInput.digest(visit("独居老人身体尚可", "2026-12-03T10:00:00+08:00")))
                .isEqualTo(VisitInput.digest(visit(" 独居老人身体尚可 ", "2026-12-03T02:00:00Z")));
    }

    @Test
    void aDifferentFindingDigestsDifferently() {
        assertThat(VisitInput.digest(visit("独居老人身体尚可", null)))
                .isNotEqualTo(VisitInput.digest(visit("独居老人需要送药", null)));
    }
}
