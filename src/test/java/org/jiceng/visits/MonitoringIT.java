package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.jiceng.Beijing;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.visits.internal.HouseholdProjection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A household's year of 防返贫 monitoring through the API: recorded, flagged, helped, removed by decision. */
@AppTest
class MonitoringIT {

    static final String TANGLANG = "530326001001";

    @LocalServerPort
    int port;

    @Autowired
    HouseholdProjection projection;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    int year;

    @BeforeEach
    void households() {
        projection.refresh(TANGLANG);
        year = Beijing.today(clock).getYear() - 1;
    }

    static String figures(int size, long wage, long transfer, long illness, Integer version) {
        return """
                {"size": %d, "incomes": [{"source": "WAGE", "fen": %d}, {"source": "TRANSFER", "fen": %d}],
                 "shocks": [{"kind": "ILLNESS", "fen": %d, "note": "尿毒症透析"}]%s}"""
                .formatted(size, wage, transfer, illness, version == null ? "" : ", \"version\": " + version);
    }

    long reveals(String reason) {
        return jdbc.sql("select count(*) from people.reveal_log where kind = 'SENSITIVE_READ' and reason = :reason")
                .param("reason", reason).query(Long.class).single();
    }

    @Test
    void aHouseholdBelowTheLineIsFlaggedHelpedAndTrackedUntilRemovedByDecision() {
        long household = MonitoringHouseholds.unrecorded(jdbc, TANGLANG);
        Http shequ = Http.as(port, "shequ");
        String path = "/api/v1/monitoring/households/" + household + "/" + year;

        var saved = shequ.putJson(path, figures(3, 1_234_567, 300_000, 2_345_678, null));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("status").asString()).isEqualTo("FLAGGED");
        assertThat(saved.body()).contains("BELOW_LINE", "SHOCK").doesNotContain("1234567", "尿毒症");

        // another household followed the whole way: contact, measure, better figures, decision
        long other = MonitoringHouseholds.unrecorded(jdbc, TANGLANG);
        String otherPath = "/api/v1/monitoring/households/" + other + "/" + year;
        assertThat(shequ.putJson(otherPath, figures(2, 500_000, 100_000, 1, null)).json().get("status").asString())
                .isEqualTo("FLAGGED");
        var contact = shequ.postJson(otherPath + "/contact", "{\"username\": \"wangge\"}");
        assertThat(contact.status()).as(contact.body()).isEqualTo(200);
        assertThat(contact.json().get("status").asString()).isEqualTo("FLAGGED");
        var measure = shequ.postJson(otherPath + "/measures", "{\"text\": \"申请临时救助并安排公益性岗位\"}");
        assertThat(measure.status()).as(measure.body()).isEqualTo(200);
        assertThat(measure.json().get("status").asString()).isEqualTo("MONITORED");
        assertThat(measure.body()).doesNotContain("公益性岗位");

        int version = measure.json().get("version").asInt();
        var better = shequ.putJson(otherPath, figures(2, 3_000_000, 200_000, 1, version));
        assertThat(better.json().get("status").asString()).as("only a decision ends monitoring").isEqualTo("MONITORED");
        assertThat(better.json().get("flags").size()).isZero();

        var removal = shequ.postJson(otherPath + "/removal", """
                {"decidedOn": "%d-12-20", "reason": "务工收入稳定，人均纯收入超过监测线", "decidedBy": "村民代表会议评议、街道审定"}"""
                .formatted(year));
        assertThat(removal.status()).as(removal.body()).isEqualTo(200);
        assertThat(removal.json().get("status").asString()).isEqualTo("REMOVED");
        assertThat(shequ.postJson(otherPath + "/measures", "{\"text\": \"再次走访\"}").status()).isEqualTo(409);

