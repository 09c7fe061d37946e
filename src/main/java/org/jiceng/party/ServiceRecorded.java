package org.jiceng.party;

import java.time.LocalDate;

/**
 * Published in the transaction that records a 双报到 unit's or member's service in a community: staff recording it
 * directly, or the community confirming hours reported on a co-building project ({@code recordId} is then the
 * service record the confirmation wrote). {@code memberId} is null for a unit's service. Kept for the coming
 * volunteer module, which turns a member's service into volunteer hours and points (志愿积分).
 */
public record ServiceRecorded(long recordId, String communityCode, Long memberId, LocalDate servedOn, int minutes) {
}
