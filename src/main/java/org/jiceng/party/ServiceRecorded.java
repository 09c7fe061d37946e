package org.jiceng.party;

import java.time.LocalDate;

/**
 * Published when a 双报到 unit or member records service in a community; volunteer hours may follow from
 * it. {@code memberId} is null for a unit's service.
 */
public record ServiceRecorded(long recordId, String communityCode, Long memberId, LocalDate servedOn, int minutes) {
}
