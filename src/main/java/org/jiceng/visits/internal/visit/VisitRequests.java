package org.jiceng.visits.internal.visit;

import java.util.List;
import org.jiceng.MaxChars;

/** The bodies the visit API reads. */
public final class VisitRequests {

    private VisitRequests() {
    }

    /**
     * A visit as a phone sends it, online or from its offline queue. {@code clientId} (a UUID, or the
     * {@code Idempotency-Key} header) makes a resend answer the visit it already made; {@code visitedAt} defaults to
     * now; {@code requests} are residents' requests taken down, one text each; {@code photoIds} name attachments
     * uploaded first through {@code POST /api/v1/attachments}; {@code followUpNote} with {@code followUpDueOn}
     * sets a follow-up.
     */
    public record NewVisit(@MaxChars(36) String clientId, Long householdId, @MaxChars(20) String kind,
                           @MaxChars(40) String visitedAt, Double lat, Double lon, @MaxChars(2000) String found,
                           List<String> requests, List<String> photoIds, Long roundId,
                           @MaxChars(500) String followUpNote, @MaxChars(10) String followUpDueOn) {

        public NewVisit {
            requests = requests == null ? List.of() : List.copyOf(requests);
            photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
        }

        /** The same visit under a client id given apart from the body (the {@code Idempotency-Key} header). */
        public NewVisit withClientId(String given) {
            return new NewVisit(given, householdId, kind, visitedAt, lat, lon, found, requests, photoIds, roundId,
                    followUpNote, followUpDueOn);
        }
    }

    /** A week's 走院子 round: a village (12 digits) or grid (15), optionally a courtyard of it, its Monday. */
    public record NewRound(@MaxChars(15) String territoryCode, @MaxChars(60) String courtyard,
                           @MaxChars(10) String week, List<Long> householdIds) {

        public NewRound {
            householdIds = householdIds == null ? List.of() : List.copyOf(householdIds);
        }
    }

    /**
     * A case opened from a visit: the category the person chose; the description defaults to the finding (or to
     * the request named by {@code requestId}, which then counts as turned into a case).
     */
    public record CaseFromVisit(@MaxChars(50) String categoryCode, @MaxChars(2000) String description, Long requestId) {
    }

    /** A dispute registered from a visit: the two sides by name; title and summary default to the finding. */
    public record DisputeFromVisit(@MaxChars(60) String title, @MaxChars(2000) String summary, @MaxChars(20) String type,
                                   @MaxChars(20) String risk, @MaxChars(60) String applicant,
                                   @MaxChars(60) String respondent) {
    }

    /** A change asked of the household's care plan: what it needs, what should be done, at least one of them. */
    public record CarePlanNote(@MaxChars(1000) String needs, @MaxChars(1000) String measures) {
    }

    /** A follow-up added to a visit. */
    public record NewFollowUp(@MaxChars(500) String note, @MaxChars(10) String dueOn) {
    }
}
