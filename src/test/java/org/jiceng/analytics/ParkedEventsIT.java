package org.jiceng.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Events the three-rate folder cannot fold are shown to the county administrator, who can have them folded again. */
@AppTest
class ParkedEventsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEventTheFolderCannotReadIsShownToTheCountyAdministratorWithItsCaseAndCanBeFoldedAgain() throws Exception {
        JsonNode filed = fileACase();
        long caseId = filed.get("id").asLong();
        // not an event the folder can read: it parks it (territory and number as the queue writes them from the facts)
        long broken = queue(caseId, filed.get("gridCode").asString(), filed.get("number").asString(), "{\"facts\": 12");
        awaitParked(broken);

        JsonNode items = Http.as(port, "admin").get("/api/v1/stats/parked-events").json().get("items");
        JsonNode shown = items.valueStream().filter(i -> i.get("id").asLong() == broken).findFirst().orElseThrow();
        assertThat(shown.get("caseId").asLong()).isEqualTo(caseId);
        assertThat(shown.get("caseNumber").asString()).isEqualTo(filed.get("number").asString());
        assertThat(shown.get("error").asString()).isNotBlank();
        assertThat(Http.as(port, "admin").get("/stats/unit?unit=530326").body())
                .contains("未能计入三率").contains(shown.get("caseNumber").asString());

        var retried = Http.as(port, "admin").postJson("/api/v1/stats/parked-events/" + broken + "/retry", "{}");
        assertThat(retried.status()).as(retried.body()).isEqualTo(204);
        awaitParked(broken);   // folded again, and set aside again: its payload is still unreadable

        var fromPage = Http.as(port, "admin").postForm("/stats/parked-events/" + broken + "/retry",
                java.util.Map.of("unit", "530326", "month", "2026-12"));
        assertThat(fromPage.status()).as(fromPage.body()).isEqualTo(302);
        assertThat(fromPage.location()).contains("/stats/unit?unit=530326&month=2026-12&retried=" + broken);
        awaitParked(broken);
    }

    @Test
    void onlyACountyAdministratorSeesParkedEventsAndNeverThoseOfAnotherCounty() throws Exception {
        // a case of 昆明市五华区, outside 会泽县's administrator's scope
        long elsewhere = queue(987_654_321L, "530102001001", "530102-20261201-000001", "{\"facts\": 13");
        awaitParked(elsewhere);

        var town = Http.as(port, "gucheng").get("/api/v1/stats/parked-events");
        assertThat(town.status()).isEqualTo(403);
        assertThat(town.isProblem()).isTrue();
        assertThat(town.detail()).contains("县级管理员");
        assertThat(Http.as(port, "gucheng").postJson("/api/v1/stats/parked-events/" + elsewhere + "/retry", "{}").status())
                .isEqualTo(403);

        JsonNode items = Http.as(port, "admin").get("/api/v1/stats/parked-events").json().get("items");
        assertThat(items.valueStream().map(i -> i.get("id").asLong())).doesNotContain(elsewhere);
        var retry = Http.as(port, "admin").postJson("/api/v1/stats/parked-events/" + elsewhere + "/retry", "{}");
        assertThat(retry.status()).isEqualTo(404);
        assertThat(retry.detail()).contains("不在您的辖区内");
        assertThat(parkedAt(elsewhere)).isNotNull();   // refused: left as it was
    }

    @Test
    void theStatisticsPageShowsParkedEventsToTheCountyAdministratorOnly() throws Exception {
        long inTown = queue(987_654_322L, "530326001001001", "530326-20261201-987654", "{\"facts\": 14");
        awaitParked(inTown);
        var town = Http.as(port, "gucheng").get("/stats/unit?unit=530326001");
        assertThat(town.status()).isEqualTo(200);
        assertThat(town.body()).doesNotContain("id=\"parked\"").doesNotContain("530326-20261201-987654");
        assertThat(Http.as(port, "admin").get("/stats/unit?unit=530326").body())
                .contains("id=\"parked\"").contains("530326-20261201-987654");
    }

    private JsonNode fileACase() {
        JsonNode grid = Http.as(port, "shequ").get("/api/v1/grids?village=530326001001").json().get("items").get(0);
        var filed = Http.as(port, "jumin").postJson("/api/v1/cases", """
                {"categoryCode": "0101", "description": "路灯坏了一个星期了", "lat": %s, "lon": %s}"""
                .formatted(grid.get("centroid").get("lat").asDouble(), grid.get("centroid").get("lon").asDouble()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json();
    }

    private long queue(long caseId, String territory, String number, String payload) {
        return jdbc.sql("insert into analytics.case_event_queue (case_id, territory_code, case_number, kind, payload)"
                        + " values (:case, :territory, :number, 'MOVED', :payload) returning id")
                .param("case", caseId).param("territory", territory).param("number", number).param("payload", payload)
                .query(Long.class).single();
    }

    private Object parkedAt(long id) {
        return jdbc.sql("select parked_at from analytics.case_event_queue where id = :id").param("id", id)
                .query((rs, n) -> rs.getObject(1)).optional().orElse(null);
    }

    private void awaitParked(long id) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Thread.sleep(300);
        while (parkedAt(id) == null) {
            assertThat(System.nanoTime()).as("事件 %d 未被搁置", id).isLessThan(end);
            Thread.sleep(100);
        }
    }
}
