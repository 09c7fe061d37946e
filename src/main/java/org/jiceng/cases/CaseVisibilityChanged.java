package org.jiceng.cases;

/**
 * Published in the transaction that made a case public or private. Consumed by the search module's index, whose
 * residents' hits turn on it.
 */
public record CaseVisibilityChanged(long caseId, String territoryCode, boolean publicCase) {
}
