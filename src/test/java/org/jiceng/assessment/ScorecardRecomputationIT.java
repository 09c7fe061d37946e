package org.jiceng.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicLong;
import org.jiceng.Beijing;
import org.jiceng.assessment.internal.indicator.DisputeTally;
import org.jiceng.assessment.internal.indicator.VolunteerTally;
import org.jiceng.mediation.DisputeConcluded;
import org.jiceng.mediation.DisputeState;
import org.jiceng.mediation.DisputeType;
import org.jiceng.mediation.MediationLevel;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.volunteer.VolunteerHoursConfirmed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A scorecard's figures equal a recomputation done here, apart from the code under test, from the records this test
 * makes: volunteer attendances, an entered value, and the case counts the statistics publish for the month.
 */
@AppTest
class ScorecardRecomputationIT {

    static final AtomicLong ATTENDANCE = new AtomicLong(System.nanoTime() % 1_000_000_000L * 10);
    static final MathContext EXACT_ENOUGH = new MathContext(40);

    @LocalServerPort
    int port;

    @Autowired
    VolunteerTally tally;

    @Autowired
    DisputeTally disputes;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    String village() {
        return Http.as(port, "admin").get("/api/v1/divisions/530326001/children").json().get("items").valueStream()
                .map(d -> d.get("code").asString()).filter(c -> !c.equals(ScorecardApiIT.TANGLANG)).reduce((a, b) -> b)
                .orElseThrow();
    }

    static VolunteerHoursConfirmed attendance(String community, int minutes, String at) {
        return new VolunteerHoursConfirmed(community.substring(0, 6), ATTENDANCE.incrementAndGet(), 1, community, 77,
                "重算测试活动", minutes, false, Instant.parse(at));
    }

    /** Independent of ScoreRule: a decimal recomputation of one line's points. */
    static BigDecimal points(BigDecimal value, BigDecimal target, int weight, boolean higher) {
        BigDecimal w = BigDecimal.valueOf(weight);
        if (higher) {
            return target.signum() == 0 || value.compareTo(target) >= 0 ? w : w.multiply(value).divide(target, EXACT_ENOUGH);
        }
        return value.compareTo(target) <= 0 ? w : target.signum() == 0 ? BigDecimal.ZERO
                : w.multiply(target).divide(value, EXACT_ENOUGH);
    }

    static BigDecimal exact(String fraction) {
        int slash = fraction.indexOf('/');
        return slash < 0 ? new BigDecimal(fraction) : new BigDecimal(fraction.substring(0, slash))
                .divide(new BigDecimal(fraction.substring(slash + 1)), EXACT_ENOUGH);
    }

    static JsonNode line(JsonNode card, long indicator) {
        return card.get("lines").valueStream().filter(l -> l.get("indicatorId").asLong() == indicator).findFirst()
                .orElseThrow();
    }

