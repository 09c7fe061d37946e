package org.jiceng.party;

import java.time.LocalDate;

/**
 * A party member. {@code status} is the status today: a probationary member counts as full once the
 * probation year after {@code joinedOn} is over ({@code fullOn}).
 */
public record MemberView(long id, long residentId, String name, String territoryCode, long organisationId,
                         String organisationName, LocalDate joinedOn, MemberStatus status, LocalDate fullOn,
                         boolean centralHousehold, boolean inService, String employer, int version) {
}
