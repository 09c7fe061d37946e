package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.jiceng.party.internal.branchlife.DuesArithmetic;
import org.jiceng.party.internal.branchlife.DuesArithmetic.Month;
import org.jiceng.party.internal.branchlife.DuesArithmetic.Totals;
import org.jiceng.party.internal.branchlife.DuesCategory;
import org.jiceng.party.internal.branchlife.DuesRule;
import org.jiceng.party.internal.branchlife.MeetingKind;
import org.jiceng.party.internal.branchlife.MeetingPlan;
import org.junit.jupiter.api.Test;

/** 党费 by the rules' rates, exact sums of months, and the plan of 三会一课 by calendar periods. */
class BranchLifeRulesTests {

    @Test
    void anEmployedMembersRateStepsUpAfterEachBandsUpperBoundWhichItselfStaysInTheBand() {
        assertThat(DuesRule.permille(DuesCategory.EMPLOYED, 300_000)).isEqualTo(5);
        assertThat(DuesRule.permille(DuesCategory.EMPLOYED, 300_001)).isEqualTo(10);
        assertThat(DuesRule.permille(DuesCategory.EMPLOYED, 500_000)).isEqualTo(10);
        assertThat(DuesRule.permille(DuesCategory.EMPLOYED, 500_001)).isEqualTo(15);
        assertThat(DuesRule.permille(DuesCategory.EMPLOYED, 1_000_000)).isEqualTo(15);
        assertThat(DuesRule.permille(DuesCategory.EMPLOYED, 1_000_001)).isEqualTo(20);
        assertThat(DuesRule.due(DuesCategory.EMPLOYED, 300_000)).isEqualTo(1_500);      // 3000 元 → 15.00 元
        assertThat(DuesRule.due(DuesCategory.EMPLOYED, 456_789)).isEqualTo(4_568);      // 4567.89 × 1% = 45.6789
        assertThat(DuesRule.due(DuesCategory.EMPLOYED, 1_200_000)).isEqualTo(24_000);
    }

    @Test
    void aRetiredMemberPaysHalfAPercentUpToFiveThousandAndOnePercentAbove() {
        assertThat(DuesRule.due(DuesCategory.RETIRED, 500_000)).isEqualTo(2_500);
        assertThat(DuesRule.due(DuesCategory.RETIRED, 500_100)).isEqualTo(5_001);
        assertThat(DuesRule.due(DuesCategory.RETIRED, 100)).isEqualTo(1);             // 0.5 fen rounds half up
        assertThat(DuesRule.due(DuesCategory.RETIRED, 99)).isEqualTo(0);
    }

    @Property
    void theDueIsTheBaseTimesItsRateRoundedToTheNearestFen(@ForAll @LongRange(min = 0, max = 100_000_000_00L) long base,
                                                            @ForAll boolean retired) {
        DuesCategory category = retired ? DuesCategory.RETIRED : DuesCategory.EMPLOYED;
        long due = DuesRule.due(category, base);
        long exactThousandths = base * DuesRule.permille(category, base);
        assertThat(Math.abs(due * 1000 - exactThousandths)).isLessThanOrEqualTo(500);
    }

    @Provide
    Arbitrary<List<Month>> year() {
        Arbitrary<Month> month = Combinators.combine(Arbitraries.longs().between(0, 10_000_000),
                Arbitraries.longs().between(0, 10_000_000)).as(Month::new);
        return month.list().ofSize(12);
    }

    @Property
    void theMonthsOfAYearSumToTheYearAndItsQuartersToo(@ForAll("year") List<Month> months) {
        Totals year = DuesArithmetic.total(months);
        Totals byQuarters = Totals.NONE;
        for (int q = 0; q < 4; q++) {
            byQuarters = byQuarters.plus(DuesArithmetic.total(months.subList(q * 3, q * 3 + 3)));
        }
        assertThat(byQuarters).isEqualTo(year);
        assertThat(year.dueFen()).isEqualTo(months.stream().mapToLong(Month::dueFen).sum());
        assertThat(year.paidFen()).isEqualTo(months.stream().mapToLong(Month::paidFen).sum());
    }

    @Property
    void arrearsAreNeverNegativeAndNeverMoreThanWhatWasDue(@ForAll("year") List<Month> months) {
        Totals year = DuesArithmetic.total(months);
        assertThat(year.arrearsFen()).isBetween(0L, year.dueFen());
        assertThat(year.arrearsFen()).isGreaterThanOrEqualTo(year.dueFen() - year.paidFen());
        assertThat(year.unpaidMonths()).isEqualTo((int) months.stream().filter(m -> m.paidFen() < m.dueFen()).count());
        months.forEach(m -> assertThat(m.arrearsFen()).isNotNegative());
    }

