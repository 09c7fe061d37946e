package org.jiceng.people;

import java.time.LocalDate;
import java.util.List;

/** A resident as other modules and the API see them: ID and phone numbers masked. */
public record ResidentView(long id, Long householdId, String territoryCode, String name, String relation,
                           IdNumber.Gender gender, LocalDate birthDate, String idNumber, String phone,
                           List<String> tags, int version) {
}
