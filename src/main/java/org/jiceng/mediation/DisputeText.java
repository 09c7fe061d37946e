package org.jiceng.mediation;

import java.time.Instant;
import java.util.List;

/**
 * A dispute's text for the search index, read by the system: its number, title, summary, type and state; the
 * names its parties are known by (so the index can take them out of what it shows) and the accounts of those who
 * are a party (who may read it as a party).
 */
public record DisputeText(long id, String territoryCode, String number, String title, String summary, String typeLabel,
                          String stateLabel, Instant registeredAt, List<String> partyNames, List<Long> partyUserIds) {
}
