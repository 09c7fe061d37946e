package org.jiceng.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.jiceng.analytics.internal.CaseTrack;
import org.jiceng.analytics.internal.CounterKey;
import org.jiceng.analytics.internal.Counts;
import org.jiceng.analytics.internal.ThreeRates;
import org.jiceng.analytics.internal.ThreeRatesTally;
import org.jiceng.analytics.internal.Weights;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.CaseFacts;
import org.jiceng.cases.CaseFiled;
import org.jiceng.cases.CaseLevel;
import org.jiceng.cases.CaseMoved;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.Satisfaction;
import org.junit.jupiter.api.Test;

class ThreeRatesTallyTests {

    static final Instant RECEIVED = Instant.parse("2026-03-31T16:30:00Z");   // 00:30 Beijing, 1 April
    static final Instant DUE = RECEIVED.plusSeconds(24 * 3600);
    static final String GRID = "530326001001001";

    static CaseFacts facts(CaseLevel level, Long lead) {
        return new CaseFacts(7, "530326-7", GRID, "0301", CaseChannel.RESIDENT, level, lead, RECEIVED, DUE, null);
    }

    static CaseMoved move(CaseFacts facts, CaseAction action, CaseState from, CaseState to, Instant at, CaseMoved.Rating rating) {
        return new CaseMoved(facts, action, from, to, at, "t", null, rating, null);
    }

    static CaseTrack handledAt(Instant at) {
        CaseTrack t = ThreeRatesTally.fold(null, new CaseFiled(facts(CaseLevel.GRID, null)));
        t = ThreeRatesTally.fold(t, move(facts(CaseLevel.GRID, null), CaseAction.ACCEPT, CaseState.RECEIVED, CaseState.ACCEPTED, RECEIVED.plusSeconds(60), null));
        return ThreeRatesTally.fold(t, move(facts(CaseLevel.GRID, null), CaseAction.HANDLE, CaseState.ACCEPTED, CaseState.IN_PROGRESS, at, null));
    }

    @Test
    void aResponseExactlyAtTheDeadlineIsOnTimeAndOneMicrosecondLaterIsNot() {
        assertThat(ThreeRatesTally.contribution(handledAt(DUE)).responded()).isEqualTo(1);
        assertThat(ThreeRatesTally.contribution(handledAt(DUE.plusNanos(1000))).responded()).isZero();
        assertThat(ThreeRatesTally.contribution(handledAt(DUE.minusSeconds(1))).responded()).isEqualTo(1);
    }

    @Property
    void onTimeMeansNotAfterTheDeadline(@ForAll @LongRange(min = -200_000_000, max = 200_000_000) long offsetMicros) {
        Instant at = DUE.plusNanos(offsetMicros * 1000);
        assertThat(ThreeRatesTally.contribution(handledAt(at)).responded()).isEqualTo(offsetMicros <= 0 ? 1 : 0);
    }

    @Test
    void acceptingIsNoResponseAndACaseCountsForTheBeijingMonthOfReceipt() {
        CaseTrack t = ThreeRatesTally.fold(null, new CaseFiled(facts(CaseLevel.VILLAGE, null)));
        t = ThreeRatesTally.fold(t, move(facts(CaseLevel.VILLAGE, null), CaseAction.ACCEPT, CaseState.RECEIVED, CaseState.ACCEPTED, RECEIVED.plusSeconds(60), null));
        assertThat(ThreeRatesTally.contribution(t)).isEqualTo(new Counts(1, 0, 0, 0, 0, 0, 0));
        assertThat(t.key()).isEqualTo(new CounterKey(YearMonth.of(2026, 4), "530326001001", 0, CaseLevel.VILLAGE));
    }

    @Test
    void aWhistledCaseMovesToTheDepartmentWhichMustCheckInItself() {
        CaseTrack t = handledAt(RECEIVED.plusSeconds(600));   // the grid took it on time …
        CaseTrack whistled = ThreeRatesTally.fold(t, move(facts(CaseLevel.GRID, 12L), CaseAction.DISPATCH, CaseState.ACCEPTED, CaseState.DISPATCHED, RECEIVED.plusSeconds(900), null));
        assertThat(whistled.key().unitId()).isEqualTo(12);
        assertThat(whistled.key().territoryCode()).as("a department's cases are kept by village").isEqualTo("530326001001");
        assertThat(ThreeRatesTally.contribution(whistled).responded()).as("… but the department has not checked in").isZero();
        Map<CounterKey, Counts> delta = ThreeRatesTally.delta(t, whistled);
        assertThat(delta.get(t.key())).isEqualTo(new Counts(-1, -1, 0, 0, 0, 0, 0));
        assertThat(delta.get(whistled.key())).isEqualTo(new Counts(1, 0, 0, 0, 0, 0, 0));
        CaseTrack assisted = ThreeRatesTally.fold(whistled, move(facts(CaseLevel.GRID, 12L), CaseAction.CHECK_IN, CaseState.DISPATCHED, CaseState.DISPATCHED, RECEIVED.plusSeconds(950), null));
        assertThat(ThreeRatesTally.contribution(assisted).responded()).as("an assisting unit's check-in is not the lead's").isZero();
        CaseTrack checkedIn = ThreeRatesTally.fold(assisted, move(facts(CaseLevel.GRID, 12L), CaseAction.CHECK_IN, CaseState.DISPATCHED, CaseState.IN_PROGRESS, DUE, null));
        assertThat(ThreeRatesTally.contribution(checkedIn).responded()).isEqualTo(1);
    }

