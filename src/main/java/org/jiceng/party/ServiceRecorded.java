package org.jiceng.party;

import java.time.LocalDate;

/**
 * Published in the transaction that records a 双报到 unit's or member's service in a community. {@code memberId}
 * is null for a unit's service. Kept for the coming volunteer module, which turns a member's service into
 * volunteer hours and points (志愿积分); nothing consumes it yet.
 */
public record ServiceRecorded(long recordId, String communityCode, Long memberId, LocalDate servedOn, int minutes) {
}
