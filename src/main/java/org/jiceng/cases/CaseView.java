package org.jiceng.cases;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case as its handlers see it; the reporter's name is shown only to those who handle it (and to the
 * reporter). Times are Beijing time with offset. {@code extensionDays} is a pending extension request.
 * {@code publicCase}: other residents may see and follow it, and Open311 publishes it, personal data left out.
 * {@code sourceRef}: the record the case was opened from in another module (e.g. {@code visit:123}), or null.
 */
public record CaseView(long id, String number, CaseState state, String categoryCode, String categoryName,
                       String description, String territoryCode, Double lat, Double lon, String address,
                       String channel, String externalId, String level, Long routedUnitId, Long leadUnitId,
                       List<Long> assistUnitIds, OffsetDateTime receivedAt, OffsetDateTime responseDueAt,
                       OffsetDateTime checkInDueAt, OffsetDateTime resolveDueAt, boolean dueProvisional,
                       OffsetDateTime respondedAt, OffsetDateTime resolvedAt, OffsetDateTime repliedAt,
                       OffsetDateTime closedAt, String closedLevel, Integer extensionDays, String extensionReason,
                       Long mergedInto, int reopenCount, Boolean ratingSolved, String ratingSatisfaction,
                       String reporterName, int version, boolean publicCase, String sourceRef) {

    /** A case opened from no other record. */
    public CaseView(long id, String number, CaseState state, String categoryCode, String categoryName,
                    String description, String territoryCode, Double lat, Double lon, String address,
                    String channel, String externalId, String level, Long routedUnitId, Long leadUnitId,
                    List<Long> assistUnitIds, OffsetDateTime receivedAt, OffsetDateTime responseDueAt,
                    OffsetDateTime checkInDueAt, OffsetDateTime resolveDueAt, boolean dueProvisional,
                    OffsetDateTime respondedAt, OffsetDateTime resolvedAt, OffsetDateTime repliedAt,
                    OffsetDateTime closedAt, String closedLevel, Integer extensionDays, String extensionReason,
                    Long mergedInto, int reopenCount, Boolean ratingSolved, String ratingSatisfaction,
                    String reporterName, int version, boolean publicCase) {
        this(id, number, state, categoryCode, categoryName, description, territoryCode, lat, lon, address, channel,
                externalId, level, routedUnitId, leadUnitId, assistUnitIds, receivedAt, responseDueAt, checkInDueAt,
                resolveDueAt, dueProvisional, respondedAt, resolvedAt, repliedAt, closedAt, closedLevel, extensionDays,
                extensionReason, mergedInto, reopenCount, ratingSolved, ratingSatisfaction, reporterName, version,
                publicCase, null);
    }

    /** The same case without the reporter's name: what followers and the public see. */
    public CaseView withoutReporter() {
        return withReporterName(null);
    }

    /** The same case with the reporter's name as this viewer may see it (in full, masked, or null). */
    public CaseView withReporterName(String shown) {
        return new CaseView(id, number, state, categoryCode, categoryName, description, territoryCode, lat, lon, address,
                channel, externalId, level, routedUnitId, leadUnitId, assistUnitIds, receivedAt, responseDueAt, checkInDueAt,
                resolveDueAt, dueProvisional, respondedAt, resolvedAt, repliedAt, closedAt, closedLevel, extensionDays,
                extensionReason, mergedInto, reopenCount, ratingSolved, ratingSatisfaction, shown, version, publicCase,
                sourceRef);
    }

    /** The visit the case was opened from, when it was opened from one. */
    public Long sourceVisitId() {
        return sourceRef != null && sourceRef.startsWith("visit:") ? Long.valueOf(sourceRef.substring(6)) : null;
    }

    public String stateLabel() {
        return state.label();
    }

    /** Past its resolve deadline at {@code now} and not yet resolved. */
    public boolean overdueAt(java.time.Instant now) {
        return resolvedAt == null && state.isOpen() && resolveDueAt.toInstant().isBefore(now);
    }
}