        int removedVersion = removal.json().get("version").asInt();
        var again = shequ.putJson(otherPath, figures(2, 500_000, 100_000, 1, removedVersion));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("status").asString()).as("flagged again, back in with its contact and measure")
                .isEqualTo("MONITORED");
        assertThat(again.json().get("removedOn").isNull()).isFalse();

        var read = shequ.get(otherPath + "?reason=" + java.net.URLEncoder.encode("年度核查", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("perCapitaFen").asLong()).isEqualTo(300_000);
        assertThat(read.json().get("measures").get(0).get("text").asString()).isEqualTo("申请临时救助并安排公益性岗位");
        assertThat(read.json().get("removal").get("decidedBy").asString()).isEqualTo("村民代表会议评议、街道审定");
    }

    @Test
    void theFiguresAreStoredEncryptedSoTheTableShowsNoAmountNorIllness() {
        long household = MonitoringHouseholds.unrecorded(jdbc, TANGLANG);
        var saved = Http.as(port, "shequ").putJson("/api/v1/monitoring/households/" + household + "/" + year,
                figures(4, 987_654_321, 0, 13_572_468, null));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        String row = jdbc.sql("""
                        select r::text || encode(r.figures_sealed, 'escape') from visits.monitoring_record r
                        where household_id = :id and year = :year""")
                .param("id", household).param("year", year).query(String.class).single();
        assertThat(row).doesNotContain("987654321", "13572468", "尿毒症", "ILLNESS", "WAGE");
    }

    @Test
    void eachReadOfTheFiguresWritesOneAccessLogEntryWithItsReasonAndAReadWithoutReasonIsRefused() {
        long household = MonitoringHouseholds.unrecorded(jdbc, TANGLANG);
        Http gucheng = Http.as(port, "gucheng");
        String path = "/api/v1/monitoring/households/" + household + "/" + year;
        assertThat(gucheng.putJson(path, figures(1, 900_000, 0, 1, null)).status()).isEqualTo(200);

        var noReason = gucheng.get(path);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.detail()).contains("事由");
        String reason = "核查收入-" + household;
        assertThat(reveals(reason)).isZero();
        for (int i = 1; i <= 2; i++) {
            var read = gucheng.get(path + "?reason=" + java.net.URLEncoder.encode(reason, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            assertThat(read.json().get("incomes").get(0).get("fen").asLong()).isEqualTo(900_000);
            assertThat(reveals(reason)).isEqualTo(i);
        }
        String logged = jdbc.sql("select username || fields || territory_code from people.reveal_log where reason = :r limit 1")
                .param("r", reason).query(String.class).single();
        assertThat(logged).startsWith("gucheng").contains("防返贫").doesNotContain("900000", "9000.00");
    }

    @Test
    void theListShowsStatusAndFlagsWithoutAmountsAndIsLoggedAsABulkRead() {
        long household = MonitoringHouseholds.unrecorded(jdbc, TANGLANG);
        Http shequ = Http.as(port, "shequ");
        shequ.putJson("/api/v1/monitoring/households/" + household + "/" + year, figures(2, 246_813_579, 0, 1, null));
        long before = jdbc.sql("select count(*) from people.reveal_log where kind = 'LIST' and username = 'shequ'")
                .query(Long.class).single();
        var list = shequ.get("/api/v1/monitoring/households?territory=" + TANGLANG + "&year=" + year + "&status=NORMAL");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.body()).contains("\"householdId\":" + household).doesNotContain("246813579", "Fen");
        assertThat(jdbc.sql("select count(*) from people.reveal_log where kind = 'LIST' and username = 'shequ'")
                .query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    void badFiguresAreA400InChineseAndNothingIsWritten() {
        long household = MonitoringHouseholds.unrecorded(jdbc, TANGLANG);
        Http shequ = Http.as(port, "shequ");
        String path = "/api/v1/monitoring/households/" + household + "/" + year;
        var negative = shequ.putJson(path, "{\"size\": 2, \"incomes\": [{\"source\": \"WAGE\", \"fen\": -5}]}");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.detail()).contains("工资性收入").doesNotContain("-5");
        assertThat(shequ.putJson(path, "{\"size\": 0}").status()).isEqualTo(400);
        assertThat(shequ.putJson(path, "{\"size\": 2, \"shocks\": [{\"kind\": \"FIRE\", \"fen\": 5}]}").status()).isEqualTo(400);
        assertThat(shequ.putJson("/api/v1/monitoring/households/" + household + "/1999", "{\"size\": 2}").status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from visits.monitoring_record where household_id = :id")
                .param("id", household).query(Long.class).single()).isZero();
    }

    @Test
    void theCountySetsItsLineAndANewFigureIsJudgedByIt() {
        Http admin = Http.as(port, "admin");
        int lineYear = year - 3;
        var set = admin.putJson("/api/v1/monitoring/line", """
                {"county": "530326", "year": %d, "lineFen": 1000000, "dropPercent": 25, "shockPercent": 40}"""
                .formatted(lineYear));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(admin.get("/api/v1/monitoring/line?county=530326&year=" + lineYear).json().get("lineFen").asLong())
                .isEqualTo(1_000_000);
        long household = MonitoringHouseholds.unrecorded(jdbc, TANGLANG);
        var saved = Http.as(port, "shequ").putJson("/api/v1/monitoring/households/" + household + "/" + lineYear,
                figures(1, 900_000, 0, 1, null));
        assertThat(saved.json().get("flags").toString()).contains("BELOW_LINE");
        assertThat(Http.as(port, "shequ").putJson("/api/v1/monitoring/line", "{\"year\": 2020, \"lineFen\": 1}").status())
                .isEqualTo(403);
    }
}
