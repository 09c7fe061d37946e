package org.jiceng.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import org.jiceng.people.IdNumber;
import org.jiceng.people.Phone;
import org.jiceng.people.ResidentView;

/**
 * What any reader of the register is shown of a resident — the masked ID number, the gender and the age in
 * {@link ShownResident} — leaves at least {@value #ENOUGH} valid GB 11643 numbers possible, counted by trying
 * every birth date and sequence code, for a reader who also knows the full six-digit region code and the day.
 */
class MaskedNumberProperties {

    static final int ENOUGH = 1_000;
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final List<String> REGIONS = List.of("530326", "530102", "110101", "440305", "650102", "810000");

    record Shown(String region, String idNumber, LocalDate today) {
    }

    @Property(tries = 300)
    void aShownResidentLeavesAtLeastAThousandIdNumbersPossible(@ForAll("shown") Shown sample) {
        IdNumber id = IdNumber.parse(sample.idNumber(), sample.today());
        ShownResident shown = ShownResident.of(new ResidentView(1, 1L, "530326001001001", "张三", "户主", id.gender(),
                id.birthDate(), id.masked(), null, List.of(), 0), sample.today());

        assertThat(candidates(sample.region(), shown, sample.today())).isGreaterThanOrEqualTo(ENOUGH);
    }

    @Property(tries = 300)
    void aMaskedPhoneNumberHidesAtLeastFourDigits(@ForAll("phones") String number) {
        String masked = Phone.parse(number).masked();
        long hidden = masked.chars().filter(c -> c == '*').count();
        assertThat(Math.pow(10, hidden)).isGreaterThanOrEqualTo(10_000);
        assertThat(masked).hasSameSizeAs(Phone.parse(number).value());
    }

    /** Valid numbers agreeing with everything shown, counted up to {@value #ENOUGH} (enough to decide). */
    static int candidates(String region, ShownResident shown, LocalDate today) {
        LocalDate from = shown.age() >= ShownResident.OLDEST ? EARLIEST : today.minusYears(shown.age() + 1L).minusDays(2);
        LocalDate to = today.minusYears(shown.age()).plusDays(2);
        int count = 0;
        for (LocalDate birth = from.isBefore(EARLIEST) ? EARLIEST : from; !birth.isAfter(to) && !birth.isAfter(today);
             birth = birth.plusDays(1)) {
            if (ShownResident.ageOn(birth, today) != shown.age()) {
                continue;
            }
            String prefix = region + birth.toString().replace("-", "");
            for (int sequence = 0; sequence < 1000; sequence++) {
                boolean male = sequence % 2 == 1;
                if (male != (shown.gender() == IdNumber.Gender.MALE)) {
                    continue;
                }
                String first17 = prefix + String.format("%03d", sequence);
                String candidate = first17 + IdNumber.checkCharacter(first17);
                if (new IdNumber(candidate).masked().equals(shown.idNumber()) && ++count >= ENOUGH) {
                    return count;
                }
            }
        }
        return count;
    }

    @Provide
    Arbitrary<Shown> shown() {
        Arbitrary<LocalDate> todays = Arbitraries.longs().between(0, ChronoUnit.DAYS.between(
                LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31))).map(LocalDate.of(2020, 1, 1)::plusDays);
        return Combinators.combine(Arbitraries.of(REGIONS), todays,
                        Arbitraries.longs().between(0, 50_000).withDistribution(RandomDistribution.biased()),
                        Arbitraries.integers().between(0, 999))
                .as((region, today, daysOld, sequence) -> {
                    LocalDate birth = today.minusDays(Math.min(daysOld, ChronoUnit.DAYS.between(EARLIEST, today)));
                    String first17 = region + birth.toString().replace("-", "") + String.format("%03d", sequence);
                    return new Shown(region, first17 + IdNumber.checkCharacter(first17), today);
                });
    }

    @Provide
    Arbitrary<String> phones() {
        Arbitrary<String> mobiles = Arbitraries.strings().numeric().ofLength(9)
                .flatMap(rest -> Arbitraries.of("13", "15", "18", "19").map(head -> head + rest));
        Arbitrary<String> landlines = Combinators.combine(Arbitraries.of("010", "021", "0871", "0874"),
                        Arbitraries.integers().between(6, 8),
                        Arbitraries.strings().numeric().ofLength(8))
                .as((area, local, digits) -> area + digits.substring(0, local))
                .filter(n -> n.length() >= 10 && n.length() <= 12);
        return Arbitraries.oneOf(mobiles, landlines);
    }
}
