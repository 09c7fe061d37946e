package org.jiceng.visits.internal.monitoring;

import java.time.LocalDate;
import java.util.List;

/** One household's year as stored: plain status and flags, sealed figures and removal reason. */
record MonitoringRow(String county, long householdId, int year, String territoryCode, String address, String head,
                     MonitoringStatus status, List<String> flags, byte[] figuresSealed, String contactKind,
                     Long contactId, String contactName, LocalDate contactSince, int measures, LocalDate removedOn,
                     byte[] removalReasonSealed, String removedBy, int version) {

    boolean hasContact() {
        return contactId != null;
    }
}
