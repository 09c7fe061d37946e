package org.jiceng.visits.web;

import java.util.Arrays;
import java.util.List;
import org.jiceng.visits.internal.visit.VisitRequests;

/** The bound forms of the visit pages; each keeps what was typed when the page comes back with an error. */
final class VisitForms {

    private VisitForms() {
    }

    /**
     * The phone-first visit form. {@code clientId} is made when the form is drawn, so a form sent twice (a double
     * tap, a resend after a dropped answer) makes one visit. {@code requests}: one request a line; {@code photoIds}:
     * the ids of photos uploaded from the page, comma-separated.
     */
    record LogForm(String clientId, Long householdId, String kind, String visitedAt, Double lat, Double lon, String found,
                   String requests, String photoIds, Long roundId, String followUpNote, String followUpDueOn)
            implements java.io.Serializable {

        VisitRequests.NewVisit request() {
            return new VisitRequests.NewVisit(clientId, householdId, kind, blank(visitedAt), lat, lon, found,
                    requests == null ? List.of() : Arrays.stream(requests.split("\\R")).filter(l -> !l.isBlank()).toList(),
                    photoIds == null ? List.of() : Arrays.stream(photoIds.split(",")).filter(p -> !p.isBlank()).toList(),
                    roundId, followUpNote, blank(followUpDueOn));
        }
    }

    record CaseForm(String categoryCode, String description, Long requestId) implements java.io.Serializable {
    }

    record DisputeForm(String type, String risk, String title, String applicant, String respondent) implements java.io.Serializable {
    }

    record CarePlanForm(String needs, String measures) implements java.io.Serializable {
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
