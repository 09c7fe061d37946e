package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jiceng.Beijing;
import org.jiceng.visits.internal.demo.VisitYearPlan;
import org.jiceng.visits.internal.demo.VisitYearPlan.Household;
import org.jiceng.visits.internal.demo.VisitYearPlan.Visit;
import org.junit.jupiter.api.Test;

/** The demo's year of visits: the same seed gives the same visits, about as often as each household's care asks. */
class CoverageDemoYearTests {

    static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    static List<Household> town() {
        List<Household> households = new ArrayList<>();
        for (long id = 1; id <= 2_000; id++) {
            households.add(new Household(id, "530326001001" + String.format("%03d", id % 7 + 1),
                    id % 8 == 0 ? 7 : id % 8 == 1 ? 30 : 0));
        }
        return households;
    }

    @Test
    void theSameSeedGivesTheSameVisitsWhateverTheOrderOfTheHouseholds() {
        List<Household> shuffled = new ArrayList<>(town());
        Collections.shuffle(shuffled, new java.util.Random(1));
        assertThat(VisitYearPlan.visits(shuffled, 2026, NOW)).isEqualTo(VisitYearPlan.visits(town(), 2026, NOW));
        assertThat(VisitYearPlan.visits(town(), 2027, NOW)).isNotEqualTo(VisitYearPlan.visits(town(), 2026, NOW));
    }

    @Test
    void everyVisitLiesInTheTwelveMonthsUpToNowInDaytimeBeijing() {
        LocalDate first = LocalDate.ofInstant(NOW, Beijing.ZONE).minusMonths(12);
        for (Visit v : VisitYearPlan.visits(town(), 2026, NOW)) {
            assertThat(v.at()).isBeforeOrEqualTo(NOW);
            assertThat(LocalDate.ofInstant(v.at(), Beijing.ZONE)).isAfterOrEqualTo(first);
            assertThat(v.at().atZone(Beijing.ZONE).getHour()).isBetween(8, 18);
        }
    }

    @Test
    void careHouseholdsAreVisitedAboutAsOftenAsTheirFrequencyAndSomeAreOverdue() {
        List<Visit> visits = VisitYearPlan.visits(town(), 2026, NOW);
        Map<Long, List<Visit>> byHousehold = visits.stream().collect(Collectors.groupingBy(Visit::householdId));
        int overdue = 0;
        int weekly = 0;
        for (Household h : town()) {
            if (h.everyDays() != 7) {
                continue;
            }
            weekly++;
            List<Visit> own = byHousehold.get(h.id()).stream().filter(v -> v.visitor() == VisitYearPlan.Visitor.WORKER).toList();
            // 5 to 8 days between visits (70–110% of a week): 45 to 73 of them over the year, fewer for one let slip lately
            assertThat(own.size()).as("household " + h.id()).isBetween(38, 74);
            Instant last = own.getLast().at();
            if (Duration.between(last, NOW).toDays() > 7) {
                overdue++;
            }
            assertThat(own).allMatch(v -> v.kind().equals("HOME") || v.kind().equals("PATROL"));
        }
        assertThat(overdue).isBetween(weekly / 20, weekly / 5);
        assertThat(visits).anyMatch(v -> v.visitor() == VisitYearPlan.Visitor.CHIEF)
                .anyMatch(v -> v.kind().equals("RECEPTION")).anyMatch(v -> v.kind().equals("RETURN"))
                .anyMatch(v -> v.kind().equals("APPOINTMENT"));
    }
}
