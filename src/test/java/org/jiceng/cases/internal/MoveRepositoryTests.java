package org.jiceng.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.cases.CaseLevel;
import org.jiceng.cases.Satisfaction;
import org.junit.jupiter.api.Test;

class MoveRepositoryTests {

    static final Instant NOW = Instant.parse("2025-03-07T02:00:00Z");

    static Map<String, Object> columns(CaseChange change) {
        Map<String, Object> columns = new LinkedHashMap<>();
        MoveRepository.columns(change, columns);
        return columns;
    }

    @Test
    void aRatingThatReopensLeavesTheCaseUnclosed() {
        assertThat(columns(new CaseChange.Rated(false, Satisfaction.UNSATISFIED, null))).doesNotContainKey("closed_at")
                .containsEntry("rating_satisfaction", "UNSATISFIED");
        assertThat(columns(new CaseChange.Rated(true, Satisfaction.SATISFIED, NOW))).containsKey("closed_at");
    }

    @Test
    void aDispatchPutsTheCaseAtTheCountyAwaitingItsResponse() {
        var written = columns(new CaseChange.Dispatched(7, List.of(8L), NOW, "530326001", NOW));
        assertThat(written).containsEntry("level", "COUNTY").containsEntry("responded_at", null)
                .containsEntry("dispatcher_territory", "530326001").containsEntry("lead_unit_id", 7L);
        assertThat((Long[]) written.get("assist_unit_ids")).containsExactly(8L);
    }

    @Test
    void aReturnAndAnEscalationLetTheWhistledUnitsGo() {
        for (CaseChange change : List.of(new CaseChange.Returned(CaseLevel.TOWN, NOW), new CaseChange.Escalated(CaseLevel.TOWN))) {
            var written = columns(change);
            assertThat(written).containsEntry("lead_unit_id", null).containsEntry("check_in_due_at", null)
                    .containsEntry("level", "TOWN");
            assertThat((Long[]) written.get("assist_unit_ids")).isEmpty();
        }
    }

    @Test
    void aReopenedCaseIsNoLongerResolvedNorReplied() {
        assertThat(columns(new CaseChange.Reopened(1, NOW, false))).containsEntry("resolved_at", null)
                .containsEntry("replied_at", null).containsEntry("closed_level", null).containsEntry("reopen_count", 1);
    }

    @Test
    void anApprovedExtensionClearsTheRequest() {
        assertThat(columns(new CaseChange.ExtensionApproved(NOW, true))).containsEntry("extension_days", null)
                .containsEntry("extension_reason", null).containsEntry("due_provisional", true);
    }
}