    @Test
    void aVillagesQuarterEqualsTheSumsOfTheRecordsBehindIt() throws Exception {
        String village = village();
        long hours = ScorecardApiIT.indicator(port, ScorecardApiIT.unique("重算志愿时长"), "VOLUNTEER_HOURS", "VILLAGE", "10")
                .get("id").asLong();
        long entered = ScorecardApiIT.indicator(port, ScorecardApiIT.unique("重算填报"), "ENTERED", "VILLAGE", "90")
                .get("id").asLong();
        // three attendances in the quarter, one the day after it (Beijing time), one through the event itself
        int[] minutes = {95, 40, 125};
        tally.record(attendance(village, minutes[0], "2019-10-01T00:30:00Z"));
        tally.record(attendance(village, minutes[1], "2019-11-15T03:00:00Z"));
        VolunteerHoursConfirmed late = attendance(village, 500, "2019-12-31T16:30:00Z"); // 2020-01-01 in Beijing
        tally.record(late);
        tally.record(late); // delivered twice, counted once
        VolunteerHoursConfirmed published = attendance(village, minutes[2], "2019-12-20T02:00:00Z");
        transactions.executeWithoutResult(s -> events.publishEvent(published));
        long valueId = Http.as(port, "gucheng").postJson("/api/v1/assessment/values", """
                {"indicatorId": %d, "subject": "%s", "period": "2019-Q4", "value": "72.25"}"""
                .formatted(entered, village)).json().get("id").asLong();
        assertThat(Http.as(port, "admin").postJson("/api/v1/assessment/values/" + valueId + "/review",
                "{\"decision\": \"ACCEPT\"}").status()).isEqualTo(200);

        Http gucheng = Http.as(port, "gucheng");
        JsonNode card = null;
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            card = gucheng.get("/api/v1/assessment/scorecards/" + village + "?period=2019-Q4").json();
            if (line(card, hours).get("valueExact").asString().equals(exactHours(minutes))) {
                break;
            }
            Thread.sleep(250);
        }
        JsonNode hoursLine = line(card, hours);
        assertThat(hoursLine.get("valueExact").asString()).isEqualTo(exactHours(minutes));
        BigDecimal hoursValue = BigDecimal.valueOf(minutes[0] + minutes[1] + minutes[2]).divide(BigDecimal.valueOf(60), EXACT_ENOUGH);
        assertThat(exact(hoursLine.get("scoreExact").asString()))
                .isEqualByComparingTo(points(hoursValue, BigDecimal.TEN, 10, true).round(EXACT_ENOUGH));
        JsonNode enteredLine = line(card, entered);
        assertThat(exact(enteredLine.get("valueExact").asString())).isEqualByComparingTo("72.25");
        assertThat(exact(enteredLine.get("scoreExact").asString()))
                .isEqualByComparingTo(points(new BigDecimal("72.25"), new BigDecimal("90"), 10, true));

