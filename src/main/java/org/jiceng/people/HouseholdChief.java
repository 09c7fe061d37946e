package org.jiceng.people;

/** A household and the 户长 (十户一长) the register names as looking after it: a resident of the same county. */
public record HouseholdChief(long householdId, String territoryCode, long chiefResidentId) {
}
