package org.jiceng.people.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.jiceng.people.IdNumber;
import org.jiceng.people.ResidentView;

/**
 * A resident as the register's pages, API, search and export show them to any reader: masked numbers, and
 * the age in whole years instead of the birth date.
 * <p>
 * Why the age and not the birth year: beside a masked number that keeps no digit of the birth date or the
 * sequence code, an age leaves a whole year of possible birth dates for everyone, while a birth year leaves
 * only the days gone by this year for a child born this year (in early January, a few dozen numbers).
 * With the gender (half of the 1,000 sequence codes) and the check character (one in eleven), about
 * 365 × 500 / 11 ≈ 16,000 valid numbers fit what is shown, even for a reader who knows the full region code.
 * The full birth date is in the full number, which only a logged reveal gives.
 */
public record ShownResident(long id, Long householdId, String territoryCode, String name, String relation,
                            IdNumber.Gender gender, int age, String idNumber, String phone, List<String> tags,
                            int version) {

    /** The age shown for everyone this old or older (百岁及以上). */
    public static final int OLDEST = 100;

    public static ShownResident of(ResidentView r, LocalDate today) {
        return new ShownResident(r.id(), r.householdId(), r.territoryCode(), r.name(), r.relation(), r.gender(),
                ageOn(r.birthDate(), today), r.idNumber(), r.phone(), r.tags(), r.version());
    }

    /** Ages from {@value #OLDEST} up are shown as {@value #OLDEST}: near 1900, the earliest birth date a number may hold, an exact age would leave too few dates. */
    static int ageOn(LocalDate birthDate, LocalDate today) {
        int age = birthDate == null || birthDate.isAfter(today) ? 0 : Period.between(birthDate, today).getYears();
        return Math.min(age, OLDEST);
    }
}
