package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiceng.visits.AssignmentFixtures.GRID;
import static org.jiceng.visits.AssignmentFixtures.TANGLANG;

import java.util.List;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Who reads and changes which 包保, as the ASSIGNMENT rows of the policy say. */
@AppTest
class AssignmentAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    long anAssignmentOf堂琅() {
        JsonNode page = Http.as(port, "shequ").get("/api/v1/assignments?territory=" + GRID + "&level=HOUSEHOLD&limit=1").json();
        return page.get("items").get(0).get("id").asLong();
    }

    @Test
    void anotherTownNeitherReadsNorEndsTheChainAndSeesNotThatItExists() {
        long id = anAssignmentOf堂琅();
        Http yiche = Http.as(port, "yiche");
        assertThat(yiche.get("/api/v1/assignments/" + id).status()).isEqualTo(404);
        assertThat(yiche.postJson("/api/v1/assignments/" + id + "/end", "{\"reason\": \"越权结束\"}").status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/assignments/tree?territory=" + TANGLANG).status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/assignments/gaps?territory=" + TANGLANG).status()).isEqualTo(404);
        assertThat(AssignmentApiIT.ids(yiche.get("/api/v1/assignments?territory=" + TANGLANG).json())).isEmpty();
        long household = Http.as(port, "shequ").get("/api/v1/assignments/" + id).json().get("householdId").asLong();
        assertThat(yiche.get("/api/v1/assignments/household/" + household).status()).isEqualTo(404);
        var create = yiche.postJson("/api/v1/assignments", """
                {"level": "GROUP", "territoryCode": "%s", "holderKind": "ACCOUNT", "holderId": 1}""".formatted(GRID));
        assertThat(create.status()).isEqualTo(400);
        assertThat(create.detail()).contains("不在您的辖区内");
        var export = yiche.download("/api/v1/assignments/export.xlsx?territory=" + TANGLANG);
        assertThat(export.status()).isEqualTo(200);
    }

    @Test
    void aDepartmentIsRefusedAndToldWhoMay() {
        Http bumen = Http.as(port, "bumen");
        var list = bumen.get("/api/v1/assignments");
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.detail()).contains("包保关系");
        assertThat(bumen.get("/api/v1/assignments/" + anAssignmentOf堂琅()).status()).isEqualTo(403);
        assertThat(bumen.get("/api/v1/assignments/tree?territory=" + TANGLANG).status()).isEqualTo(403);
        assertThat(bumen.download("/api/v1/assignments/export.xlsx").status()).isEqualTo(403);
    }

    @Test
    void aResidentSeesWhoIsResponsibleForTheirHouseholdAndNothingElse() {
        Http jumin = Http.as(port, "jumin");
        JsonNode mine = jumin.get("/api/v1/assignments/mine").json();
        JsonNode chain = mine.get("household");
        assertThat(chain.isNull()).isFalse();
        assertThat(chain.get("held").asBoolean()).isTrue();
        List<Long> own = chain.get("links").valueStream().map(l -> l.get("id").asLong()).toList();
        assertThat(own).isNotEmpty();
        assertThat(AssignmentApiIT.ids(jumin.get("/api/v1/assignments?limit=500").json())).containsExactlyInAnyOrderElementsOf(own);
        assertThat(jumin.get("/api/v1/assignments/household/" + chain.get("householdId").asLong()).status()).isEqualTo(200);

        long notTheirs = Http.as(port, "shequ").get("/api/v1/assignments?territory=" + TANGLANG + "&level=HOUSEHOLD&limit=500").json()
                .get("items").valueStream().filter(a -> !own.contains(a.get("id").asLong())).findFirst().orElseThrow()
                .get("id").asLong();
        assertThat(jumin.get("/api/v1/assignments/" + notTheirs).status()).isEqualTo(404);
        assertThat(jumin.get("/api/v1/assignments/tree?territory=" + TANGLANG).status()).isEqualTo(403);
        assertThat(jumin.get("/api/v1/assignments/gaps").status()).isEqualTo(403);
        assertThat(jumin.postJson("/api/v1/assignments/" + notTheirs + "/end", "{\"reason\": \"居民结束\"}").status()).isEqualTo(403);
        assertThat(jumin.download("/api/v1/assignments/export.xlsx").status()).isEqualTo(403);
    }

    @Test
    void aHouseholdChiefReadsWhatTheyHoldAndTheChainOverTheirOwnHomeOnly() {
        long resident = identity.findByUsername("huzhang").orElseThrow().residentId();
        Http huzhang = Http.as(port, "huzhang");
        JsonNode mine = huzhang.get("/api/v1/assignments/mine").json();
        assertThat(mine.get("holding").size()).isGreaterThan(1);
        mine.get("holding").forEach(a -> assertThat(a.get("holderId").asLong()).isEqualTo(resident));
        List<Long> ownChain = mine.get("household").isNull() ? List.of()
                : mine.get("household").get("links").valueStream().map(l -> l.get("id").asLong()).toList();
        JsonNode listed = huzhang.get("/api/v1/assignments?limit=500").json();
        assertThat(listed.get("items").size()).isGreaterThanOrEqualTo(mine.get("holding").size());
        listed.get("items").forEach(a -> assertThat(a.get("holderId").asLong() == resident
                || ownChain.contains(a.get("id").asLong())).as(a.toString()).isTrue());

        long held = mine.get("holding").get(0).get("householdId").asLong();
        assertThat(huzhang.get("/api/v1/assignments/household/" + held).status()).isEqualTo(200);
        JsonNode another = Http.as(port, "shequ").get("/api/v1/assignments?territory=" + TANGLANG + "&level=HOUSEHOLD&limit=500").json()
                .get("items").valueStream().filter(a -> a.get("holderId").asLong() != resident
                        && !ownChain.contains(a.get("id").asLong())).findFirst().orElseThrow();
        assertThat(huzhang.get("/api/v1/assignments/" + another.get("id").asLong()).status()).isEqualTo(404);
        assertThat(huzhang.get("/api/v1/assignments/tree?territory=" + GRID).status()).isEqualTo(403);
        assertThat(huzhang.postJson("/api/v1/assignments", "{\"level\": \"HOUSEHOLD\"}").status()).isEqualTo(403);
    }
}
