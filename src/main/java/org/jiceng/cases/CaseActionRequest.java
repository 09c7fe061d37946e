package org.jiceng.cases;

import java.util.List;

/**
 * The JSON body of {@code POST /api/v1/cases/{id}/actions/{action}}; each action reads the fields it needs:
 * reject/return {@code reason}; dispatch {@code leadUnitId}, {@code assistUnitIds}; extend
 * {@code workingDays} and {@code reason}; resolve {@code note}, {@code photoIds}; rate {@code solved},
 * {@code satisfaction}; merge {@code intoCaseId}. {@code version}, when given, must be the version read.
 */
public record CaseActionRequest(String note, String reason, Long leadUnitId, List<Long> assistUnitIds,
                                Integer workingDays, Boolean solved, String satisfaction, Long intoCaseId,
                                List<String> photoIds, Integer version) {

    public CaseActionRequest {
        assistUnitIds = assistUnitIds == null ? List.of() : List.copyOf(assistUnitIds);
        photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
    }

    public static CaseActionRequest empty() {
        return new CaseActionRequest(null, null, null, null, null, null, null, null, null, null);
    }

    public static CaseActionRequest note(String note) {
        return new CaseActionRequest(note, null, null, null, null, null, null, null, null, null);
    }
}
