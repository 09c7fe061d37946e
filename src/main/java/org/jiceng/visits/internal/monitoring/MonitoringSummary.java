package org.jiceng.visits.internal.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * A household's year as lists and answers to writes show it: where, status and why it was flagged, who helps it,
 * never an amount, an illness or a measure's text.
 */
public record MonitoringSummary(long householdId, int year, String territoryCode, String address, String head,
                                MonitoringStatus status, String statusLabel, List<Flag> flags, String contactName,
                                int measures, LocalDate removedOn, int version) {

    public record Flag(String code, String label) {
    }

    static MonitoringSummary of(MonitoringRow row) {
        List<Flag> flags = row.flags().stream()
                .map(f -> new Flag(f, MonitoringRule.Flag.valueOf(f).label())).toList();
        return new MonitoringSummary(row.householdId(), row.year(), row.territoryCode(), row.address(), row.head(),
                row.status(), row.status().label(), flags, row.contactName(), row.measures(), row.removedOn(),
                row.version());
    }
}
