package org.jiceng.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.jiceng.Beijing;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseChannel;
import org.junit.jupiter.api.Test;

class YearPlanTests {

    static final Instant UNTIL = LocalDate.of(2026, 12, 3).atTime(10, 0).atZone(Beijing.ZONE).toInstant();
    static final TreeSet<LocalDate> SPRING_FESTIVAL = new TreeSet<>(LocalDate.of(2026, 2, 15)
            .datesUntil(LocalDate.of(2026, 2, 24)).toList());

    static List<YearPlan.Place> places() {
        List<YearPlan.Place> places = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            String village = "530326001%03d".formatted(1 + i / 10);
            places.add(new YearPlan.Place(village + "%03d".formatted(i), "第" + i + "网格", village, "530326001",
                    25.4 + i / 1000.0, 103.3, 50 + (i % 7) * 40));
        }
        return places;
    }

    static List<YearPlan.Category> categories() {
        return CaseMix.CATEGORY.keySet().stream().map(code -> new YearPlan.Category(code, 24, 24, 5)).toList();
    }

    static List<CaseLife> plan(long seed, int cases) {
        return YearPlan.of(new YearPlan.Inputs(seed, UNTIL, places(), categories(), cases, SPRING_FESTIVAL)).lives();
    }

    static final List<CaseLife> YEAR = plan(2026, 12_000);

    @Test
    void theSameSeedPlansTheSameYearCaseForCase() {
        assertThat(YearPlan.digest(plan(2026, 12_000))).isEqualTo(YearPlan.digest(YEAR));
        assertThat(YearPlan.digest(plan(2027, 12_000))).isNotEqualTo(YearPlan.digest(YEAR));
    }

    @Test
    void aYearHoldsTheCasesAskedForWithinAFewPercentOverTwelveMonths() {
        assertThat(YEAR.size()).isBetween(11_400, 12_600);
        assertThat(YEAR.getFirst().filedAt()).isAfterOrEqualTo(LocalDate.of(2025, 12, 4).atStartOfDay(Beijing.ZONE).toInstant());
        assertThat(YEAR.getLast().filedAt()).isBefore(UNTIL);
        assertThat(YEAR.stream().map(l -> YearPlan.month(l.filedAt())).distinct().count()).isEqualTo(13);
    }

    @Test
    void channelsComeInTheirSharesWithinTwoPoints() {
        Map<CaseChannel, Long> byChannel = YEAR.stream().collect(Collectors.groupingBy(CaseLife::channel, Collectors.counting()));
        CaseMix.CHANNEL.forEach((channel, percent) ->
                assertThat(100.0 * byChannel.get(channel) / YEAR.size()).as(channel.name()).isBetween(percent - 2.0, percent + 2.0));
    }

    @Test
    void theRainySeasonBringsDrainsAndTheSpringFestivalWageArrears() {
        assertThat(share("0305", Month.JULY)).isGreaterThan(2.5 * share("0305", Month.MARCH));
        assertThat(share("1001", Month.FEBRUARY)).isGreaterThan(2 * share("1001", Month.APRIL));
        double julyPerDay = perDay(Month.JULY, 31);
        assertThat(julyPerDay).isGreaterThan(1.15 * perDay(Month.MARCH, 31));
    }

    @Test
    void hotspotsComeBackAllYearInTheSameGridAndCategory() {
        Map<String, Long> spots = YEAR.stream().collect(Collectors.groupingBy(
                l -> l.place().gridCode() + "/" + l.categoryCode(), Collectors.counting()));
        long recurring = spots.values().stream().filter(n -> n >= 60).count();
        assertThat(recurring).isBetween(3L, (long) YearPlan.HOTSPOTS);
    }

    @Test
    void someReportersReportAgainAndAgain() {
        Map<String, Long> byReporter = YEAR.stream().filter(l -> l.channel() == CaseChannel.RESIDENT).collect(Collectors.groupingBy(
                l -> l.place().gridCode() + "/" + l.reporterSlot(), Collectors.counting()));
        assertThat(byReporter.values().stream().filter(n -> n >= 8).count()).isGreaterThan(20);
    }

    @Test
    void outcomesMixHandlingOnTheSpotWhistlingEscalatingExplainingAndRejecting() {
        Map<CaseLife.Outcome, Long> outcomes = YEAR.stream().collect(Collectors.groupingBy(CaseLife::outcome, Collectors.counting()));
        assertThat(outcomes).containsOnlyKeys(CaseLife.Outcome.values());
        assertThat(100.0 * outcomes.get(CaseLife.Outcome.ON_THE_SPOT) / YEAR.size()).isBetween(40.0, 54.0);
        assertThat(YEAR.stream().filter(l -> l.steps().stream().anyMatch(s -> s.action() == CaseAction.EXTEND)).count())
                .isGreaterThan(300);
    }

    @Property(tries = 40)
    void everyLifeMovesForwardInTimeAndEndsBeforeTheYearDoes(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        for (CaseLife life : plan(seed, 600)) {
            Instant previous = life.filedAt();
            for (CaseLife.Step step : life.steps()) {
                assertThat(step.at()).isAfter(previous).isBefore(UNTIL);
                previous = step.at();
            }
            if (!life.steps().isEmpty()) {
                assertThat(life.steps().getFirst().action()).isIn(CaseAction.ACCEPT, CaseAction.REJECT);
            }
            boolean rated = life.steps().stream().anyMatch(s -> s.action() == CaseAction.RATE);
            assertThat(!rated || life.channel() == CaseChannel.RESIDENT).as("only a resident who filed rates").isTrue();
            List<CaseAction> actions = life.steps().stream().map(CaseLife.Step::action).toList();
            if (actions.contains(CaseAction.CHECK_IN)) {
                assertThat(actions.indexOf(CaseAction.DISPATCH)).isLessThan(actions.indexOf(CaseAction.CHECK_IN));
            }
        }
    }

    @Property(tries = 200)
    void theSpringFestivalSeasonRunsFromTwoWeeksBeforeItsHolidaysToTheirEnd(@ForAll @IntRange(min = -40, max = 30) int offset) {
        YearPlan plan = YearPlan.of(new YearPlan.Inputs(1, UNTIL, places(), categories(), 100, SPRING_FESTIVAL));
        LocalDate day = SPRING_FESTIVAL.first().plusDays(offset);
        boolean inSeason = offset >= -14 && !day.isAfter(SPRING_FESTIVAL.last());
        assertThat(plan.season(day) == YearPlan.Season.SPRING_FESTIVAL).as(day.toString()).isEqualTo(inSeason);
    }

    @Test
    void theSpringFestivalHolidaysAreFoundInTheCalendarAsTheLongestRunOfDaysOff() {
        var calendar = org.jiceng.cases.WorkingCalendar.of(Map.of(
                LocalDate.of(2026, 2, 14), org.jiceng.cases.WorkingCalendar.Kind.WORKDAY,
                LocalDate.of(2026, 2, 16), org.jiceng.cases.WorkingCalendar.Kind.HOLIDAY,
                LocalDate.of(2026, 2, 17), org.jiceng.cases.WorkingCalendar.Kind.HOLIDAY,
                LocalDate.of(2026, 2, 18), org.jiceng.cases.WorkingCalendar.Kind.HOLIDAY,
                LocalDate.of(2026, 2, 19), org.jiceng.cases.WorkingCalendar.Kind.HOLIDAY,
                LocalDate.of(2026, 2, 20), org.jiceng.cases.WorkingCalendar.Kind.HOLIDAY,
                LocalDate.of(2026, 2, 23), org.jiceng.cases.WorkingCalendar.Kind.HOLIDAY));
        Set<LocalDate> found = YearSetting.springFestival(calendar, LocalDate.of(2025, 12, 4), LocalDate.of(2026, 12, 3));
        assertThat(found).first().isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(found).last().isEqualTo(LocalDate.of(2026, 2, 23));
    }

    private static double share(String category, Month month) {
        List<CaseLife> of = inMonth(month);
        return (double) of.stream().filter(l -> l.categoryCode().equals(category)).count() / of.size();
    }

    private static double perDay(Month month, int days) {
        return (double) inMonth(month).size() / days;
    }

    private static List<CaseLife> inMonth(Month month) {
        return YEAR.stream().filter(l -> l.filedAt().atZone(Beijing.ZONE).getMonth() == month).toList();
    }

}
