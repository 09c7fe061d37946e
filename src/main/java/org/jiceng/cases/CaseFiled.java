package org.jiceng.cases;

/**
 * Published in the transaction that filed a case. Consumed by analytics' {@code ThreeRatesProjection} (the three
 * rates) and the webhook queue of {@code cases.internal.CaseNotifier}.
 */
public record CaseFiled(CaseFacts facts) {
}
