package org.jiceng.party;

import java.time.LocalDate;

/** Published when a resident is registered as a party member, e.g. for the people register's tags. */
public record MemberAdmitted(long memberId, long residentId, String territoryCode, long organisationId,
                             LocalDate joinedOn) {
}
