package org.jiceng.party.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.party.MemberStatus;
import org.junit.jupiter.api.Test;

class ProbationTests {

    @Test
    void aProbationaryMemberIsFullOnTheFirstAnniversary() {
        LocalDate joined = LocalDate.of(2025, 7, 1);
        assertThat(Probation.statusOn(joined, LocalDate.of(2026, 6, 30))).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(Probation.statusOn(joined, LocalDate.of(2026, 7, 1))).isEqualTo(MemberStatus.FULL);
        assertThat(Probation.fullOn(joined)).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void aProbationFrom29FebruaryEndsOn28February() {
        LocalDate joined = LocalDate.of(2024, 2, 29);
        assertThat(Probation.fullOn(joined)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(Probation.statusOn(joined, LocalDate.of(2025, 2, 27))).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(Probation.statusOn(joined, LocalDate.of(2025, 2, 28))).isEqualTo(MemberStatus.FULL);
    }

    @Test
    void aRecordedFullMemberStaysFull() {
        LocalDate joined = LocalDate.of(2020, 7, 1);
        assertThat(Probation.effective(MemberStatus.FULL, joined, joined)).isEqualTo(MemberStatus.FULL);
        assertThat(Probation.effective(MemberStatus.PROBATIONARY, joined, joined)).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(Probation.effective(MemberStatus.PROBATIONARY, joined, LocalDate.of(2021, 7, 1)))
                .isEqualTo(MemberStatus.FULL);
    }

    @Property(tries = 1000)
    void probationLastsOneYearToTheDay(@ForAll("joinDates") LocalDate joined,
                                       @ForAll @IntRange(min = 0, max = 800) int daysLater) {
        LocalDate today = joined.plusDays(daysLater);
        MemberStatus status = Probation.statusOn(joined, today);
        assertThat(status == MemberStatus.FULL).isEqualTo(!today.isBefore(joined.plusYears(1)));
        // the probation is at least 365 days and at most 366 days
        long days = Probation.fullOn(joined).toEpochDay() - joined.toEpochDay();
        assertThat(days).isBetween(365L, 366L);
    }

    @Property(tries = 500)
    void onceFullAlwaysFull(@ForAll("joinDates") LocalDate joined, @ForAll @IntRange(min = 0, max = 800) int a,
                            @ForAll @IntRange(min = 0, max = 800) int b) {
        LocalDate earlier = joined.plusDays(Math.min(a, b));
        LocalDate later = joined.plusDays(Math.max(a, b));
        if (Probation.statusOn(joined, earlier) == MemberStatus.FULL) {
            assertThat(Probation.statusOn(joined, later)).isEqualTo(MemberStatus.FULL);
        }
    }

    @Provide
    Arbitrary<LocalDate> joinDates() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(LocalDate.of(1921, 7, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
                        .map(LocalDate::ofEpochDay),
                Arbitraries.of(1948, 2000, 2024, 2028).map(y -> LocalDate.of(y, 2, 29)));
    }
}
