package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.jiceng.Beijing;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.visits.internal.HouseholdProjection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who reads a household's 防返贫 figures: its 帮扶 contact and the village and town staff of the place; not a grid
 * worker who is not its contact, another town, a resident, a department, the county administrator or the auditor.
 */
@AppTest
class MonitoringAccessIT {

    static final String REASON = "?reason=" + URLEncoder.encode("入户核查", StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @Autowired
    HouseholdProjection projection;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityApi identity;

    @Autowired
    Clock clock;

    String path;

    /** A flagged household in the grid of the demo grid worker {@code wangge}, recorded by the community. */
    @BeforeEach
    void flaggedHouseholdInWanggesGrid() {
        projection.refresh("530326001001");
        String grid = identity.findByUsername("wangge").orElseThrow().grants().getFirst().territoryCode();
        long household = MonitoringHouseholds.unrecorded(jdbc, grid);
        path = "/api/v1/monitoring/households/" + household + "/" + (Beijing.today(clock).getYear() - 1);
        var saved = Http.as(port, "shequ").putJson(path, """
                {"size": 2, "incomes": [{"source": "WAGE", "fen": 400000}]}""");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("status").asString()).isEqualTo("FLAGGED");
    }

    @Test
    void villageAndTownStaffOfThePlaceReadTheFigures() {
        assertThat(Http.as(port, "shequ").get(path + REASON).status()).isEqualTo(200);
        assertThat(Http.as(port, "gucheng").get(path + REASON).status()).isEqualTo(200);
    }

    @Test
    void aGridWorkerWhoIsNotTheContactIsRefusedAndTheContactIsAllowed() {
        Http wangge = Http.as(port, "wangge");
        assertThat(wangge.get(path + REASON).status()).isIn(403, 404);
        assertThat(wangge.postJson(path + "/measures", "{\"text\": \"上门了解情况\"}").status()).isIn(403, 404);
        assertThat(wangge.get("/api/v1/monitoring/households").body()).doesNotContain(path.split("/")[5] + ",");

        assertThat(Http.as(port, "shequ").postJson(path + "/contact", "{\"username\": \"wangge\"}").status()).isEqualTo(200);
        var read = wangge.get(path + REASON);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("incomes").get(0).get("fen").asLong()).isEqualTo(400_000);
        var measure = wangge.postJson(path + "/measures", "{\"text\": \"上门了解情况\"}");
        assertThat(measure.status()).as(measure.body()).isEqualTo(200);
        assertThat(measure.json().get("status").asString()).isEqualTo("MONITORED");
        assertThat(wangge.postJson(path + "/removal", "{\"reason\": \"已稳定\", \"decidedBy\": \"网格\"}").status())
                .as("the contact helps; the village or town decides removal").isIn(403, 404);
        var listed = wangge.get("/api/v1/monitoring/households?year=" + path.split("/")[6]);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains("\"householdId\":" + path.split("/")[5]);
    }

    @Test
    void anotherTownSeesNotThatTheRecordExists() {
        Http yiche = Http.as(port, "yiche");
        assertThat(yiche.get(path + REASON).status()).isEqualTo(404);
        assertThat(yiche.putJson(path, "{\"size\": 1}").status()).isEqualTo(404);
        assertThat(yiche.postJson(path + "/removal", "{\"reason\": \"x\", \"decidedBy\": \"y\"}").status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/monitoring/households?territory=530326001001").body())
                .doesNotContain("\"householdId\":" + path.split("/")[5]);
    }

    @Test
    void aResidentADepartmentTheCountyAdministratorAndTheAuditorReadNoFigures() {
        for (String user : new String[] {"jumin", "bumen", "admin", "jijian", "dangjian"}) {
            Http http = Http.as(port, user);
            var read = http.get(path + REASON);
            assertThat(read.status()).as(user).isEqualTo(403);
            assertThat(read.detail()).as(user).contains("防返贫");
            assertThat(http.get("/api/v1/monitoring/households").status()).as(user).isEqualTo(403);
            assertThat(http.putJson(path, "{\"size\": 1}").status()).as(user).isIn(403, 404);
        }
    }

    @Test
    void onlyTheCountyAdministratorSetsTheLine() {
        assertThat(Http.as(port, "admin").get("/api/v1/monitoring/line").status()).isEqualTo(200);
        for (String user : new String[] {"gucheng", "shequ", "wangge", "jumin", "bumen", "jijian"}) {
            assertThat(Http.as(port, user).putJson("/api/v1/monitoring/line", "{\"year\": 2024, \"lineFen\": 800000}")
                    .status()).as(user).isEqualTo(403);
        }
    }
}
