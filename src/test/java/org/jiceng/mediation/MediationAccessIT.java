package org.jiceng.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Who may see and run which dispute, role by role, as the permission policy says. */
@AppTest
class MediationAccessIT {

    static final String TANGLANG = "530326001001";

    @LocalServerPort
    int port;

    /** A dispute of 堂琅社区 with {@code jumin} named as a party, or, when {@code withResident} is false, without. */
    long dispute(boolean withResident) {
        String party = withResident ? ", \"residentUsername\": \"jumin\"" : "";
        var created = Http.as(port, "shequ").postJson("/api/v1/disputes", """
                {"territoryCode": "%s", "title": "院墙权限纠纷", "summary": "相邻两户因院墙位置发生争执",
                 "type": "NEIGHBOUR", "risk": "GREEN",
                 "parties": [{"name": "申请人", "role": "APPLICANT"%s}, {"name": "被申请人", "role": "RESPONDENT"}]}"""
                .formatted(TANGLANG, party));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("dispute").get("id").asLong();
    }

    @Test
    void aResidentReadsTheDisputesTheyArePartyToAndNoOthers() {
        long theirs = dispute(true);
        long neighbours = dispute(false);
        Http jumin = Http.as(port, "jumin");
        assertThat(jumin.get("/api/v1/disputes/" + theirs).status()).isEqualTo(200);
        assertThat(jumin.get("/api/v1/disputes/" + neighbours).status()).isEqualTo(404);
        assertThat(jumin.get("/api/v1/disputes").json().get("items").valueStream().map(d -> d.get("id").asLong()))
                .contains(theirs).doesNotContain(neighbours);
    }

    @Test
    void aResidentActsOnNoDisputeNotEvenTheirOwn() {
        long theirs = dispute(true);
        Http jumin = Http.as(port, "jumin");
        var session = jumin.postJson("/api/v1/disputes/" + theirs + "/sessions", "{\"mode\": \"IN_PERSON\", \"notes\": \"自行记录\"}");
        assertThat(session.status()).isEqualTo(403);
        assertThat(session.detail()).startsWith("您没有办理矛盾纠纷的权限");
        assertThat(jumin.postJson("/api/v1/disputes", "{\"territoryCode\": \"%s\"}".formatted(TANGLANG)).status()).isEqualTo(403);
    }

    @Test
    void departmentsAndPartyAdministratorsReadNoDisputeAndAreToldWhoMay() {
        long id = dispute(true);
        for (String user : new String[] {"bumen", "dangjian"}) {
            Http http = Http.as(port, user);
            var list = http.get("/api/v1/disputes");
            assertThat(list.status()).as(user).isEqualTo(403);
            assertThat(list.detail()).as(user).contains("您没有查看矛盾纠纷的权限").contains("网格员");
            assertThat(http.get("/api/v1/disputes/" + id).status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void theAuditorReadsButRegistersAndRunsNothing() {
        long id = dispute(false);
        Http jijian = Http.as(port, "jijian");
        assertThat(jijian.get("/api/v1/disputes/" + id).status()).isEqualTo(200);
        assertThat(jijian.get("/api/v1/disputes/" + id + "/parties").status()).isEqualTo(200);
        assertThat(jijian.postJson("/api/v1/disputes/" + id + "/mediators", "{\"name\": \"某人\", \"kind\": \"LAWYER\"}")
                .status()).isEqualTo(403);
        assertThat(jijian.postJson("/api/v1/disputes", "{\"territoryCode\": \"%s\"}".formatted(TANGLANG)).status()).isEqualTo(403);
    }

    @Test
    void anotherTownNeitherReadsNorRunsTheDisputeAndSeesNotThatItExists() {
        long id = dispute(false);
        Http yiche = Http.as(port, "yiche");
        assertThat(yiche.get("/api/v1/disputes/" + id).status()).isEqualTo(404);
        assertThat(yiche.postJson("/api/v1/disputes/" + id + "/escalate", "{\"version\": 0, \"reason\": \"越界\"}").status())
                .isEqualTo(404);
        assertThat(yiche.get("/api/v1/disputes").json().get("items").valueStream().map(d -> d.get("id").asLong()))
                .doesNotContain(id);
    }

    @Test
    void theTerritorysStaffRegisterAndRunDisputes() {
        long id = dispute(false);
        for (String user : new String[] {"shequ", "gucheng", "admin"}) {
            assertThat(Http.as(port, user).get("/api/v1/disputes/" + id).status()).as(user).isEqualTo(200);
        }
        JsonNode session = Http.as(port, "shequ").postJson("/api/v1/disputes/" + id + "/sessions",
                "{\"mode\": \"IN_PERSON\", \"notes\": \"双方到场陈述\"}").json();
        assertThat(session.get("dispute").get("state").asString()).isEqualTo("MEDIATING");
    }

    @Test
    void mediationFiguresAreForCommitteesAndOversightNotForDepartmentsOrResidents() {
        assertThat(Http.as(port, "gucheng").get("/api/v1/disputes/stats").status()).isEqualTo(200);
        assertThat(Http.as(port, "jijian").get("/api/v1/disputes/stats?territory=530326").status()).isEqualTo(200);
        var department = Http.as(port, "bumen").get("/api/v1/disputes/stats");
        assertThat(department.status()).isEqualTo(403);
        assertThat(department.detail()).contains("调解统计");
        assertThat(Http.as(port, "jumin").get("/api/v1/disputes/stats").status()).isEqualTo(403);
        assertThat(Http.as(port, "dangjian").get("/api/v1/disputes/stats").status()).isEqualTo(403);
        assertThat(Http.as(port, "yiche").get("/api/v1/disputes/stats?territory=530326001").status()).isEqualTo(403);
    }

    @Test
    void theDeskOffersTheRegistrationFormOnlyToThoseWhoMayRegister() {
        Http shequ = Http.anonymous(port);
        shequ.formLogin("shequ", Http.DEMO_PASSWORD);
        assertThat(shequ.get("/mediation").body()).contains("id=\"new-dispute\"");
        Http jijian = Http.anonymous(port);
        jijian.formLogin("jijian", Http.DEMO_PASSWORD);
        var desk = jijian.get("/mediation");
        assertThat(desk.status()).isEqualTo(200);
        assertThat(desk.body()).doesNotContain("id=\"new-dispute\"");
    }
}
