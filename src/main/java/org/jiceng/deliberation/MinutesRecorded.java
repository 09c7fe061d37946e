package org.jiceng.deliberation;

/** A meeting's minutes were recorded or corrected; published in the transaction that stored them. */
public record MinutesRecorded(long meetingId, String territoryCode) {
}
