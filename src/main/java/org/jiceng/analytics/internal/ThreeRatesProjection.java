package org.jiceng.analytics.internal;

import java.util.Optional;
import java.util.function.Function;
import org.jiceng.cases.CaseFiled;
import org.jiceng.cases.CaseMoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the counters of the three rates as cases move: each event of the case loop (delivered after its
 * commit, again after a crash until it is marked complete) updates the case's {@link CaseTrack} under a row
 * lock and adds the difference it makes to the counters, in one transaction. A redelivered event makes no
 * difference; a late one only what it adds (see {@link ThreeRatesTally}).
 */
@Component
class ThreeRatesProjection {

    private final TrackRepository tracks;
    private final CounterRepository counters;

    ThreeRatesProjection(TrackRepository tracks, CounterRepository counters) {
        this.tracks = tracks;
        this.counters = counters;
    }

    @ApplicationModuleListener
    void on(CaseFiled filed) {
        apply(filed.facts().caseId(), before -> ThreeRatesTally.fold(before, filed));
    }

    @ApplicationModuleListener
    void on(CaseMoved moved) {
        apply(moved.facts().caseId(), before -> ThreeRatesTally.fold(before, moved));
    }

    private void apply(long caseId, Function<CaseTrack, CaseTrack> fold) {
        Optional<CaseTrack> stored = tracks.lock(caseId);
        if (stored.isEmpty()) {
            CaseTrack first = fold.apply(null);
            if (tracks.insert(first)) {
                ThreeRatesTally.delta(null, first).forEach(counters::add);
                return;
            }
            stored = tracks.lock(caseId);   // another event of the case inserted it meanwhile
        }
        CaseTrack before = stored.orElseThrow();
        CaseTrack after = fold.apply(before);
        if (!after.equals(before)) {
            tracks.update(after);
            ThreeRatesTally.delta(before, after).forEach(counters::add);
        }
    }
}
