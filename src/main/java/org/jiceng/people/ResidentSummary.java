package org.jiceng.people;

import java.time.LocalDate;

/** The few facts other modules' demo data and projections need about every resident of an area. */
public record ResidentSummary(long id, Long householdId, String territoryCode, String name, IdNumber.Gender gender,
                              LocalDate birthDate) {
}
