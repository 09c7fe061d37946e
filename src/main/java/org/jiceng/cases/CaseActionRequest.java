package org.jiceng.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JSON body of {@code POST /api/v1/cases/{id}/actions/{action}}; each action reads the fields it needs:
 * reject/return {@code reason}; dispatch {@code leadUnitId}, {@code assistUnitIds}; extend
 * {@code workingDays} and {@code reason}; resolve {@code note}, {@code photoIds}; rate {@code solved},
 * {@code satisfaction}; merge {@code intoCaseId}. {@code version}, when given, must be the version read.
 * Code that builds one starts from {@link #empty()} or a named factory and adds with the {@code with…} methods.
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
        return empty().withNote(note);
    }

    /** A result or an answer with the photos that show it (办结 with its photo). */
    public static CaseActionRequest note(String note, List<String> photoIds) {
        return empty().withNote(note).withPhotoIds(photoIds);
    }

    public CaseActionRequest withNote(String value) {
        return new CaseActionRequest(value, reason, leadUnitId, assistUnitIds, workingDays, solved, satisfaction,
                intoCaseId, photoIds, version);
    }

    public CaseActionRequest withPhotoIds(List<String> value) {
        return new CaseActionRequest(note, reason, leadUnitId, assistUnitIds, workingDays, solved, satisfaction,
                intoCaseId, value, version);
    }

    /** The same request with one more photo attached. */
    public CaseActionRequest withPhoto(String photoId) {
        List<String> photos = new ArrayList<>(photoIds);
        photos.add(photoId);
        return withPhotoIds(photos);
    }

    public CaseActionRequest withIntoCaseId(Long value) {
        return new CaseActionRequest(note, reason, leadUnitId, assistUnitIds, workingDays, solved, satisfaction,
                value, photoIds, version);
    }

    /** The satisfaction sent, when it names one of {@link Satisfaction}'s values. */
    public Optional<Satisfaction> satisfactionGiven() {
        if (satisfaction == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Satisfaction.valueOf(satisfaction));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
