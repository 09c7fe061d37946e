package org.jiceng.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jiceng.Beijing;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.support.MovableClock;
import org.jiceng.volunteer.internal.Volunteers;
import org.jiceng.volunteer.internal.honour.BlackList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The 红榜 from confirmed hours and verified records, and the 黑榜's life from decision to expiry. */
@AppTest
class HonourApiIT {

    static final String TANGLANG = TimeBankPeople.TANGLANG;

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    @Autowired
    Volunteers volunteers;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BlackList blackList;

    @Autowired
    MovableClock clock;

    TimeBankPeople people;
    final LocalDate today = Beijing.today(Beijing.systemClock());

    @BeforeEach
    void setUp() {
        people = new TimeBankPeople(port, identity, volunteers);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A month long past, so that no other test's list of it exists. */
    static YearMonth freshMonth() {
        return YearMonth.of(2000 + (int) (System.nanoTime() % 20), 1 + (int) (System.nanoTime() % 12));
    }

    static void waitUntil(java.util.function.BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the tally was not kept within 20 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void theRedListNamesTheMonthsVolunteersByConfirmedHoursAndVerifiedHouseholdsOnceItIsPublished() {
        String name = "陈红榜" + TimeBankPeople.unique().substring(0, 3);
        var volunteer = people.resident(name);
        YearMonth month = freshMonth();
        Instant inMonth = month.atDay(10).atStartOfDay(Beijing.ZONE).toInstant();
        long attendance = System.nanoTime();
        for (int delivery = 0; delivery < 2; delivery++) {
            // delivered twice, counted once
            transactions.executeWithoutResult(t -> events.publishEvent(new VolunteerHoursConfirmed("530326",
                    attendance, volunteer.volunteerId(), TANGLANG, 1, "清扫楼道", 150, false, inMonth)));
        }
        waitUntil(() -> jdbc.sql("select coalesce(sum(minutes), 0) from volunteer.hours_tally where volunteer_id = :v")
                .param("v", volunteer.volunteerId()).query(Integer.class).single() == 150);

        Http shequ = Http.as(port, "shequ");
        var drafted = shequ.postJson("/api/v1/volunteer/honours/red-lists",
                "{\"communityCode\": \"%s\", \"month\": \"%s\"}".formatted(TANGLANG, month));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        long list = drafted.json().get("id").asLong();
        assertThat(drafted.json().get("entries").valueStream().map(e -> e.get("displayName").asString()))
                .as("drafted by surname only, never the register's full name")
                .contains(name.substring(0, 1) + "某").doesNotContain(name);
        var noEvidence = shequ.postJson("/api/v1/volunteer/honours/red-lists/" + list + "/entries",
                "{\"category\": \"HOUSEHOLD\", \"displayName\": \"张家\"}");
        assertThat(noEvidence.status()).isEqualTo(400);
        assertThat(shequ.postJson("/api/v1/volunteer/honours/red-lists/" + list + "/entries",
                "{\"category\": \"NEIGHBOUR_HEAD\", \"displayName\": \"3 栋邻长老杨\", \"evidence\": \"楼栋议事记录 5 次\"}")
                .status()).isEqualTo(200);

        assertThat(Http.as(port, "jumin").get("/api/v1/volunteer/honours?village=%s&month=%s".formatted(TANGLANG, month))
                .json().get("red")).as("a draft is not shown").isEmpty();
        assertThat(Http.as(port, "jumin").get("/api/v1/volunteer/honours/red-lists/" + list).status()).isEqualTo(404);
        assertThat(shequ.postJson("/api/v1/volunteer/honours/red-lists/" + list + "/publish", "{}").status())
                .isEqualTo(200);

        JsonNode red = Http.as(port, "jumin").get("/api/v1/volunteer/honours?village=%s&month=%s"
                .formatted(TANGLANG, month)).json().get("red");
        assertThat(red.valueStream().map(l -> l.get("displayName").asString())).contains("3 栋邻长老杨");
        assertThat(red.valueStream().filter(l -> l.get("category").asString().equals("VOLUNTEER"))
                .map(l -> l.get("what").asString())).contains("志愿服务 2 小时 30 分钟");
        assertThat(shequ.postJson("/api/v1/volunteer/honours/red-lists/" + list + "/entries",
                "{\"category\": \"HOUSEHOLD\", \"displayName\": \"李家\", \"evidence\": \"评议\"}").status())
                .as("published lists stay as published").isEqualTo(409);
    }

    @Test
    void aBlackListEntryIsDecidedToldAppealedDecidedAndEndsAfterItsTermShowingOnlyTheAgreedName() {
        var person = people.resident("黄真名");
        Http shequ = Http.as(port, "shequ");
        var noDecider = shequ.postJson("/api/v1/volunteer/honours/black", """
                {"communityCode": "%s", "volunteerId": %d, "displayName": "黄某", "conduct": "乱扔垃圾",
                 "ruleBroken": "村规民约第五条", "decidedOn": "%s", "endsOn": "%s"}"""
                .formatted(TANGLANG, person.volunteerId(), today, today.plusDays(30)));
        assertThat(noDecider.status()).isEqualTo(400);
        assertThat(noDecider.detail()).contains("决定机构");

        var decided = shequ.postJson("/api/v1/volunteer/honours/black", """
                {"communityCode": "%s", "volunteerId": %d, "displayName": "黄某", "conduct": "高空抛物",
                 "ruleBroken": "村规民约第五条", "decidedBy": "社区两委联席会议", "decidedOn": "%s", "endsOn": "%s"}"""
                .formatted(TANGLANG, person.volunteerId(), today, today.plusDays(30)));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        long id = decided.json().get("id").asLong();
        assertThat(decided.json().get("status").asString()).as("told by a message").isEqualTo("ACTIVE");
        assertThat(person.http().get("/api/v1/inbox").json().get("items").valueStream()
                .map(m -> m.get("title").asString())).contains("您被列入社区黑榜");

        String board = Http.as(port, "jumin").get("/api/v1/volunteer/honours?village=" + TANGLANG).body();
        assertThat(board).contains("黄某").contains("高空抛物").doesNotContain("黄真名").doesNotContain("13800138000")
                .doesNotContain("138****");
        assertThat(Http.as(port, "jumin").get("/api/v1/volunteer/honours/black/" + id).status())
                .as("another resident reads the board, not the record").isEqualTo(404);
        assertThat(Http.as(port, "jumin").postJson("/api/v1/volunteer/honours/black/" + id + "/appeal",
                "{\"reason\": \"不是我\"}").status()).isEqualTo(404);

        var appealed = person.http().postJson("/api/v1/volunteer/honours/black/" + id + "/appeal",
                "{\"reason\": \"当天我不在家，有监控为证\"}");
        assertThat(appealed.status()).as(appealed.body()).isEqualTo(200);
        assertThat(appealed.json().get("status").asString()).isEqualTo("APPEALED");
        assertThat(Http.as(port, "jumin").get("/api/v1/volunteer/honours?village=" + TANGLANG).body())
                .as("withheld while the appeal is decided").doesNotContain("黄某");
        assertThat(person.http().postJson("/api/v1/volunteer/honours/black/" + id + "/appeal-decision",
                "{\"upheld\": true, \"reason\": \"自己说了算\"}").status()).isEqualTo(403);

        var refused = shequ.postJson("/api/v1/volunteer/honours/black/" + id + "/appeal-decision",
                "{\"upheld\": false, \"reason\": \"监控显示确为本人\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(refused.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(refused.json().get("appealDecision").asString()).isEqualTo("监控显示确为本人");
        assertThat(Http.as(port, "jumin").get("/api/v1/volunteer/honours?village=" + TANGLANG).body()).contains("黄某");
        assertThat(person.http().postJson("/api/v1/volunteer/honours/black/" + id + "/appeal",
                "{\"reason\": \"再申诉\"}").status()).as("one appeal").isEqualTo(409);

        clock.advance(Duration.ofDays(31));
        assertThat(blackList.endExpired()).isPositive();
        assertThat(Http.as(port, "jumin").get("/api/v1/volunteer/honours?village=" + TANGLANG).body())
                .doesNotContain("黄某");
        assertThat(Http.as(port, "shequ").get("/api/v1/volunteer/honours/black/" + id).json().get("status")
                .asString()).isEqualTo("ENDED");
    }

    @Test
    void anUpheldAppealRemovesTheEntry() {
        var person = people.resident("林申诉");
        Http shequ = Http.as(port, "shequ");
        long id = shequ.postJson("/api/v1/volunteer/honours/black", """
                {"communityCode": "%s", "volunteerId": %d, "displayName": "林某", "conduct": "占用消防通道",
                 "ruleBroken": "居民公约第三条", "decidedBy": "居民议事会", "decidedOn": "%s", "endsOn": "%s"}"""
                .formatted(TANGLANG, person.volunteerId(), today, today.plusDays(10))).json().get("id").asLong();
        person.http().postJson("/api/v1/volunteer/honours/black/" + id + "/appeal", "{\"reason\": \"车不是我的\"}");
        var upheld = shequ.postJson("/api/v1/volunteer/honours/black/" + id + "/appeal-decision",
                "{\"upheld\": true, \"reason\": \"核实车辆属他人\"}");
        assertThat(upheld.json().get("status").asString()).isEqualTo("REVOKED");
        assertThat(Http.as(port, "jumin").get("/api/v1/volunteer/honours?village=" + TANGLANG).body())
                .doesNotContain("林某");
    }

    @Test
    void anotherTownAResidentAndADepartmentMayNotDecideOrRead() {
        String body = """
                {"communityCode": "%s", "volunteerId": %d, "displayName": "某某", "conduct": "乱停车",
                 "ruleBroken": "公约", "decidedBy": "两委", "decidedOn": "%s", "endsOn": "%s"}"""
                .formatted(TANGLANG, people.withoutPhone("无手机"), today, today.plusDays(5));
        assertThat(Http.as(port, "yiche").postJson("/api/v1/volunteer/honours/black", body).status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").postJson("/api/v1/volunteer/honours/black", body).status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get("/api/v1/volunteer/honours?village=" + TANGLANG).status()).isEqualTo(403);
        var made = Http.as(port, "shequ").postJson("/api/v1/volunteer/honours/black", body);
        assertThat(made.json().get("status").asString()).as("no account: the community must tell").isEqualTo("UNTOLD");
        long id = made.json().get("id").asLong();
        assertThat(Http.as(port, "jumin").get("/api/v1/volunteer/honours?village=" + TANGLANG).body())
                .doesNotContain("某某");
        assertThat(Http.as(port, "yiche").get("/api/v1/volunteer/honours/black/" + id).status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").get("/api/v1/volunteer/honours?village=" + TANGLANG).status()).isEqualTo(403);
        var told = Http.as(port, "shequ").postJson("/api/v1/volunteer/honours/black/" + id + "/told",
                "{\"how\": \"网格员上门当面告知\"}");
        assertThat(told.json().get("status").asString()).isEqualTo("ACTIVE");
    }
}
