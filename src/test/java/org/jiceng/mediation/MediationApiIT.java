package org.jiceng.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Disputes through the API: from a case to an agreement or a referral, escalation, refusals, scope and figures. */
@AppTest
class MediationApiIT {

    static final String TANGLANG = "530326001001";
    static final String TEAM = "\"mediators\": [{\"name\": \"王律师\", \"kind\": \"LAWYER\", \"organisation\": \"云南会泽律师事务所\"}]";
    static final String SIDES = "\"parties\": [{\"name\": \"张秀英\", \"role\": \"APPLICANT\"}, {\"name\": \"李国华\", \"role\": \"RESPONDENT\"}]";

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    long fileCase(String description) {
        JsonNode centroid = Http.as(port, "shequ").get("/api/v1/grids?village=" + TANGLANG).json().get("items").get(0).get("centroid");
        var filed = Http.as(port, "jumin").postJson("/api/v1/cases", """
                {"categoryCode": "1101", "description": "%s", "lat": %s, "lon": %s}"""
                .formatted(description, centroid.get("lat").asDouble(), centroid.get("lon").asDouble()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asLong();
    }

    JsonNode create(String user, String json) {
        var created = Http.as(port, user).postJson("/api/v1/disputes", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("dispute");
    }

    JsonNode step(String user, long id, String path, String json) {
        var answer = Http.as(port, user).postJson("/api/v1/disputes/" + id + path, json);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("dispute");
    }

    String caseState(long caseId) {
        return Http.as(port, "shequ").get("/api/v1/cases/" + caseId).json().get("state").asString();
    }

    @Test
    void aDisputeFromACaseEndsInAnAgreementThatResolvesTheCase() throws Exception {
        long caseId = fileCase("楼上邻居装修占用楼道，多次协商未果");
        var created = Http.as(port, "shequ").postJson("/api/v1/disputes", """
                {"caseId": %d, "type": "NEIGHBOUR", "risk": "YELLOW",
                 "parties": [{"name": "居民甲", "role": "APPLICANT", "residentUsername": "jumin", "contact": "139 1234 5678"},
                             {"name": "楼上住户乙", "role": "RESPONDENT"}], %s}""".formatted(caseId, TEAM));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).startsWith("/api/v1/disputes/");
        assertThat(created.body()).contains("139****5678").doesNotContain("13912345678");
        assertThat(jdbc.sql("select count(*) from mediation.dispute_party where contact_masked = '139****5678'"
                + " and position(convert_to('13912345678', 'UTF8') in contact_sealed) = 0").query(Integer.class).single())
                .as("the number is sealed at rest").isEqualTo(1);
        JsonNode dispute = created.json().get("dispute");
        long id = dispute.get("id").asLong();
        assertThat(dispute.get("state").asString()).isEqualTo("REGISTERED");
        assertThat(dispute.get("level").asString()).isEqualTo("GRID");
        assertThat(dispute.get("title").asString()).isEqualTo("邻里矛盾纠纷");
        assertThat(dispute.get("number").asString()).matches("530326-\\d{4}-\\d{5}");
        assertThat(caseState(caseId)).isEqualTo("IN_PROGRESS");

        var early = Http.as(port, "shequ").postJson("/api/v1/disputes/" + id + "/agreement", "{\"terms\": \"楼道三日内清理干净\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.detail()).contains("请先记录调解");

        assertThat(step("shequ", id, "/sessions", """
                {"mode": "ONLINE", "place": "指尖上的移动调解室", "notes": "双方在线陈述，乙方同意清理楼道"}""")
                .get("state").asString()).isEqualTo("MEDIATING");
        assertThat(step("shequ", id, "/agreement", """
                {"terms": "楼上住户乙于三日内清理楼道内的装修材料，此后装修材料不再占用楼道", "performance": "三日内履行"}""")
                .get("state").asString()).isEqualTo("AGREED");
        assertThat(caseState(caseId)).isEqualTo("RESOLVED");
        assertThat(Http.as(port, "shequ").get("/api/v1/cases/" + caseId + "/timeline").body()).contains("调解成功：楼上住户乙于三日内");

        Http jumin = Http.as(port, "jumin");
        assertThat(jumin.get("/api/v1/disputes/" + id).status()).isEqualTo(200);
        assertThat(jumin.get("/api/v1/disputes").body()).contains("\"id\":" + id);
        var pdf = jumin.download("/api/v1/disputes/" + id + "/agreement.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("人民调解协议书", "申请人：居民甲",
                    "被申请人：楼上住户乙", "清理楼道内的装修材料", "调解员（签名）：王律师", "堂琅社区人民调解委员会");
        }
        assertThat(jumin.postJson("/api/v1/disputes/" + id + "/follow-ups", "{\"fulfilled\": true, \"notes\": \"已清理\"}").status())
                .as("a party reads, never runs").isEqualTo(403);

        assertThat(step("shequ", id, "/follow-ups", "{\"fulfilled\": true, \"notes\": \"回访：楼道已清理干净\"}")
                .get("state").asString()).isEqualTo("FULFILLED");
        assertThat(Http.as(port, "shequ").postJson("/api/v1/disputes/" + id + "/escalate", "{\"reason\": \"再议\"}").status())
                .isEqualTo(409);
        List<String> history = Http.as(port, "shequ").get("/api/v1/disputes/" + id).json().get("steps").valueStream()
                .map(s -> s.get("action").asString()).toList();
        assertThat(history).containsExactly("register", "record-session", "agree", "follow-up");
    }

    @Test
    void aFailedMediationRefersThePartiesAndResolvesTheCase() {
        long caseId = fileCase("宅基地边界纠纷，两家争吵不休");
        long id = create("shequ", """
                {"caseId": %d, "title": "宅基地边界纠纷", "type": "LAND", "risk": "RED", %s, %s}"""
                .formatted(caseId, SIDES, TEAM)).get("id").asLong();
        JsonNode referred = step("shequ", id, "/refer", "{\"referral\": \"LAWSUIT\", \"reason\": \"双方各执一词，均不接受调解方案\"}");
        assertThat(referred.get("state").asString()).isEqualTo("REFERRED");
        assertThat(referred.get("referral").asString()).isEqualTo("LAWSUIT");
        assertThat(caseState(caseId)).isEqualTo("RESOLVED");
        assertThat(Http.as(port, "shequ").get("/api/v1/cases/" + caseId + "/timeline").body()).contains("调解不成，已引导诉讼");
        assertThat(Http.as(port, "shequ").download("/api/v1/disputes/" + id + "/agreement.pdf").status()).isEqualTo(404);
    }

    @Test
    void escalationGoesUpOneLevelAtATimeAndHandsTheDisputeOver() {
        long id = create("shequ", """
                {"territoryCode": "%s", "title": "外来务工人员欠薪纠纷", "summary": "工人讨要工资与包工头争执", "type": "LABOUR",
                 "risk": "RED", %s}""".formatted(TANGLANG, SIDES)).get("id").asLong();
        assertThat(Http.as(port, "shequ").get("/api/v1/disputes/" + id).json().get("dispute").get("level").asString()).isEqualTo("VILLAGE");
        assertThat(step("shequ", id, "/escalate", "{\"reason\": \"涉及人数多，需乡镇协调\"}").get("level").asString()).isEqualTo("TOWN");
        var villageNow = Http.as(port, "shequ").postJson("/api/v1/disputes/" + id + "/sessions", "{\"mode\": \"IN_PERSON\", \"notes\": \"继续调解\"}");
        assertThat(villageNow.status()).isEqualTo(403);
        assertThat(villageNow.detail()).contains("乡镇(街道)矛盾调解中心");
        assertThat(Http.as(port, "shequ").get("/api/v1/disputes/" + id).status()).as("still read by the village").isEqualTo(200);
        step("gucheng", id, "/sessions", "{\"mode\": \"IN_PERSON\", \"notes\": \"街道调解中心组织双方面谈\"}");
        assertThat(step("gucheng", id, "/escalate", "{\"reason\": \"需县联合调处中心协调劳动监察\"}").get("level").asString())
                .isEqualTo("COUNTY");
        assertThat(Http.as(port, "gucheng").postJson("/api/v1/disputes/" + id + "/sessions", "{\"mode\": \"IN_PERSON\", \"notes\": \"继续调解\"}")
                .status()).isEqualTo(403);
        var top = Http.as(port, "admin").postJson("/api/v1/disputes/" + id + "/escalate", "{\"reason\": \"再上交\"}");
        assertThat(top.status()).isEqualTo(409);
        assertThat(top.detail()).contains("没有更上一级");
        assertThat(Http.as(port, "gucheng").get("/api/v1/disputes?level=COUNTY").body()).contains("\"id\":" + id);
    }

    @Test
    void aCaseOnlyBecomesADisputeOnceAndOnlyBeforeItIsHandledElsewhere() {
        long handled = fileCase("邻居家狗夜间吠叫扰民");
        Http.as(port, "shequ").postJson("/api/v1/cases/" + handled + "/actions/accept", "{}");
        Http.as(port, "shequ").postJson("/api/v1/cases/" + handled + "/actions/handle", "{}");
        var inProgress = Http.as(port, "shequ").postJson("/api/v1/disputes",
                "{\"caseId\": %d, \"type\": \"NEIGHBOUR\", \"risk\": \"GREEN\"}".formatted(handled));
        assertThat(inProgress.status()).isEqualTo(409);
        assertThat(inProgress.detail()).contains("办理中", "可以转为矛盾纠纷调解");

        long accepted = fileCase("邻居占用公共车位引发争执");
        Http.as(port, "shequ").postJson("/api/v1/cases/" + accepted + "/actions/accept", "{}");
        create("shequ", "{\"caseId\": %d, \"type\": \"NEIGHBOUR\", \"risk\": \"GREEN\"}".formatted(accepted));
        assertThat(caseState(accepted)).isEqualTo("IN_PROGRESS");
        var twice = Http.as(port, "gucheng").postJson("/api/v1/disputes",
                "{\"caseId\": %d, \"type\": \"NEIGHBOUR\", \"risk\": \"GREEN\"}".formatted(accepted));
        assertThat(twice.status()).isEqualTo(409);
    }

    @Test
    void badInputIsA400InChineseAndWritesNothing() {
        Http shequ = Http.as(port, "shequ");
        int before = shequ.get("/api/v1/disputes?limit=500").json().get("items").size();
        long caseId = fileCase("邻里因漏水问题发生纠纷");
        String valid = "\"territoryCode\": \"%s\", \"title\": \"漏水纠纷\", \"summary\": \"楼上漏水殃及楼下\", \"type\": \"NEIGHBOUR\", \"risk\": \"GREEN\""
                .formatted(TANGLANG);
        List<String> bodies = List.of(
                "{\"territoryCode\": \"%s\", \"title\": \"漏水纠纷\", \"summary\": \"楼上漏水殃及楼下\", \"risk\": \"GREEN\"}".formatted(TANGLANG),
                "{%s, \"risk\": \"PURPLE\"}".formatted(valid.replace("\"risk\": \"GREEN\"", "\"type\": \"NEIGHBOUR\"")),
                "{%s}".formatted(valid.replace("漏水纠纷", "漏"))
                        .replace("\"type\": \"NEIGHBOUR\", \"risk\": \"GREEN\"", "\"type\": \"NEIGHBOUR\", \"risk\": \"GREEN\""),
                "{%s}".formatted(valid.replace(TANGLANG, "999999999999")),
                "{%s}".formatted(valid.replace(TANGLANG, "")),
                "{%s, \"level\": \"GRID\"}".formatted(valid),
                "{%s, \"level\": \"COUNTY\"}".formatted(valid),
                "{%s, \"parties\": [{\"name\": \"张三\", \"role\": \"JUDGE\"}]}".formatted(valid),
                "{%s, \"parties\": [{\"name\": \"张三\", \"role\": \"APPLICANT\", \"contact\": \"12345\"}]}".formatted(valid),
                "{%s, \"parties\": [{\"name\": \"张三\", \"role\": \"APPLICANT\", \"residentUsername\": \"gucheng\"}]}".formatted(valid),
                "{%s, \"parties\": [{\"name\": \"张三\", \"role\": \"APPLICANT\", \"residentUserId\": 999999}]}".formatted(valid),
                "{%s, \"mediators\": [{\"name\": \"王五\", \"kind\": \"JUDGE\", \"organisation\": \"法院\"}]}".formatted(valid),
                "{\"caseId\": %d, \"type\": \"NEIGHBOUR\", \"risk\": \"GREEN\", \"parties\": [{\"name\": \"\", \"role\": \"APPLICANT\"}]}".formatted(caseId),
                "not json");
        for (String body : bodies) {
            var answer = shequ.postJson("/api/v1/disputes", body);
            assertThat(answer.status()).as(body + " → " + answer.body()).isEqualTo(400);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.detail()).as(body).containsPattern("\\p{IsHan}");
        }
        assertThat(shequ.get("/api/v1/disputes?limit=500").json().get("items").size()).isEqualTo(before);
        assertThat(caseState(caseId)).as("the case was not taken").isEqualTo("RECEIVED");

        long id = create("shequ", "{%s, %s}".formatted(valid, SIDES)).get("id").asLong();
        for (String[] bad : List.of(
                new String[] {"/sessions", "{\"mode\": \"IN_PERSON\", \"notes\": \"短\"}"},
                new String[] {"/sessions", "{\"mode\": \"BY_PIGEON\", \"notes\": \"双方到场陈述\"}"},
                new String[] {"/sessions", "{\"mode\": \"IN_PERSON\", \"notes\": \"双方到场陈述\", \"heldAt\": \"昨天\"}"},
                new String[] {"/sessions", "{\"mode\": \"IN_PERSON\", \"notes\": \"双方到场陈述\", \"heldAt\": \"2099-01-01T09:00+08:00\"}"},
                new String[] {"/parties", "{\"name\": \"某公司\", \"role\": \"RESPONDENT\", \"organisation\": true, \"residentUsername\": \"jumin\"}"},
                new String[] {"/mediators", "{\"name\": \"王五\", \"kind\": \"LAWYER\"}"},
                new String[] {"/escalate", "{}"},
                new String[] {"/refer", "{\"referral\": \"DUEL\", \"reason\": \"不同意\"}"},
                new String[] {"/refer", "{\"referral\": \"PETITION\"}"})) {
            var answer = shequ.postJson("/api/v1/disputes/" + id + bad[0], bad[1]);
            assertThat(answer.status()).as(bad[0] + " " + bad[1] + " → " + answer.body()).isEqualTo(400);
            assertThat(answer.detail()).containsPattern("\\p{IsHan}");
        }
        JsonNode after = shequ.get("/api/v1/disputes/" + id).json();
        assertThat(after.get("dispute").get("state").asString()).isEqualTo("REGISTERED");
        assertThat(after.get("dispute").get("version").asInt()).isZero();
        assertThat(after.get("sessions").size()).isZero();
        assertThat(after.get("parties").size()).isEqualTo(2);
        assertThat(shequ.postJson("/api/v1/disputes/" + id + "/escalate", "{\"reason\": \"需上级\", \"version\": 7}").status()).isEqualTo(409);
        assertThat(shequ.get("/api/v1/disputes?state=NOPE").status()).isEqualTo(400);
        assertThat(shequ.get("/api/v1/disputes?after=abc").status()).isEqualTo(400);
        assertThat(shequ.get("/api/v1/disputes/stats?territory=abc").status()).isEqualTo(400);
    }

    @Test
    void anotherTownCannotReachTheDisputeAnywhere() {
        long caseId = fileCase("邻居家树枝伸进院子引发争执");
        long id = create("shequ", "{\"caseId\": %d, \"type\": \"NEIGHBOUR\", \"risk\": \"GREEN\", %s, %s}".formatted(caseId, SIDES, TEAM))
                .get("id").asLong();
        step("shequ", id, "/sessions", "{\"mode\": \"IN_PERSON\", \"notes\": \"双方到场，同意修剪树枝\"}");
        step("shequ", id, "/agreement", "{\"terms\": \"张秀英一周内修剪越界树枝\"}");

        Http yiche = Http.as(port, "yiche");
        for (String path : List.of("", "/parties", "/mediators", "/sessions", "/follow-ups")) {
            assertThat(yiche.get("/api/v1/disputes/" + id + path).status()).as(path).isEqualTo(404);
        }
        for (String[] post : List.of(new String[] {"/parties", "{\"name\": \"某\", \"role\": \"APPLICANT\"}"},
                new String[] {"/mediators", "{\"name\": \"某\", \"kind\": \"LAWYER\", \"organisation\": \"所\"}"},
                new String[] {"/sessions", "{\"mode\": \"IN_PERSON\", \"notes\": \"双方到场陈述\"}"},
                new String[] {"/escalate", "{\"reason\": \"上交\"}"},
                new String[] {"/agreement", "{\"terms\": \"双方和解了事\"}"},
                new String[] {"/refer", "{\"referral\": \"LAWSUIT\", \"reason\": \"不同意\"}"},
                new String[] {"/follow-ups", "{\"fulfilled\": true, \"notes\": \"已履行\"}"})) {
            var answer = yiche.postJson("/api/v1/disputes/" + id + post[0], post[1]);
            assertThat(answer.status()).as(post[0]).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("张秀英");
        }
        var pdf = yiche.download("/api/v1/disputes/" + id + "/agreement.pdf");
        assertThat(pdf.status()).isEqualTo(404);
        assertThat(new String(pdf.body(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("张秀英");
        assertThat(yiche.get("/api/v1/disputes?limit=500").body()).doesNotContain("张秀英").doesNotContain("\"id\":" + id + ",");
        assertThat(yiche.get("/api/v1/disputes/stats?territory=530326001").status()).isEqualTo(403);
        assertThat(yiche.postJson("/api/v1/disputes", "{\"territoryCode\": \"%s\", \"title\": \"越界\", \"summary\": \"越界登记的纠纷\", \"type\": \"OTHER\", \"risk\": \"GREEN\"}"
                .formatted(TANGLANG)).status()).isEqualTo(403);
        long other = fileCase("另一起邻里纠纷，尚未受理");
        assertThat(yiche.postJson("/api/v1/disputes", "{\"caseId\": %d, \"type\": \"NEIGHBOUR\", \"risk\": \"GREEN\"}".formatted(other))
                .status()).isEqualTo(404);
        assertThat(caseState(other)).isEqualTo("RECEIVED");

        assertThat(Http.as(port, "jijian").get("/api/v1/disputes/" + id).status()).as("the auditor reads").isEqualTo(200);
        assertThat(Http.as(port, "jijian").postJson("/api/v1/disputes/" + id + "/follow-ups", "{\"fulfilled\": true, \"notes\": \"已履行\"}")
                .status()).as("but runs nothing").isEqualTo(403);
        assertThat(Http.as(port, "bumen").get("/api/v1/disputes").status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get("/api/v1/disputes/" + id).status()).as("no row lets a department read disputes")
                .isEqualTo(403);
    }

    @Test
    void aGridWorkerRegistersInTheirGridOnly() {
        Http wangge = Http.as(port, "wangge");
        String grid = wangge.get("/api/v1/me").json().get("territory").get("code").asString();
        String body = "{\"territoryCode\": \"%s\", \"title\": \"邻里噪音纠纷\", \"summary\": \"夜间麻将声扰民引发争吵\", \"type\": \"NEIGHBOUR\", \"risk\": \"GREEN\"}";
        var mine = wangge.postJson("/api/v1/disputes", body.formatted(grid));
        assertThat(mine.status()).as(mine.body()).isEqualTo(201);
        assertThat(mine.json().get("dispute").get("level").asString()).isEqualTo("GRID");
        assertThat(wangge.postJson("/api/v1/disputes", body.formatted(TANGLANG)).status()).isEqualTo(403);
        long id = mine.json().get("dispute").get("id").asLong();
        assertThat(wangge.postJson("/api/v1/disputes/" + id + "/sessions", "{\"mode\": \"IN_PERSON\", \"notes\": \"双方到场陈述\"}").status())
                .isEqualTo(403);
        step("shequ", id, "/sessions", "{\"mode\": \"IN_PERSON\", \"notes\": \"网格员和社区共同调解\"}");
    }

    @Test
    void figuresCountSuccessAndTheLevelsWhereDisputesWereSettledExactly() {
        String village = Http.as(port, "gucheng").get("/api/v1/divisions/530326001/children").json().get("items").get(3)
                .get("code").asString();
        String base = "{\"territoryCode\": \"%s\", \"title\": \"统计用纠纷\", \"summary\": \"用于核对调解统计的纠纷\", \"type\": \"OTHER\", \"risk\": \"GREEN\", \"level\": \"%s\", %s, %s}";
        long village1 = create("gucheng", base.formatted(village, "VILLAGE", SIDES, TEAM)).get("id").asLong();
        long town1 = create("gucheng", base.formatted(village, "TOWN", SIDES, TEAM)).get("id").asLong();
        long town2 = create("gucheng", base.formatted(village, "TOWN", SIDES, TEAM)).get("id").asLong();
        long county1 = create("admin", base.formatted(village, "COUNTY", SIDES, TEAM)).get("id").asLong();
        create("gucheng", base.formatted(village, "VILLAGE", SIDES, TEAM));
        for (long[] agreed : new long[][] {{village1}, {town1}}) {
            step("gucheng", agreed[0], "/sessions", "{\"mode\": \"IN_PERSON\", \"notes\": \"双方达成一致意见\"}");
            step("gucheng", agreed[0], "/agreement", "{\"terms\": \"双方按约定履行各自义务\"}");
        }
        step("gucheng", town2, "/refer", "{\"referral\": \"ARBITRATION\", \"reason\": \"须劳动仲裁\"}");
        step("admin", county1, "/sessions", "{\"mode\": \"ONLINE\", \"notes\": \"县联合调处中心线上调解\"}");
        step("admin", county1, "/agreement", "{\"terms\": \"双方按约定履行各自义务\"}");

        JsonNode stats = Http.as(port, "gucheng").get("/api/v1/disputes/stats?territory=" + village).json();
        assertThat(stats.get("open").asLong()).isEqualTo(1);
        assertThat(stats.get("concluded").asLong()).isEqualTo(4);
        assertThat(stats.get("successRate").toString()).isEqualTo("{\"numerator\":3,\"denominator\":4,\"percent\":\"75.0\"}");
        assertThat(stats.get("notEscalatedRate").toString()).isEqualTo("{\"numerator\":2,\"denominator\":4,\"percent\":\"50.0\"}");
        List<String> shares = stats.get("levels").valueStream()
                .map(l -> l.get("level").asString() + " " + l.get("share").get("numerator").asLong() + "/"
                        + l.get("share").get("denominator").asLong() + " " + l.get("share").get("percent").asString())
                .toList();
        assertThat(shares).containsExactly("GRID 0/3 0.0", "VILLAGE 1/3 33.3", "TOWN 1/3 33.3", "COUNTY 1/3 33.3");
        assertThat(Http.as(port, "shequ").get("/api/v1/disputes/stats?territory=" + village).status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").get("/api/v1/disputes/stats").status()).isEqualTo(403);
        assertThat(Http.as(port, "shequ").get("/api/v1/disputes/stats").json().get("territory").asString()).isEqualTo(TANGLANG);
    }

    @Test
    void theDemoCommunityHasDisputesInSeveralStatesOneWithAnAgreement() {
        JsonNode items = Http.as(port, "shequ").get("/api/v1/disputes?limit=500").json().get("items");
        List<String> states = items.valueStream().filter(d -> d.get("registeredBy").asString().equals("shequ"))
                .map(d -> d.get("state").asString()).distinct().toList();
        assertThat(states).contains("AGREED", "MEDIATING", "REFERRED", "REGISTERED");
        assertThat(Http.as(port, "jumin").get("/api/v1/disputes").body()).contains("东风巷相邻通行纠纷");
    }
}
