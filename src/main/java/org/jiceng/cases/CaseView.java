package org.jiceng.cases;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case as its handlers see it; the reporter's name is shown only to those who handle it (and to the
 * reporter). Times are Beijing time with offset. {@code extensionDays} is a pending extension request.
 * {@code publicCase}: other residents may see and follow it, and Open311 publishes it, personal data left out.
 */
public record CaseView(long id, String number, CaseState state, String categoryCode, String categoryName,
                       String description, String territoryCode, Double lat, Double lon, String address,
                       String channel, String externalId, String level, Long routedUnitId, Long leadUnitId,
                       List<Long> assistUnitIds, OffsetDateTime receivedAt, OffsetDateTime responseDueAt,
                       OffsetDateTime checkInDueAt, OffsetDateTime resolveDueAt, boolean dueProvisional,
                       OffsetDateTime respondedAt, OffsetDateTime resolvedAt, OffsetDateTime repliedAt,
                       OffsetDateTime closedAt, String closedLevel, Integer extensionDays, String extensionReason,
                       Long mergedInto, int reopenCount, Boolean ratingSolved, String ratingSatisfaction,
                       String reporterName, int version, boolean publicCase) {

    /** The same case without the reporter's name: what followers and the public see. */
    public CaseView withoutReporter() {
        return withReporterName(null);
    }

    /** The same case with the reporter's name as this viewer may see it (in full, masked, or null). */
    public CaseView withReporterName(String shown) {
        return new CaseView(id, number, state, categoryCode, categoryName, description, territoryCode, lat, lon, address,
                channel, externalId, level, routedUnitId, leadUnitId, assistUnitIds, receivedAt, responseDueAt, checkInDueAt,
                resolveDueAt, dueProvisional, respondedAt, resolvedAt, repliedAt, closedAt, closedLevel, extensionDays,
                extensionReason, mergedInto, reopenCount, ratingSolved, ratingSatisfaction, shown, version, publicCase);
    }

    public String stateLabel() {
        return state.label();
    }

    /** Past its resolve deadline at {@code now} and not yet resolved. */
    public boolean overdueAt(java.time.Instant now) {
        return resolvedAt == null && state.isOpen() && resolveDueAt.toInstant().isBefore(now);
    }
}