    @Test
    void aMonthPaidBeyondItsDueDoesNotPayAnotherMonthsArrears() {
        Totals two = DuesArithmetic.total(List.of(new Month(1_000, 5_000), new Month(1_000, 0)));
        assertThat(two.arrearsFen()).isEqualTo(1_000);
        assertThat(two.unpaidMonths()).isEqualTo(1);
    }

    @Test
    void aShareIsShownWithOneDecimalRoundedHalfUp() {
        assertThat(DuesArithmetic.percent(7, 8)).isEqualTo("87.5%");
        assertThat(DuesArithmetic.percent(2, 3)).isEqualTo("66.7%");
        assertThat(DuesArithmetic.percent(1, 3)).isEqualTo("33.3%");
        assertThat(DuesArithmetic.percent(0, 0)).isEqualTo("—");
    }

    @Test
    void aMonthlyCommitteeIsOverdueOnceAWholeMonthPassedWithoutOne() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        LocalDate founded = LocalDate.of(2010, 1, 1);
        assertThat(MeetingPlan.overdue(MeetingKind.COMMITTEE, LocalDate.of(2026, 11, 30), founded, today)).isFalse();
        assertThat(MeetingPlan.overdue(MeetingKind.COMMITTEE, LocalDate.of(2026, 11, 1), founded, today)).isFalse();
        assertThat(MeetingPlan.overdue(MeetingKind.COMMITTEE, LocalDate.of(2026, 10, 31), founded, today)).isTrue();
        assertThat(MeetingPlan.overdue(MeetingKind.COMMITTEE, null, founded, today)).isTrue();
        // a branch founded this month has missed nothing yet
        assertThat(MeetingPlan.overdue(MeetingKind.COMMITTEE, null, LocalDate.of(2026, 12, 1), today)).isFalse();
        // a quarterly lecture is overdue only when the last quarter passed without one
        assertThat(MeetingPlan.overdue(MeetingKind.PARTY_LECTURE, LocalDate.of(2026, 7, 1), founded, today)).isFalse();
        assertThat(MeetingPlan.overdue(MeetingKind.PARTY_LECTURE, LocalDate.of(2026, 6, 30), founded, today)).isTrue();
    }

    @Test
    void aYearCountsThePeriodsBegunAndMissesOnlyThoseOver() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        List<LocalDate> held = new ArrayList<>();
        for (int month = 1; month <= 10; month++) {
            held.add(LocalDate.of(2026, month, 5));
        }
        held.add(LocalDate.of(2026, 10, 20)); // twice in October: one period
        MeetingPlan.Year committee = MeetingPlan.year(MeetingKind.COMMITTEE, 2026, LocalDate.of(2000, 1, 1), today, held);
        assertThat(committee).isEqualTo(new MeetingPlan.Year(12, 10, 1, 11));
        MeetingPlan.Year lecture = MeetingPlan.year(MeetingKind.PARTY_LECTURE, 2026, LocalDate.of(2026, 5, 1), today,
                List.of(LocalDate.of(2026, 8, 1)));
        // founded in May: the second quarter is expected (it ended after), the first is not
        assertThat(lecture).isEqualTo(new MeetingPlan.Year(3, 1, 1, 1));
    }

    @Property
    void coveredAndMissedNeverExceedWhatWasExpected(@ForAll @IntRange(min = 1, max = 365) int dayOfYear,
                                                    @ForAll("heldDays") List<Integer> days) {
        LocalDate today = LocalDate.ofYearDay(2026, dayOfYear);
        List<LocalDate> held = days.stream().map(d -> LocalDate.ofYearDay(2026, d)).filter(d -> !d.isAfter(today)).toList();
        for (MeetingKind kind : MeetingKind.values()) {
            MeetingPlan.Year year = MeetingPlan.year(kind, 2026, null, today, held);
            assertThat(year.covered() + year.missed()).isLessThanOrEqualTo(year.expected());
            assertThat(year.expected() - year.covered() - year.missed()).isBetween(0, 1);
        }
    }

    @Provide
    Arbitrary<List<Integer>> heldDays() {
        return Arbitraries.integers().between(1, 365).list().ofMaxSize(30);
    }
}
