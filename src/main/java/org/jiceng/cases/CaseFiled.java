package org.jiceng.cases;

/** Published in the transaction that filed a case; other modules (analytics, notifications) react to it. */
public record CaseFiled(long caseId, String number, String territoryCode, String categoryCode) {
}
