package org.jiceng.people;

/** A household (户) of the register; {@code head} is the name of its 户主, if recorded. */
public record HouseholdView(long id, String territoryCode, String address, Long buildingId, String buildingName,
                            String head, int members, Long chiefId, int version) {
}
