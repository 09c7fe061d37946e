package org.jiceng.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.CaseFacts;
import org.jiceng.cases.CaseFiled;
import org.jiceng.cases.CaseLevel;
import org.jiceng.cases.CaseMoved;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.Satisfaction;
import org.jiceng.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;

@AppTest
class TrackRepositoryIT {

    @Autowired
    TrackRepository tracks;

    @Test
    void tracksWrittenInOneStatementReadBackAsTheyWereAndAChangeIsWrittenInOneToo() {
        CaseTrack filed = filed(990_000_001L, null, null);
        CaseTrack anonymous = filed(990_000_002L, 7L, null);
        tracks.insertAll(List.of(filed, anonymous));
        assertThat(tracks.lockAll(List.of(990_000_001L, 990_000_002L)))
                .containsEntry(990_000_001L, filed).containsEntry(990_000_002L, anonymous);

        TreeMap<String, Instant> responses = new TreeMap<>();
        responses.put("U12", Instant.parse("2026-03-02T08:00:00.123456Z"));
        CaseTrack rated = new CaseTrack(filed.facts(), new CaseTrack.Stamp(Instant.parse("2026-03-05T10:00:00Z"), 9),
                CaseState.CLOSED, CaseAction.RATE, new CaseMoved.Rating(false, Satisfaction.BASIC),
                new CaseTrack.Stamp(Instant.parse("2026-03-05T10:00:00Z"), 9), responses);
        tracks.updateAll(List.of(rated));
        assertThat(tracks.lockAll(List.of(990_000_001L))).containsEntry(990_000_001L, rated);
    }

    @Test
    void aTrackAnotherFolderInsertedMeanwhileRollsTheBatchBackInsteadOfCountingTheCaseTwice() {
        CaseTrack first = filed(990_000_011L, 3L, 42L);
        tracks.insertAll(List.of(first));
        assertThatThrownBy(() -> tracks.insertAll(List.of(filed(990_000_012L, null, null), first)))
                .isInstanceOf(ConcurrencyFailureException.class);
    }

    private static CaseTrack filed(long caseId, Long reporterId, Long leadUnitId) {
        return ThreeRatesTally.fold(null, new CaseFiled(new CaseFacts(caseId, "530326-20260301-" + caseId % 1_000_000,
                "530326001001001", "0101", CaseChannel.RESIDENT, CaseLevel.VILLAGE, leadUnitId,
                Instant.parse("2026-03-01T02:03:04.567891Z"), Instant.parse("2026-03-02T02:03:04.567891Z"), reporterId)));
    }
}
