package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who may see and check which sweep, and read which 明白卡, as the SWEEP and ASSIGNMENT rows of the policy say. */
@AppTest
class SweepAccessIT {

    static final String CHIEF = "sweep-chief";
    static final String CHIEF_PASSWORD = "Sweep-Chief-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    IdentityApi identity;

    long sweep;
    List<String> grids;
    long household;

    @BeforeEach
    void sweep() {
        sweep = SweepFixtures.start(port, clock, "权限排查", "[]").get("id").asLong();
        grids = SweepFixtures.grids(port);
        household = SweepFixtures.households(jdbc, grids.getFirst(), 5).get(4);
    }

    private String check(long of) {
        return "{\"clientId\": \"%s\", \"householdId\": %d, \"answers\": [\"YES\", \"YES\", \"\"]}".formatted(UUID.randomUUID(), of);
    }

    @Test
    void anotherTownSeesNoSweepOfOursNorItsCardsAndStartsNoneHere() {
        Http yiche = Http.as(port, "yiche");
        assertThat(yiche.get("/api/v1/sweeps/" + sweep).status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/sweeps/" + sweep + "/coverage").status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/sweeps/" + sweep + "/remaining").status()).isEqualTo(404);
        assertThat(yiche.postJson("/api/v1/sweeps/" + sweep + "/checks", check(household)).status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/sweeps").json().get("items").valueStream().map(s -> s.get("id").asLong()))
                .doesNotContain(sweep);
        var start = yiche.postJson("/api/v1/sweeps", """
                {"territoryCode": "%s", "title": "越界排查", "startsOn": "2026-12-01", "endsOn": "2026-12-10",
                 "checklist": [{"label": "是否安全"}]}""".formatted(SweepFixtures.TANGLANG));
        assertThat(start.status()).isEqualTo(403);
        assertThat(yiche.get("/api/v1/sweeps/cards/" + household).status()).isEqualTo(404);
        assertThat(yiche.download("/visits/cards.pdf?territory=" + SweepFixtures.TANGLANG).status()).isEqualTo(403);
    }

    @Test
    void aResidentSeesNoSweepAndNoCardButTheirOwn() {
        Http jumin = Http.as(port, "jumin");
        assertThat(jumin.get("/api/v1/sweeps/" + sweep).status()).isEqualTo(403);
        assertThat(jumin.get("/api/v1/sweeps").status()).isEqualTo(403);
        assertThat(jumin.postJson("/api/v1/sweeps/" + sweep + "/checks", check(household)).status()).isEqualTo(403);
        assertThat(jumin.get("/api/v1/sweeps/cards/" + household).status()).isEqualTo(404);
        assertThat(jumin.download("/visits/cards.pdf?territory=" + grids.getFirst()).status()).isEqualTo(403);
    }

    @Test
    void aDepartmentIsRefusedSweepsAndCards() {
        Http bumen = Http.as(port, "bumen");
        var read = bumen.get("/api/v1/sweeps/" + sweep);
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.detail()).contains("全覆盖排查");
        assertThat(bumen.postJson("/api/v1/sweeps/" + sweep + "/checks", check(household)).status()).isEqualTo(403);
        assertThat(bumen.get("/api/v1/sweeps/cards/" + household).status()).isEqualTo(403);
        assertThat(bumen.download("/visits/cards.pdf?territory=" + SweepFixtures.TANGLANG).status()).isEqualTo(403);
    }

    @Test
    void theAuditorReadsButChecksNothingAndAGridWorkerChecksOnlyTheirGrid() {
        Http jijian = Http.as(port, "jijian");
        assertThat(jijian.get("/api/v1/sweeps/" + sweep + "/coverage").status()).isEqualTo(200);
        assertThat(jijian.postJson("/api/v1/sweeps/" + sweep + "/checks", check(household)).status()).isEqualTo(403);
        Http wangge = Http.as(port, "wangge");
        long elsewhere = SweepFixtures.households(jdbc, grids.get(1), 1).getFirst();
        var outside = wangge.postJson("/api/v1/sweeps/" + sweep + "/checks", check(elsewhere));
        assertThat(outside.status()).as("another grid's target is not confirmed to a grid worker").isEqualTo(404);
        assertThat(outside.body()).doesNotContain(String.valueOf(elsewhere));
        assertThat(wangge.postJson("/api/v1/sweeps", "{}").status()).isEqualTo(403);
    }

    @Test
    void aHouseholdChiefSeesAndChecksOnlyTheHouseholdsTheyHold() {
        long chief = identity.findByUsername(CHIEF).map(CurrentUser::id).orElseGet(() -> identity.createUser(
                new IdentityApi.NewUser(CHIEF, "排查测试户长", CHIEF_PASSWORD,
                        List.of(new CurrentUser.Grant(Role.HOUSEHOLD_CHIEF, SweepFixtures.TANGLANG, null)))));
        long theirs = SweepFixtures.households(jdbc, grids.get(1), 2).get(1);
        jdbc.sql("delete from visits.assignment where holder_kind = 'ACCOUNT' and holder_id = :c").param("c", chief).update();
        SweepFixtures.assign(jdbc, clock, "HOUSEHOLD", grids.get(1), theirs, "ACCOUNT", chief, "排查测试户长", "户长",
                null, null);
        var token = Http.anonymous(port).postJson("/api/v1/auth/token",
                "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(CHIEF, CHIEF_PASSWORD));
        Http http = Http.anonymous(port).withToken(token.json().get("token").asString());
        assertThat(http.get("/api/v1/sweeps/" + sweep).json().get("tally").get("targets").asLong()).isEqualTo(1);
        assertThat(http.get("/api/v1/sweeps/" + sweep + "/remaining").json().get("items").valueStream()
                .map(r -> r.get("householdId").asLong())).containsExactly(theirs);
        var checked = http.postJson("/api/v1/sweeps/" + sweep + "/checks", check(theirs));
        assertThat(checked.status()).as(checked.body()).isEqualTo(201);
        assertThat(http.postJson("/api/v1/sweeps/" + sweep + "/checks", check(household)).status())
                .as("a household the chief does not hold is not confirmed to them").isEqualTo(404);
        assertThat(http.get("/api/v1/sweeps/cards/" + theirs).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/sweeps/cards/" + household).status()).isEqualTo(404);
    }
}
