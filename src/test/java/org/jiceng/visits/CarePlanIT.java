package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jiceng.County;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.support.MovableClock;
import org.jiceng.visits.internal.HouseholdProjection;
import org.jiceng.visits.internal.care.CareDue;
import org.jiceng.visits.internal.care.CarePlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** 一人一策 end to end: plans made for the special population, moved by visits, overdue as days pass. */
@AppTest
class CarePlanIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HouseholdProjection households;

    @Autowired
    CarePlans plans;

    @Autowired
    IdentityApi identity;

    @Autowired
    MovableClock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    CareFixtures care;
    String grid;

    @BeforeEach
    void setUp() {
        care = new CareFixtures(jdbc, households, plans, identity, clock);
        grid = care.grid();
    }

    long count(String sql) {
        return jdbc.sql(sql).param("grid", grid).query(Long.class).single();
    }

    void visit(long plan, Instant at) {
        long household = care.household(plan);
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(
                new VisitLogged(0, household, grid, "HOME", care.accountId("wangge"), at)));
    }

    JsonNode plan(Http http, long id) {
        var answer = http.get("/api/v1/care-plans/" + id);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void everySpecialPopulationHouseholdGetsOneActivePlanAndRunningItAgainChangesNothing() {
        // another grid of the demo town than the one the other tests (and the authorisation matrix's plan 1) use
        grid = jdbc.sql("select territory_code from visits.household where territory_code like '530326001%' and"
                        + " territory_code <> :grid and cardinality(care_tags) > 0 group by 1 order by 1 desc limit 1")
                .param("grid", grid).query(String.class).single();
        households.refresh(grid);
        jdbc.sql("delete from visits.care_plan where territory_code = :grid").param("grid", grid).update();
        long careHouseholds = count("select count(*) from visits.household where territory_code = :grid and cardinality(care_tags) > 0");
        assertThat(careHouseholds).as("the demo grid has special-population households").isPositive();

        CarePlans.Ensured first = plans.ensureFor(grid);
        assertThat(first.created()).isEqualTo((int) careHouseholds);
        assertThat(count("select count(*) from visits.care_plan where territory_code = :grid and status = 'ACTIVE'"))
                .isEqualTo(careHouseholds);
        assertThat(count("""
                select count(*) from visits.household h where h.territory_code = :grid and cardinality(h.care_tags) > 0
                  and (select count(*) from visits.care_plan p where p.household_id = h.id and p.status = 'ACTIVE') <> 1"""))
                .isZero();
        assertThat(count("""
                select count(*) from visits.care_plan p join visits.household h on h.id = p.household_id
                where p.territory_code = :grid and not (p.tags @> h.care_tags and p.tags <@ h.care_tags)""")).isZero();

        CarePlans.Ensured again = plans.ensureFor(grid);
        assertThat(again).isEqualTo(new CarePlans.Ensured(0, 0, 0, 0));
        assertThat(count("select count(*) from visits.care_plan where territory_code = :grid")).isEqualTo(careHouseholds);
    }

    @Test
    void aPlanTakesTheHolderOfItsHouseholdAsResponsibleAndIsUnassignedOtherwise() {
        long id = care.plan(grid, 1);
        jdbc.sql("update visits.care_plan set responsible_kind = null, responsible_id = null, responsible_name = null where id = :id")
                .param("id", id).update();
        Http shequ = Http.as(port, "shequ");
        JsonNode unassigned = plan(shequ, id);
        assertThat(unassigned.get("responsibleId").isNull()).isTrue();
        assertThat(shequ.get("/visits/care-plans/" + id).body()).contains("未落实责任人");

        care.hold(id, "wangge");
        assertThat(plans.ensureFor(grid).assigned()).isGreaterThanOrEqualTo(1);
        JsonNode assigned = plan(shequ, id);
        assertThat(assigned.get("responsibleKind").asString()).isEqualTo("ACCOUNT");
        assertThat(assigned.get("responsibleId").asLong()).isEqualTo(care.accountId("wangge"));
    }

    @Test
    void aVisitMovesTheDueDateOnByTheFrequency() {
        long id = care.plan(grid, 2);
        Http shequ = Http.as(port, "shequ");
        int every = plan(shequ, id).get("visitEveryDays").asInt();

        visit(id, clock.instant());
        JsonNode visited = plan(shequ, id);
        assertThat(visited.get("lastVisitedOn").asString()).isEqualTo(care.today().toString());
        assertThat(visited.get("nextDueOn").asString()).isEqualTo(care.today().plusDays(every).toString());
        assertThat(visited.get("overdue").asBoolean()).isFalse();

        // a visit logged late, for a day before the last one, does not move the plan back
        visit(id, clock.instant().minus(Duration.ofDays(3)));
        assertThat(plan(shequ, id).get("nextDueOn").asString()).isEqualTo(care.today().plusDays(every).toString());
    }

    @Test
    void daysPassingPastTheDueDateMakeATaskOnTheResponsibleHomePageAndASupervisionItemAbove() {
        long id = care.plan(grid, 3);
        care.hold(id, "wangge");
        Http shequ = Http.as(port, "shequ");
        int version = plan(shequ, id).get("version").asInt();
        var set = shequ.patchJson("/api/v1/care-plans/" + id, """
                {"version": %d, "responsibleKind": "ACCOUNT", "responsibleId": %d, "visitEveryDays": 7}"""
                .formatted(version, care.accountId("wangge")));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        visit(id, clock.instant());
        long household = care.household(id);
        try {
            // tokens expire as the days pass: each day signs in afresh
            clock.advance(Duration.ofDays(7));
            shequ = Http.as(port, "shequ");
            JsonNode dueToday = plan(shequ, id);
            assertThat(dueToday.get("overdue").asBoolean()).as("due today is not yet overdue").isFalse();
            assertThat(dueToday.get("dueSoon").asBoolean()).isTrue();
            assertThat(Http.as(port, "wangge").get("/").body()).contains("走访任务", "/visits/log?household=" + household);

            clock.advance(Duration.ofDays(2));
            shequ = Http.as(port, "shequ");
            Http wangge = Http.as(port, "wangge");
            JsonNode late = plan(shequ, id);
            assertThat(late.get("overdue").asBoolean()).isTrue();
            assertThat(late.get("daysOverdue").asLong()).isEqualTo(2);

            String home = wangge.get("/").body();
            assertThat(home).contains("id=\"care-tasks\"", "/visits/log?household=" + household, "已逾期 2 天");

            JsonNode overdue = shequ.get("/api/v1/care-plans/overdue?territory=" + CareFixtures.TANGLANG).json();
            assertThat(overdue.get("total").asLong()).isPositive();
            JsonNode group = overdue.get("groups").valueStream()
                    .filter(g -> g.get("responsibleId") != null && !g.get("responsibleId").isNull()
                            && g.get("responsibleId").asLong() == care.accountId("wangge")
                            && "ACCOUNT".equals(g.get("responsibleKind").asString()))
                    .findFirst().orElseThrow();
            assertThat(group.get("plans").valueStream().map(p -> p.get("id").asLong())).contains(id);

            assertThat(shequ.get("/").body()).contains("count-care-overdue", "逾期走访督办");
            assertThat(shequ.get("/visits/care-plans/overdue?territory=" + CareFixtures.TANGLANG).body())
                    .contains("逾期走访督办", "/visits/care-plans/" + id);
            assertThat(shequ.get("/api/v1/care-plans?overdue=true&territory=" + grid + "&limit=500").json().get("items")
                    .valueStream().map(p -> p.get("id").asLong())).contains(id);
            assertThat(wangge.get("/api/v1/care-plans?responsible=me&limit=500").json().get("items")
                    .valueStream().map(p -> p.get("id").asLong())).contains(id);

            visit(id, clock.instant());
            assertThat(plan(shequ, id).get("overdue").asBoolean()).as("a visit clears it").isFalse();
            assertThat(wangge.get("/").body()).doesNotContain("已逾期 2 天");
        } finally {
            clock.reset();
        }
    }

    @Test
    void aChangeOnAStaleVersionIsRefusedWith409AndWritesNothing() {
        long id = care.plan(grid, 4);
        Http shequ = Http.as(port, "shequ");
        int version = plan(shequ, id).get("version").asInt();
        var first = shequ.patchJson("/api/v1/care-plans/" + id, "{\"version\": %d, \"needs\": \"冬季取暖\"}".formatted(version));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("version").asInt()).isEqualTo(version + 1);

        var stale = shequ.patchJson("/api/v1/care-plans/" + id, "{\"version\": %d, \"needs\": \"覆盖\"}".formatted(version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.detail()).contains("已被他人修改");
        assertThat(plan(shequ, id).get("needs").asString()).isEqualTo("冬季取暖");

        var page = shequ.postForm("/visits/care-plans/" + id, Map.of("version", String.valueOf(version),
                "responsible", "NONE", "visitEveryDays", "", "needs", "页面上输入的需求", "measures", "", "reviewOn", ""));
        assertThat(page.status()).isEqualTo(409);
        assertThat(page.body()).contains("已被他人修改", "页面上输入的需求");
    }

    @Test
    void badInputIs400InChineseAndNothingIsWritten() {
        long id = care.plan(grid, 5);
        Http shequ = Http.as(port, "shequ");
        JsonNode before = plan(shequ, id);
        int version = before.get("version").asInt();
        var zero = shequ.patchJson("/api/v1/care-plans/" + id,
                "{\"version\": %d, \"needs\": \"改了\", \"visitEveryDays\": 0}".formatted(version));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.detail()).contains("走访频次");
        var stranger = shequ.patchJson("/api/v1/care-plans/" + id,
                "{\"version\": %d, \"responsibleKind\": \"ACCOUNT\", \"responsibleId\": 999999}".formatted(version));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.detail()).contains("责任人");
        assertThat(shequ.patchJson("/api/v1/care-plans/" + id, "{\"needs\": \"无版本\"}").status()).isEqualTo(400);
        assertThat(plan(shequ, id).get("version").asInt()).isEqualTo(version);
        assertThat(plan(shequ, id).get("needs").asString()).isEqualTo(before.get("needs").asString());

        var page = shequ.postForm("/visits/care-plans/" + id, Map.of("version", String.valueOf(version),
                "responsible", "NONE", "visitEveryDays", "九", "needs", "保留这段文字", "measures", "", "reviewOn", ""));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("走访频次", "保留这段文字");
    }

    @Test
    void changingTheCountyFrequencyMovesThePlansThatFollowTheirTagsAtOnce() {
        long id = care.plan(grid, 6);
        Http admin = Http.as(port, "admin");
        JsonNode plan = plan(admin, id);
        String tag = plan.get("tags").get(0).asString();
        var own = admin.patchJson("/api/v1/care-plans/" + id, "{\"version\": %d, \"tagFrequency\": true}"
                .formatted(plan.get("version").asInt()));
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        visit(id, clock.instant());
        String county = County.of(grid);
        try {
            var put = admin.putJson("/api/v1/care-plans/frequencies", """
                    {"county": "%s", "frequencies": {"LIVING_ALONE_ELDERLY": 1, "EMPTY_NEST_ELDERLY": 1,
                     "LEFT_BEHIND_CHILD": 1, "DISABLED": 1, "MINIMUM_LIVING": 1, "POVERTY_MONITORED": 1,
                     "SERIOUSLY_ILL": 1}}""".formatted(county));
            assertThat(put.status()).as(put.body()).isEqualTo(200);
            assertThat(put.json().get("frequencies").valueStream().filter(f -> f.get("tag").asString().equals(tag))
                    .findFirst().orElseThrow().get("visitEveryDays").asInt()).isEqualTo(1);
            JsonNode moved = plan(admin, id);
            assertThat(moved.get("visitEveryDays").asInt()).isEqualTo(1);
            assertThat(moved.get("nextDueOn").asString()).isEqualTo(care.today().plusDays(1).toString());

            var bad = admin.putJson("/api/v1/care-plans/frequencies",
                    "{\"county\": \"%s\", \"frequencies\": {\"LIVING_ALONE_ELDERLY\": 400}}".formatted(county));
            assertThat(bad.status()).isEqualTo(400);
            assertThat(plan(admin, id).get("visitEveryDays").asInt()).as("nothing half-written").isEqualTo(1);
        } finally {
            var back = admin.putJson("/api/v1/care-plans/frequencies", "{\"county\": \"%s\", \"frequencies\": {}}".formatted(county));
            assertThat(back.status()).isEqualTo(200);
        }
        assertThat(plan(admin, id).get("visitEveryDays").asInt()).as("back to the defaults").isEqualTo(CareDue.everyDays(
                plan.get("tags").valueStream().map(JsonNode::asString).toList(), Map.of()));
    }

    @Test
    void aPlanIsClosedWithItsReasonAndThenRefusesChanges() {
        long id = care.plan(grid, 7);
        Http shequ = Http.as(port, "shequ");
        int version = plan(shequ, id).get("version").asInt();
        assertThat(shequ.postJson("/api/v1/care-plans/" + id + "/close", "{\"version\": %d}".formatted(version)).status())
                .isEqualTo(400);
        var closed = shequ.postJson("/api/v1/care-plans/" + id + "/close",
                "{\"version\": %d, \"reason\": \"老人已随子女迁居外地\"}".formatted(version));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().get("closedReason").asString()).isEqualTo("老人已随子女迁居外地");
        var again = shequ.patchJson("/api/v1/care-plans/" + id,
                "{\"version\": %d, \"needs\": \"x\"}".formatted(closed.json().get("version").asInt()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(shequ.get("/api/v1/care-plans?status=CLOSED&territory=" + grid + "&limit=500").json().get("items")
                .valueStream().map(p -> p.get("id").asLong())).contains(id);
    }

    @Test
    void theCarePlanPagesShowTheListThePlanAndTheFrequencies() {
        long id = care.plan(grid, 8);
        Http shequ = Http.as(port, "shequ");
        var list = shequ.get("/visits/care-plans?territory=" + grid);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("一人一策", "/visits/care-plans/" + id);
        var page = shequ.get("/visits/care-plans/" + id);
        assertThat(page.body()).contains("修改计划", "/visits/log?household=" + care.household(id), "关闭计划");
        assertThat(shequ.get("/visits/care-plans/frequencies").body()).contains("独居老人").doesNotContain("save-frequencies");
        assertThat(Http.as(port, "admin").get("/visits/care-plans/frequencies").body()).contains("save-frequencies");
        assertThat(shequ.get("/").body()).contains("go-care-plans");
        assertThat(Http.as(port, "wangge").get("/visits/care-plans/" + id).body()).doesNotContain("修改计划");
    }
}
