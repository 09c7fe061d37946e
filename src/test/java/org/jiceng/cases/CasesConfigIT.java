package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@AppTest
class CasesConfigIT {

    @LocalServerPort
    int port;

    @Test
    void theCategoryTreeHasFifteenGroupsBesideTheCatchAllAndAboutFortyLeaves() {
        JsonNode items = Http.as(port, "jumin").get("/api/v1/categories").json().get("items");
        long leaves = items.valueStream().filter(c -> c.get("leaf").asBoolean()).count();
        long groups = items.valueStream().filter(c -> !c.get("leaf").asBoolean()).count();
        // fifteen groups of the design, and 其他 (99) holding 其他（待分类） for what nobody could sort
        assertThat(groups).isEqualTo(16);
        assertThat(items.valueStream().anyMatch(c -> c.get("code").asString().equals("9901"))).isTrue();
        assertThat(leaves).isBetween(40L, 50L);
        JsonNode lamps = items.valueStream().filter(c -> c.get("name").asString().equals("路灯故障")).findFirst().orElseThrow();
        assertThat(lamps.get("parentCode").asString()).isEqualTo("03");
        assertThat(lamps.get("resolveWorkingDays").asInt()).isPositive();
        assertThat(lamps.get("duplicateRadiusMetres").asInt()).isEqualTo(250);
    }

    @Test
    void onlyCountyAdministratorsTuneALeafAndAStaleEditIsAConflict() {
        Http admin = Http.as(port, "admin");
        var ok = put(admin, "/api/v1/categories/0301", "{\"resolveWorkingDays\":4,\"version\":0}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("resolveWorkingDays").asInt()).isEqualTo(4);
        assertThat(put(admin, "/api/v1/categories/0301", "{\"resolveWorkingDays\":5,\"version\":0}").status()).isEqualTo(409);
        assertThat(put(admin, "/api/v1/categories/0301", "{\"resolveWorkingDays\":0}").detail()).contains("1 到 365");
        assertThat(put(admin, "/api/v1/categories/03", "{\"resolveWorkingDays\":3}").detail()).contains("大类");
        assertThat(put(admin, "/api/v1/categories/9999", "{}").status()).isEqualTo(404);
        assertThat(put(Http.as(port, "gucheng"), "/api/v1/categories/0301", "{\"resolveWorkingDays\":3}").status()).isEqualTo(403);
    }

    @Test
    void dueDatesFollowTheCalendarAcrossTheSpringFestival() {
        JsonNode due = Http.as(port, "gucheng").get("/api/v1/calendar/due?from=2026-02-13T10:00:00%2B08:00&workingDays=2").json();
        assertThat(due.get("dueAt").asString()).isEqualTo("2026-02-25T00:00:00+08:00");
        assertThat(due.get("provisional").asBoolean()).isFalse();
    }

    @Test
    void badCalendarQuestionsAre400s() {
        Http gucheng = Http.as(port, "gucheng");
        assertThat(gucheng.get("/api/v1/calendar/due?from=yesterday&workingDays=2").detail()).contains("ISO-8601");
        assertThat(gucheng.get("/api/v1/calendar/due?from=2026-02-13T10:00:00%2B08:00&workingDays=0").status()).isEqualTo(400);
        assertThat(gucheng.get("/api/v1/calendar/due?from=2026-02-13T10:00:00%2B08:00").status()).isEqualTo(400);
        assertThat(Http.anonymous(port).get("/api/v1/calendar/due?from=2026-02-13T10:00:00%2B08:00&workingDays=1").status())
                .isEqualTo(401);
    }

    @Test
    void aMissingYearIsProvisionalUntilAnAdministratorLoadsIt() {
        Http admin = Http.as(port, "admin");
        String beforeLoad = "/api/v1/calendar/due?from=2027-09-30T10:00:00%2B08:00&workingDays=1";
        assertThat(admin.get(beforeLoad).json().get("provisional").asBoolean()).isTrue();
        assertThat(admin.get("/api/v1/calendar").json().get("warning").asString()).contains("2027");
        assertThat(Http.as(port, "gucheng").post("/api/v1/calendar/years", "text/csv", "2027-10-01,HOLIDAY,国庆节").status())
                .isEqualTo(403);
        assertThat(admin.post("/api/v1/calendar/years", "text/csv", "2027-13-01,HOLIDAY,x").detail()).contains("第 1 行");

        var loaded = admin.post("/api/v1/calendar/years", "text/csv", """
                date,kind,name
                2027-10-01,HOLIDAY,国庆节
                2027-10-04,HOLIDAY,国庆节
                2027-10-05,HOLIDAY,国庆节
                2027-10-09,WORKDAY,国庆节调休
                """);
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
        assertThat(loaded.json().get("years").toString()).contains("2027");
        JsonNode due = admin.get(beforeLoad).json();
        assertThat(due.get("provisional").asBoolean()).isFalse();
        // 10-01 off, 10-02/03 weekend, 10-04/05 off: the first working day after 30 Sep is Wednesday 10-06
        assertThat(due.get("dueAt").asString()).isEqualTo("2027-10-07T00:00:00+08:00");
    }

    private static Http.Response put(Http as, String path, String json) {
        return as.putJson(path, json);
    }
}
