package org.jiceng.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.Beijing;
import org.jiceng.demo.internal.CaseLife;
import org.jiceng.demo.internal.DemoYear;
import org.jiceng.demo.internal.YearPlan;
import org.jiceng.support.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The demo year of 古城街道, generated on start in a context of its own (the shared one runs without it): twelve
 * months of varied cases whose counters equal what SQL counts over the cases themselves. At a quarter of the
 * volume, so the build stays quick. {@code cases.CaseReplayIT} shares this context (the same settings).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jiceng.data-dir=target/it-data/${random.uuid}",
        "jiceng.db.embedded.clean=true",
        "jiceng.db.url=",
        "jiceng.demo.year=true",
        "jiceng.demo.scale=town",
        "jiceng.demo.seed=2026",
        // a quarter of the town's year: the same plan and the same replay, some seconds less in every build
        // (YearPlanTests checks the full volume of the plan; DemoYearBenchmark times the full year)
        "jiceng.demo.year-cases=3000",
        // the sweeps run inside the generation at the replayed instants; the scheduler would only add today's
        "jiceng.cases.background-sweeps=false",
})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoYearIT {

    static final String GUCHENG = "530326001";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoYear year;

    @BeforeAll
    void countersHaveFoldedEveryEvent() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        while (jdbc.sql("select count(*) from analytics.case_event_queue").query(Long.class).single() > 0
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }

    @Test
    void theTownsYearHoldsTheCasesAskedForOverTwelveMonths() {
        long cases = jdbc.sql("select count(*) from cases.case_file where territory_code like '530326001%'")
                .query(Long.class).single();
        assertThat(cases).isBetween(2_700L, 3_300L);
        long months = jdbc.sql("select count(distinct to_char(received_at at time zone 'Asia/Shanghai', 'YYYY-MM'))"
                + " from cases.case_file where territory_code like '530326001%'").query(Long.class).single();
        assertThat(months).isBetween(12L, 13L);
        // VERIFIED lasts between a check and its reply, so whether a case sits in it now depends on the hour of the
        // run: the year must have passed cases through it, which the timeline shows at any hour
        assertThat(distinct("state")).contains("CLOSED", "IN_PROGRESS", "REJECTED", "REPLIED", "RESOLVED");
        assertThat(jdbc.sql("select count(*) from cases.case_event e join cases.case_file c on c.id = e.case_id"
                + " where c.territory_code like '530326001%' and e.to_state = 'VERIFIED'").query(Long.class).single())
                .as("cases verified before their reply").isGreaterThan(100);
        assertThat(count("lead_unit_id is not null")).as("whistled to a department").isGreaterThan(500);
        assertThat(distinct("channel")).contains("RESIDENT", "PATROL", "HOTLINE", "VISIT", "MEETING");
        assertThat(distinct("level")).contains("GRID", "VILLAGE", "TOWN");
        assertThat(count("reopen_count > 0")).as("reopened after an unhappy rating").isPositive();
        assertThat(count("returned_at is not null")).as("returned by a department").isPositive();
        assertThat(count("extension_days is null and resolve_due_at < resolved_at")).as("resolved late").isPositive();
        assertThat(count("rating_satisfaction = 'UNSATISFIED'")).isPositive();
        assertThat(jdbc.sql("select count(distinct reporter_id) from cases.case_file where channel = 'RESIDENT'"
                + " and territory_code like '530326001%'").query(Long.class).single())
                .as("repeat reporters: fewer people than reports").isLessThan(count("channel = 'RESIDENT'"));
    }

    @Test
    void theTimelineAndMessagesCarryTheInstantsTheStepsWereTakenAt() {
        long stampedAtGeneration = jdbc.sql("""
                select count(*) from cases.case_event e join cases.case_file c on c.id = e.case_id
                where e.action = 'file' and e.at <> c.received_at""").query(Long.class).single();
        assertThat(stampedAtGeneration).isZero();
        long spread = jdbc.sql("select count(distinct date_trunc('day', at)) from cases.case_event").query(Long.class).single();
        assertThat(spread).isGreaterThan(300);
    }

    @Test
    void theThreeRatesOfEachMonthEqualTheCountsOfTheCasesThemselves() {
        Map<String, Map<String, Object>> expected = new HashMap<>();
        jdbc.sql("""
                        select to_char(received_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, count(*) as cases,
                               count(*) filter (where responded_at <= response_due_at) as responded,
                               count(*) filter (where rating_solved is not null) as rated,
                               count(*) filter (where rating_solved) as solved,
                               count(*) filter (where rating_satisfaction = 'SATISFIED') as satisfied,
                               count(*) filter (where rating_satisfaction = 'BASIC') as basic,
                               count(*) filter (where state = 'CLOSED') as closed
                        from cases.case_file
                        where territory_code like '530326001%' and state <> 'REJECTED' and merged_into is null
                          and lead_unit_id is null and level <> 'COUNTY'
                        group by 1""")
                .query().listOfRows().forEach(row -> expected.put((String) row.get("month"), row));
        assertThat(expected).hasSizeGreaterThanOrEqualTo(12);
        // this month also holds the case the other demo seeders file today, the one case the year did not make
        expected.remove(YearMonth.now(Beijing.ZONE).toString());
        expected.forEach((month, row) -> {
            JsonNode rates = get("gucheng", "/api/v1/stats/three-rates?unit=" + GUCHENG + "&month=" + month);
            for (String figure : List.of("cases", "responded", "rated", "solved", "satisfied", "basic", "closed")) {
                assertThat(rates.get(figure).asLong()).as(month + " " + figure).isEqualTo(((Number) row.get(figure)).longValue());
            }
        });
    }

    @Test
    void theLevelSharesOfEachMonthEqualWhereTheClosedCasesClosed() {
        String month = YearMonth.now(Beijing.ZONE).minusMonths(2).toString();
        Map<String, Long> closed = new HashMap<>();
        jdbc.sql("""
                        select case when lead_unit_id is not null then 'COUNTY' else level end as level, count(*) as closed
                        from cases.case_file
                        where territory_code like '530326001%' and state = 'CLOSED' and merged_into is null
                          and to_char(received_at at time zone 'Asia/Shanghai', 'YYYY-MM') = :month
                        group by 1""").param("month", month)
                .query((rs, n) -> closed.put(rs.getString(1), rs.getLong(2))).list();
        JsonNode levels = get("gucheng", "/api/v1/stats/levels?territory=" + GUCHENG + "&month=" + month);
        for (JsonNode share : levels.get("levels")) {
            assertThat(share.get("closed").asLong()).as(month + " " + share.get("level").asString())
                    .isEqualTo(closed.getOrDefault(share.get("level").asString(), 0L));
        }
        assertThat(closed.getOrDefault("GRID", 0L)).as("小事不出网格").isPositive();
    }

    @Test
    void theTownHasARankingEveryMonthAndSupervisionToFollowUp() {
        for (int back = 1; back <= 11; back++) {
            String month = YearMonth.now(Beijing.ZONE).minusMonths(back).toString();
            JsonNode items = get("admin", "/api/v1/stats/rankings?of=towns&month=" + month).get("items");
            JsonNode gucheng = null;
            for (JsonNode item : items) {
                if (item.get("unit").asString().equals(GUCHENG)) {
                    gucheng = item;
                }
            }
            assertThat(gucheng).as(month).isNotNull();
            assertThat(gucheng.get("cases").asLong()).as(month).isPositive();
            assertThat(gucheng.get("composite").isNull()).as(month).isFalse();
        }
        JsonNode departments = get("admin", "/api/v1/stats/rankings?of=departments&month="
                + YearMonth.now(Beijing.ZONE).minusMonths(1)).get("items");
        assertThat(departments.valueStream().filter(d -> d.get("cases").asLong() > 0).count()).isGreaterThan(5);
        assertThat(get("gucheng", "/api/v1/supervision").get("items").size()).isPositive();
    }

    @Test
    void theSameSeedPlansTheSameYearAndTheDatabaseHoldsItsNumbersAndInstants() {
        Instant until = jdbc.sql("select until_at from demo.year_run").query(java.sql.Timestamp.class).single().toInstant();
        List<CaseLife> lives = year.plan("town", 2026, until).lives();
        List<CaseLife> again = year.plan("town", 2026, until).lives();
        assertThat(YearPlan.digest(again)).isEqualTo(YearPlan.digest(lives));
        assertThat(YearPlan.digest(year.plan("town", 2027, until).lives())).isNotEqualTo(YearPlan.digest(lives));

        List<Long> ids = year.caseIds();
        assertThat(ids).hasSize(lives.size());
        // numbers count the day's filings in the order filed: the plan alone tells each one
        Map<LocalDate, Integer> perDay = new HashMap<>();
        Map<Integer, String> expectedNumbers = new HashMap<>();
        for (CaseLife life : lives) {
            LocalDate day = LocalDate.ofInstant(life.filedAt(), Beijing.ZONE);
            int n = perDay.merge(day, 1, Integer::sum);
            expectedNumbers.put(life.index(), "530326-" + day.toString().replace("-", "") + "-" + "%06d".formatted(n));
        }
        for (int i = 0; i < lives.size() - 200; i += 97) {
            CaseLife life = lives.get(i);
            Map<String, Object> row = jdbc.sql("select number, received_at, category_code, channel from cases.case_file where id = :id")
                    .param("id", ids.get(i)).query().singleRow();
            assertThat(row.get("number")).as("case " + i).isEqualTo(expectedNumbers.get(i));
            assertThat(((java.sql.Timestamp) row.get("received_at")).toInstant()).isEqualTo(life.filedAt());
            assertThat(row.get("category_code")).isEqualTo(life.categoryCode());
            assertThat(row.get("channel")).isEqualTo(life.channel().name());
        }
    }

    @Test
    void quarrelsAreRegisteredAsDisputesToo() {
        List<String> types = jdbc.sql("select type from mediation.dispute where territory_code like '530326001%'")
                .query(String.class).list();
        assertThat(types.size()).as("about 2.5 % of the cases, and the five of the demo").isBetween(35, 250);
        assertThat(types).contains("NEIGHBOUR", "FAMILY", "LAND");
    }

    @Test
    void aFinishedYearIsNotGeneratedAgain() {
        long before = jdbc.sql("select count(*) from cases.case_file").query(Long.class).single();
        DemoYear.Report again = year.generate("town", 2026);
        assertThat(jdbc.sql("select count(*) from cases.case_file").query(Long.class).single()).isEqualTo(before);
        assertThat(again.cases()).isEqualTo(year.caseIds().size());
    }

    private List<String> distinct(String column) {
        return jdbc.sql("select distinct " + column + " from cases.case_file where territory_code like '530326001%'")
                .query(String.class).list();
    }

    private long count(String where) {
        return jdbc.sql("select count(*) from cases.case_file where territory_code like '530326001%' and " + where)
                .query(Long.class).single();
    }

    private JsonNode get(String user, String path) {
        Http.Response answer = Http.as(port, user).get(path);
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void theTownsCommunitiesDeliberatedTopicsThatEndTheYearInSeveralSteps() {
        Map<String, Long> steps = new HashMap<>();
        jdbc.sql("select step, count(*) from deliberation.topic where territory_code like '530326001%' group by step")
                .query((rs, n) -> steps.put(rs.getString(1), rs.getLong(2))).list();
        long topics = steps.values().stream().mapToLong(Long::longValue).sum();
        assertThat(topics).as("a few a month per community, and the five of the demo").isBetween(60L, 160L);
        assertThat(steps).containsKeys("DECLINED", "CONFIRMED", "REVIEWED");
        assertThat(steps.keySet().stream().filter(s -> !s.equals("COLLECTED")).count()).isGreaterThanOrEqualTo(4);
        long spread = jdbc.sql("select count(distinct to_char(created_at at time zone 'Asia/Shanghai', 'YYYY-MM'))"
                + " from deliberation.topic where territory_code like '530326001%'").query(Long.class).single();
        assertThat(spread).as("proposed over the year, at past instants").isGreaterThanOrEqualTo(11);
        assertThat(jdbc.sql("select count(*) from deliberation.topic_support").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from deliberation.topic_comment").query(Long.class).single()).isPositive();
    }

    @Test
    void theTownAndItsCommunitiesMetWithMinutesResolutionsAndCasesOpened() {
        long analyses = jdbc.sql("select count(*) from deliberation.meeting where territory_code = '530326001'"
                + " and kind = 'ANALYSIS' and held").query(Long.class).single();
        assertThat(analyses).as("民情分析会 monthly").isBetween(11L, 13L);
        long mornings = jdbc.sql("select count(*) from deliberation.meeting where territory_code like '530326001%'"
                + " and kind = 'MORNING' and held and minutes like '%、%'").query(Long.class).single();
        assertThat(mornings).as("民情晨会 every other week in each community").isGreaterThan(100);
        assertThat(jdbc.sql("select count(*) from deliberation.meeting_attendee").query(Long.class).single())
                .isGreaterThan(5 * mornings);
        assertThat(jdbc.sql("select count(*) from deliberation.meeting_agenda_item where topic_id is not null")
                .query(Long.class).single()).isGreaterThan(20);
        assertThat(jdbc.sql("select count(*) from deliberation.resolution where topic_id is not null").query(Long.class).single())
                .isGreaterThan(20);
        assertThat(jdbc.sql("select count(*) from deliberation.resolution_case").query(Long.class).single())
                .as("a few resolutions opened cases").isGreaterThan(1);
        assertThat(jdbc.sql("select count(*) from deliberation.meeting where kind = 'BUILDING_LEADERS_DAY'"
                + " and held_on < current_date").query(Long.class).single()).as("楼长日 of the past months").isGreaterThan(11);
    }

    @Test
    void ownersVotedInBallotsThatClosedWithTheirVotes() {
        List<Map<String, Object>> closed = jdbc.sql("""
                        select b.id, count(p.voter_id) as votes from deliberation.ballot b
                        join deliberation.ballot_participation p on p.ballot_id = b.id
                        where b.closed_at is not null and b.closed_at < now() - interval '1 day' group by b.id""")
                .query().listOfRows();
        assertThat(closed).as("the year's closed votes").hasSizeGreaterThanOrEqualTo(3);
        assertThat(closed).allSatisfy(row -> assertThat(((Number) row.get("votes")).longValue()).isGreaterThan(40));
    }

    @Test
    void theYearsDisputesWereMediatedToAgreementsReferralsOrAreStillOpen() {
        Map<String, Long> states = new HashMap<>();
        jdbc.sql("select state, count(*) from mediation.dispute where territory_code like '530326001%' group by state")
                .query((rs, n) -> states.put(rs.getString(1), rs.getLong(2))).list();
        assertThat(states).containsKeys("REGISTERED", "MEDIATING", "AGREED", "REFERRED");
        assertThat(states.get("AGREED")).isGreaterThan(states.get("REFERRED"));
        assertThat(jdbc.sql("select count(*) from demo.year_part").query(Long.class).single()).isEqualTo(2);
    }
}