        // the total: 100 × Σpoints ÷ Σweights over every line that has a value, each recomputed here from its value
        BigDecimal points = BigDecimal.ZERO;
        long weights = 0;
        for (JsonNode l : card.get("lines")) {
            if (l.get("valueExact").isNull()) {
                assertThat(l.get("score").isNull()).isTrue();
                continue;
            }
            BigDecimal p = points(exact(l.get("valueExact").asString()), l.get("target").decimalValue(),
                    l.get("weight").asInt(), l.get("direction").asString().equals("HIGHER"));
            assertThat(exact(l.get("scoreExact").asString()).subtract(p).abs()).isLessThan(new BigDecimal("1e-30"));
            assertThat(l.get("score").decimalValue()).isEqualByComparingTo(p.setScale(2, RoundingMode.HALF_UP));
            points = points.add(p);
            weights += l.get("weight").asLong();
        }
        BigDecimal total = points.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(weights), EXACT_ENOUGH);
        assertThat(card.get("total").decimalValue()).isEqualByComparingTo(total.setScale(2, RoundingMode.HALF_UP));

        // the drill-down lists the three attendances and not the one of the next day
        JsonNode drill = gucheng.get("/api/v1/assessment/scorecards/" + village + "/indicators/" + hours + "?period=2019-Q4")
                .json();
        assertThat(drill.get("records").size()).isEqualTo(3);
        assertThat(Http.as(port, "shequ").get("/api/v1/assessment/scorecards/" + village + "/indicators/" + hours
                + "?period=2019-Q4").status()).isEqualTo(404);
    }

    @Test
    void disputesNotHandedUpAreTheAgreementsBelowTheCountyOverAllConcluded() {
        String village = village();
        long rate = ScorecardApiIT.indicator(port, ScorecardApiIT.unique("重算不上交率"), "DISPUTES_NOT_ESCALATED", "VILLAGE",
                "90").get("id").asLong();
        long first = ATTENDANCE.incrementAndGet() * 10;
        DisputeType type = DisputeType.values()[0];
        disputes.record(new DisputeConcluded(first, village + "001", type, MediationLevel.VILLAGE, DisputeState.AGREED,
                null, Instant.parse("2018-04-10T02:00:00Z")));
        disputes.record(new DisputeConcluded(first + 1, village, type, MediationLevel.COUNTY, DisputeState.AGREED, null,
                Instant.parse("2018-05-10T02:00:00Z")));
        disputes.record(new DisputeConcluded(first + 2, village, type, MediationLevel.TOWN, DisputeState.REFERRED, null,
                Instant.parse("2018-06-10T02:00:00Z")));
        disputes.record(new DisputeConcluded(first + 3, village, type, MediationLevel.VILLAGE, DisputeState.AGREED, null,
                Instant.parse("2018-07-10T02:00:00Z"))); // the next quarter
        JsonNode card = Http.as(port, "admin").get("/api/v1/assessment/scorecards/" + village + "?period=2018-Q2").json();
        JsonNode line = line(card, rate);
        // 1 of 3 settled below the county: 100/3 %; 10 × (100/3) ÷ 90 = 100/27 points
        assertThat(line.get("valueExact").asString()).isEqualTo("100/3");
        assertThat(line.get("scoreExact").asString()).isEqualTo("100/27");
        assertThat(line.get("workings").asString()).contains("1 ÷", "3 × 100");
    }

    @Test
    void statementsOnTimeAreCountedPerAccountAndMonth() {
        long onTime = ScorecardApiIT.indicator(port, ScorecardApiIT.unique("重算按时公示"), "STATEMENTS_ON_TIME", "VILLAGE",
                "100").get("id").asLong();
        JsonNode line = line(Http.as(port, "shequ").get("/api/v1/assessment/scorecards/" + ScorecardApiIT.TANGLANG
                + "?period=" + YearMonth.from(Beijing.today(clock)).minusMonths(1)).json(), onTime);
        assertThat(line.get("workings").asString()).startsWith("按时公示 ");
        // the demo keeps 堂琅社区's collective account, so there is an account due: a value, between 0 and 100
        if (!line.get("valueExact").isNull()) {
            assertThat(exact(line.get("valueExact").asString())).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        }
    }

    static String exactHours(int[] minutes) {
        int sum = 0;
        for (int m : minutes) {
            sum += m;
        }
        java.math.BigInteger n = java.math.BigInteger.valueOf(sum);
        java.math.BigInteger d = java.math.BigInteger.valueOf(60);
        java.math.BigInteger g = n.gcd(d);
        return d.divide(g).equals(java.math.BigInteger.ONE) ? n.divide(g).toString() : n.divide(g) + "/" + d.divide(g);
    }

    @Test
    void aMonthsResponseRateIsTheRespondedCasesOverTheFiledAsTheStatisticsCountThem() throws Exception {
        long rate = ScorecardApiIT.indicator(port, ScorecardApiIT.unique("重算响应率"), "RESPONSE_RATE", "VILLAGE", "95")
                .get("id").asLong();
        String month = YearMonth.from(Beijing.today(clock)).toString();
        Http admin = Http.as(port, "admin");
        for (int attempt = 0; attempt < 20; attempt++) {
            JsonNode before = admin.get("/api/v1/stats/three-rates?unit=" + ScorecardApiIT.TANGLANG + "&month=" + month).json();
            JsonNode card = admin.get("/api/v1/assessment/scorecards/" + ScorecardApiIT.TANGLANG + "?period=" + month).json();
            JsonNode after = admin.get("/api/v1/stats/three-rates?unit=" + ScorecardApiIT.TANGLANG + "&month=" + month).json();
            if (!before.equals(after)) {
                Thread.sleep(300); // counters folded in between: read again
                continue;
            }
            JsonNode line = line(card, rate);
            long cases = before.get("cases").asLong();
            long responded = before.get("responded").asLong();
            if (cases == 0) {
                assertThat(line.get("value").isNull()).isTrue();
            } else {
                BigDecimal value = BigDecimal.valueOf(responded * 100).divide(BigDecimal.valueOf(cases), EXACT_ENOUGH);
                assertThat(exact(line.get("valueExact").asString()).subtract(value).abs()).isLessThan(new BigDecimal("1e-30"));
                assertThat(line.get("workings").asString()).contains(String.valueOf(responded)).contains(String.valueOf(cases));
                assertThat(exact(line.get("scoreExact").asString()).subtract(points(value, new BigDecimal(95), 10, true))
                        .abs()).isLessThan(new BigDecimal("1e-30"));
            }
            return;
        }
        throw new AssertionError("the statistics kept changing");
    }
}
