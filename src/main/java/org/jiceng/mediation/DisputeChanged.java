package org.jiceng.mediation;

/**
 * Published in the transaction that registers a dispute or takes a step on it (a party added, a session, an
 * agreement, a referral …), so that a reader of disputes' text (the search index) knows to read it again.
 */
public record DisputeChanged(long id) {
}