    @Test
    void theLatestRatingCountsAndAnAutoClosedCaseIsUnratedButClosed() {
        CaseTrack t = handledAt(RECEIVED.plusSeconds(600));
        CaseFacts f = facts(CaseLevel.GRID, null);
        CaseTrack unhappy = ThreeRatesTally.fold(t, move(f, CaseAction.RATE, CaseState.REPLIED, CaseState.REOPENED, DUE.plusSeconds(9000), new CaseMoved.Rating(false, Satisfaction.UNSATISFIED)));
        assertThat(ThreeRatesTally.contribution(unhappy)).isEqualTo(new Counts(1, 1, 1, 0, 0, 0, 0));
        CaseTrack happy = ThreeRatesTally.fold(unhappy, move(f, CaseAction.RATE, CaseState.REPLIED, CaseState.CLOSED, DUE.plusSeconds(99_000), new CaseMoved.Rating(true, Satisfaction.BASIC)));
        assertThat(ThreeRatesTally.contribution(happy)).isEqualTo(new Counts(1, 1, 1, 1, 0, 1, 1));
        assertThat(ThreeRatesTally.fold(happy, move(f, CaseAction.RATE, CaseState.REPLIED, CaseState.REOPENED, DUE.plusSeconds(9000), new CaseMoved.Rating(false, Satisfaction.UNSATISFIED))))
                .as("the earlier rating delivered late changes nothing").isEqualTo(happy);
        CaseTrack auto = ThreeRatesTally.fold(t, move(f, CaseAction.AUTO_CLOSE, CaseState.REPLIED, CaseState.CLOSED, DUE.plusSeconds(800_000), null));
        assertThat(ThreeRatesTally.contribution(auto)).isEqualTo(new Counts(1, 1, 0, 0, 0, 0, 1));
    }

    @Test
    void mergedDuplicatesAndRejectedCasesCountForNobody() {
        CaseTrack filed = ThreeRatesTally.fold(null, new CaseFiled(facts(CaseLevel.VILLAGE, null)));
        CaseTrack merged = ThreeRatesTally.fold(filed, new CaseMoved(facts(CaseLevel.VILLAGE, null), CaseAction.MERGE, CaseState.RECEIVED, CaseState.CLOSED, RECEIVED.plusSeconds(60), "t", null, null, 3L));
        assertThat(ThreeRatesTally.contribution(merged)).isEqualTo(Counts.ZERO);
        assertThat(ThreeRatesTally.delta(filed, merged)).containsExactly(Map.entry(filed.key(), new Counts(-1, 0, 0, 0, 0, 0, 0)));
        CaseTrack rejected = ThreeRatesTally.fold(filed, move(facts(CaseLevel.VILLAGE, null), CaseAction.REJECT, CaseState.RECEIVED, CaseState.REJECTED, RECEIVED.plusSeconds(60), null));
        assertThat(ThreeRatesTally.contribution(rejected)).isEqualTo(Counts.ZERO);
    }

    @Test
    void ratesAreRoundedOnceFromExactFractionsAndAbsentWithoutADenominator() {
        ThreeRates r = ThreeRates.of(new Counts(13, 12, 8, 7, 5, 2, 6), Weights.DEFAULT);
        assertThat(r.responseRate()).isEqualByComparingTo("0.9231");
        assertThat(r.resolutionRate()).isEqualByComparingTo("0.8750");
        assertThat(r.satisfactionRate()).isEqualByComparingTo("0.8750");
        // 100 · (30·12/13 + 35·7/8 + 35·7/8) / 100 = 27.6923… + 61.25 = 88.942307…
        assertThat(r.composite()).isEqualByComparingTo("88.94");
        ThreeRates basicHalf = ThreeRates.of(new Counts(13, 12, 8, 7, 5, 2, 6),
                new Weights(BigDecimal.valueOf(30), BigDecimal.valueOf(35), BigDecimal.valueOf(35), new BigDecimal("0.5")));
        assertThat(basicHalf.satisfactionRate()).isEqualByComparingTo("0.7500");
        ThreeRates unrated = ThreeRates.of(new Counts(4, 3, 0, 0, 0, 0, 0), Weights.DEFAULT);
        assertThat(unrated.resolutionRate()).isNull();
        assertThat(unrated.satisfactionRate()).isNull();
        assertThat(unrated.composite()).as("scored on the response rate alone").isEqualByComparingTo("75.00");
        assertThat(ThreeRates.of(Counts.ZERO, Weights.DEFAULT).composite()).isNull();
    }

