package org.jiceng.cases;

/** Published in the transaction that filed a case. */
public record CaseFiled(CaseFacts facts) {
}
