package org.jiceng.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Who reads which figures, role by role, as the permission policy says. */
@AppTest
class StatsAccessIT {

    @LocalServerPort
    int port;

    long unitOfBumen() {
        return Http.as(port, "bumen").get("/api/v1/me").json().get("unitId").asLong();
    }

    @Test
    void aDepartmentReadsItsOwnRatesAndItsOwnRowOfTheDepartmentRanking() {
        long unit = unitOfBumen();
        Http bumen = Http.as(port, "bumen");
        JsonNode own = bumen.get("/api/v1/stats/three-rates").json();
        assertThat(own.get("unit").asString()).isEqualTo(String.valueOf(unit));
        var ranking = bumen.get("/api/v1/stats/rankings?of=departments");
        assertThat(ranking.status()).isEqualTo(200);
        JsonNode items = ranking.json().get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("unit").asString()).isEqualTo(String.valueOf(unit));
        if (items.get(0).get("cases").asLong() == 0) {
            assertThat(items.get(0).get("rank").isNull()).as("no case this month: no place, listed last").isTrue();
        } else {
            assertThat(items.get(0).get("rank").asInt()).isPositive();
        }
        assertThat(Http.as(port, "admin").get("/api/v1/stats/rankings?of=departments").json().get("items").size())
                .as("the county sees every department").isGreaterThan(1);
    }

    @Test
    void aDepartmentReadsNoOtherDepartmentNoTerritoryAndNoTownRanking() {
        long unit = unitOfBumen();
        long other = Http.as(port, "admin").get("/api/v1/stats/rankings?of=departments").json().get("items").valueStream()
                .map(i -> Long.parseLong(i.get("unit").asString())).filter(id -> id != unit).findFirst().orElseThrow();
        Http bumen = Http.as(port, "bumen");
        assertThat(bumen.get("/api/v1/stats/three-rates?unit=" + other).status()).isEqualTo(403);
        assertThat(bumen.get("/api/v1/stats/three-rates?unit=530326").status()).isEqualTo(403);
        assertThat(bumen.get("/api/v1/stats/levels").status()).isEqualTo(403);
        assertThat(bumen.get("/api/v1/stats/rankings?of=towns").status()).isEqualTo(403);
        assertThat(bumen.get("/api/v1/stats/parked-events").status()).isEqualTo(403);
    }

    @Test
    void oversightReadsTheCountysFiguresButManagesNoParkedEvents() {
        Http jijian = Http.as(port, "jijian");
        assertThat(jijian.get("/api/v1/stats/three-rates?unit=530326").status()).isEqualTo(200);
        assertThat(jijian.get("/api/v1/stats/three-rates?unit=" + unitOfBumen()).status()).isEqualTo(200);
        assertThat(jijian.get("/api/v1/stats/rankings?of=towns").status()).isEqualTo(200);
        var parked = jijian.get("/api/v1/stats/parked-events");
        assertThat(parked.status()).isEqualTo(403);
        assertThat(parked.detail()).contains("县级管理员");
        assertThat(Http.as(port, "admin").get("/api/v1/stats/parked-events").status()).isEqualTo(200);
    }

    @Test
    void residentsGridWorkersAndPartyAdministratorsReadNoFigures() {
        for (String user : new String[] {"jumin", "wangge", "dangjian"}) {
            Http http = Http.as(port, user);
            for (String path : new String[] {"/api/v1/stats/three-rates", "/api/v1/stats/rankings?of=towns",
                    "/api/v1/stats/levels"}) {
                var answer = http.get(path);
                assertThat(answer.status()).as(user + " " + path).isEqualTo(403);
                assertThat(answer.detail()).as(user + " " + path).startsWith("您没有查看统计分析的权限");
            }
        }
    }

    @Test
    void aTownReadsItsOwnFiguresAndNotAnotherTowns() {
        Http yiche = Http.as(port, "yiche");
        assertThat(yiche.get("/api/v1/stats/three-rates?unit=530326103").status()).isEqualTo(200);
        assertThat(yiche.get("/api/v1/stats/three-rates?unit=530326001").status()).isEqualTo(403);
        assertThat(Http.as(port, "gucheng").get("/api/v1/stats/levels?territory=530326001").status()).isEqualTo(200);
    }
}