    @Test
    void responsesSurviveTheirStoredForm() {
        CaseTrack t = handledAt(DUE.plusNanos(123_456_789));
        assertThat(CaseTrack.decodeResponses(t.encodedResponses())).isEqualTo(t.responses());
    }

    static final List<String> PLACES = List.of("530326001001001", "530326001001002", "530326001002001", "530326001002",
            "530326103001001", "530326103004002", "530326102003001");
    static final List<Long> UNITS = List.of(1L, 2L, 3L, 4L);
    static final List<CaseLoopSimulator.Category> CATEGORIES = List.of(new CaseLoopSimulator.Category("0103", 4),
            new CaseLoopSimulator.Category("0301", 24), new CaseLoopSimulator.Category("1101", 12));

    /**
     * The counters the listener keeps — events delivered in any order, some twice — equal a GROUP BY over the
     * cases as the cases module stores them at the end.
     */
    @Property(tries = 30)
    void countersEqualAGroupByOverTheCasesWhateverTheOrderOfDelivery(@ForAll long seed,
                                                                       @ForAll @IntRange(min = 100, max = 400) int cases) {
        CaseLoopSimulator simulator = new CaseLoopSimulator(PLACES, UNITS, CATEGORIES,
                Instant.parse("2025-12-31T16:00:00Z"), Instant.parse("2026-03-31T16:00:00Z"));
        SplittableRandom random = new SplittableRandom(seed);
        List<Object> events = new ArrayList<>();
        List<CaseLoopSimulator.Row> rows = new ArrayList<>();
        for (long id = 1; id <= cases; id++) {
            CaseLoopSimulator.Story story = simulator.next(id, random);
            events.addAll(story.events());
            rows.add(story.row());
        }
        Random shuffle = new Random(seed);
        for (int i = events.size() / 10; i > 0; i--) {
            events.add(events.get(shuffle.nextInt(events.size())));   // redelivered after a crash
        }
        Collections.shuffle(events, shuffle);
        ThreeRatesTally tally = new ThreeRatesTally();
        Map<Long, CaseTrack> tracks = new HashMap<>();
        for (Object event : events) {
            long id = event instanceof CaseFiled f ? f.facts().caseId() : ((CaseMoved) event).facts().caseId();
            CaseTrack before = tracks.get(id);
            CaseTrack after = event instanceof CaseFiled f ? ThreeRatesTally.fold(before, f)
                    : ThreeRatesTally.fold(before, (CaseMoved) event);
            tally.add(before, after);
            tracks.put(id, after);
        }
        assertThat(tally.counters()).isEqualTo(groupBy(rows));
    }

    /** The GROUP BY the counters stand for, over the rows of cases.case_file. */
    public static Map<CounterKey, Counts> groupBy(List<CaseLoopSimulator.Row> rows) {
        Map<CounterKey, Counts> sums = new TreeMap<>();
        for (CaseLoopSimulator.Row row : rows) {
            if (row.state() == CaseState.REJECTED || row.mergedInto() != null) {
                continue;
            }
            String place = row.leadUnitId() == null && row.level() == CaseLevel.GRID ? row.territoryCode()
                    : row.territoryCode().substring(0, 12);
            CounterKey key = new CounterKey(YearMonth.from(row.receivedAt().atZone(java.time.ZoneId.of("Asia/Shanghai"))),
                    place, row.leadUnitId() == null ? 0 : row.leadUnitId(), row.level());
            CaseMoved.Rating rating = row.rating();
            boolean onTime = row.respondedAt() != null
                    && !row.respondedAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS).isAfter(row.responseDueAt());
            Counts one = new Counts(1, onTime ? 1 : 0, rating == null ? 0 : 1, rating != null && rating.solved() ? 1 : 0,
                    rating != null && rating.satisfaction() == Satisfaction.SATISFIED ? 1 : 0,
                    rating != null && rating.satisfaction() == Satisfaction.BASIC ? 1 : 0,
                    row.state() == CaseState.CLOSED ? 1 : 0);
            sums.merge(key, one, Counts::plus);
        }
        return sums;
    }
}
