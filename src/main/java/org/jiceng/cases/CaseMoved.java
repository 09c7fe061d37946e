package org.jiceng.cases;

/** Published in the transaction of every transition: the reporter is told of public ones (事事有回音). */
public record CaseMoved(long caseId, String number, String territoryCode, CaseAction action, CaseState from,
                        CaseState to) {
}
