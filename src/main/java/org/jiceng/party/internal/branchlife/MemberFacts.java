package org.jiceng.party.internal.branchlife;

/** A member as branch life needs them: name, where their household is, their organisation. */
public record MemberFacts(long id, long residentId, String name, String territoryCode, long organisationId) {
}
