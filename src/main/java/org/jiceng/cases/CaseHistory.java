package org.jiceng.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jiceng.CurrentUser;

/**
 * Cases whose lives happened already, written in bulk: each life is filed and moved step by step in memory through
 * the same rules the live path uses ({@link CaseTransitions}, {@link CaseRules}, the working calendar, the numbering,
 * the 督办 and auto-close sweeps at the end of every day), then its rows are written a batch at a time and the same
 * {@link CaseFiled} and {@link CaseMoved} events are published. For scenarios that replay a past (the demo year);
 * the caller holds the transaction.
 */
public interface CaseHistory {

    /**
     * How a case came in: {@code filer} is the person who filed it (null for another system's order, which then
     * carries {@code externalId}); {@code territoryCode} the grid or village it lies in.
     */
    record Filing(CaseChannel channel, String categoryCode, String description, String territoryCode, Double lat,
                  Double lon, String address, String externalId, CurrentUser filer, String reporterName, Instant at) {
    }

    /** One step: {@code actor} names who takes it on the case as it stands then (empty: nobody can, it is left out). */
    record Step(CaseAction action, Function<CaseView, Optional<CurrentUser>> actor, CaseActionRequest request, Instant at) {
    }

    record Life(Filing filing, List<Step> steps) {
    }

    /** The cases written, in the order of the lives; the steps taken and those the rules refused. */
    record Replayed(List<Long> caseIds, int steps, int refused) {
    }

    /**
     * Files and lives {@code lives}, the day-end sweeps included up to {@code until}; the steps must be in time order
     * within each life and before {@code until}.
     */
    Replayed replay(List<Life> lives, Instant until);
}
