package org.jiceng.party;

/**
 * What an organisation and those below it did in a calendar year, as a star rating measures it: members now
 * enrolled, meetings held (三会一课 and the others) and 双报到 service records of its members.
 */
public record OrganisationYearFacts(long organisationId, int year, long members, long meetingsHeld,
                                    long serviceRecords) {
}
