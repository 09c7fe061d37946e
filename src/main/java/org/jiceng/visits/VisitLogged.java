package org.jiceng.visits;

import java.time.Instant;

/**
 * A visit was logged (published in the transaction that wrote it): care plans move their next due date on,
 * coverage counts the household as visited. {@code visitorId} is the visitor's account.
 */
public record VisitLogged(long visitId, long householdId, String territoryCode, String kind, long visitorId,
                          Instant visitedAt) {
}
