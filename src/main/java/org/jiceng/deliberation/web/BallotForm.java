package org.jiceng.deliberation.web;

/**
 * An owners' ballot to open (发起业主表决): the estate, the matter and when voting closes (Beijing time, as the
 * browser's date-time field sends it), kept as typed when refused.
 */
record BallotForm(Long estateId, String title, String matter, Boolean secret, Boolean allowChange, String closesAt) {
}
