package org.jiceng.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.jiceng.Beijing;
import org.jiceng.assessment.internal.project.Supervision;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Livelihood projects over HTTP: planning, the department's reports, supervision of overdue milestones, the board. */
@AppTest
class ProjectApiIT {

    static final String TANGLANG = "530326001001";

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    Supervision supervision;

    long bumenUnit() {
        return Http.as(port, "bumen").get("/api/v1/me").json().get("unitId").asLong();
    }

    long project(String title, Long unit, boolean published) {
        var made = Http.as(port, "gucheng").postJson("/api/v1/livelihood-projects", """
                {"territory": "%s", "kind": "LIVELIHOOD", "title": "%s", "description": "测试项目",
                 "budgetYuan": "12,345.67", "unitId": %s, "published": %s}"""
                .formatted(TANGLANG, title, unit, published));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().get("id").asLong();
    }

    @Test
    void anOverdueMilestoneRaisesASupervisionItemAndAMessageToTheUnitThatClearWhenItIsDone() {
        String title = "排水改造" + System.nanoTime() % 100000;
        long id = project(title, bumenUnit(), false);
        LocalDate today = Beijing.today(clock);
        var milestone = Http.as(port, "gucheng").postJson("/api/v1/livelihood-projects/" + id + "/milestones",
                "{\"title\": \"主管网完工\", \"dueOn\": \"%s\"}".formatted(today.plusDays(3)));
        assertThat(milestone.status()).as(milestone.body()).isEqualTo(201);
        long milestoneId = milestone.json().get("id").asLong();
        supervision.sweep(today);
        assertThat(items(Http.as(port, "gucheng"), id)).isEmpty();
        try {
            clock.advance(Duration.ofDays(5));
            supervision.sweep(Beijing.today(clock));
            supervision.sweep(Beijing.today(clock));
            assertThat(items(Http.as(port, "gucheng"), id)).hasSize(1);
            assertThat(items(Http.as(port, "admin"), id)).hasSize(1);
            assertThat(items(Http.as(port, "bumen"), id)).hasSize(1);
            assertThat(Http.as(port, "bumen").get("/api/v1/inbox?limit=50").json().get("items").valueStream()
                    .filter(m -> m.get("title").asString().contains(title))).hasSize(1);
            assertThat(Http.as(port, "shequ").get("/api/v1/inbox?limit=50").json().get("items").valueStream()
                    .anyMatch(m -> m.get("title").asString().contains(title))).isTrue();

            var done = Http.as(port, "bumen").postJson("/api/v1/livelihood-projects/" + id + "/milestones/"
                    + milestoneId + "/done", "{\"note\": \"主管网已通水验收\"}");
            assertThat(done.status()).as(done.body()).isEqualTo(200);
            assertThat(done.json().get("supervision").get(0).get("clearedOn").asString())
                    .isEqualTo(Beijing.today(clock).toString());
            assertThat(items(Http.as(port, "gucheng"), id)).isEmpty();
            assertThat(Http.as(port, "bumen").postJson("/api/v1/livelihood-projects/" + id + "/milestones/"
                    + milestoneId + "/done", "{\"note\": \"再次\"}").status()).isEqualTo(409);
        } finally {
            clock.reset();
        }
    }

    java.util.List<JsonNode> items(Http who, long project) {
        return who.get("/api/v1/livelihood-projects/supervision?limit=500").json().get("items").valueStream()
                .filter(s -> s.get("projectId").asLong() == project).toList();
    }

    @Test
    void theTownPlansTheDepartmentReportsWithEvidenceAndTheBudgetStaysInFen() {
        long id = project("道路硬化", bumenUnit(), true);
        JsonNode detail = Http.as(port, "gucheng").get("/api/v1/livelihood-projects/" + id).json();
        assertThat(detail.get("project").get("budgetFen").asLong()).isEqualTo(1_234_567L);
        assertThat(detail.get("project").get("unitName").asString()).isNotBlank();

        Http bumen = Http.as(port, "bumen");
        var progress = bumen.postJson("/api/v1/livelihood-projects/" + id + "/progress",
                "{\"progress\": 40, \"spentYuan\": \"5000.05\"}");
        assertThat(progress.status()).as(progress.body()).isEqualTo(200);
        assertThat(progress.json().get("project").get("spentFen").asLong()).isEqualTo(500_005L);
        assertThat(progress.json().get("project").get("status").asString()).isEqualTo("UNDERWAY");
        var upload = bumen.postFile("/api/v1/livelihood-projects/" + id + "/evidence", Map.of(), "file", "现场.png",
                "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        long evidence = upload.json().get("id").asLong();
        assertThat(Http.as(port, "gucheng").download("/api/v1/livelihood-projects/" + id + "/evidence/" + evidence)
                .body()).hasSize(7);
        assertThat(bumen.patchJson("/api/v1/livelihood-projects/" + id, "{\"title\": \"改名\"}").status()).isEqualTo(403);
        var stale = Http.as(port, "gucheng").patchJson("/api/v1/livelihood-projects/" + id,
                "{\"title\": \"道路硬化（一期）\", \"version\": 0}");
        assertThat(stale.status()).isEqualTo(409);
        var bad = Http.as(port, "gucheng").postJson("/api/v1/livelihood-projects",
                "{\"territory\": \"%s\", \"title\": \"x\", \"budgetYuan\": \"1.234\"}".formatted(TANGLANG));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();
    }

    @Test
    void residentsReadPublishedProjectsOnTheBoardAndNoOneOutsideReachesTheRest() {
        long published = project("公园提升", null, true);
        long draft = project("未公开方案", null, false);
        long carried = project("学校修缮", bumenUnit(), false);
        Http jumin = Http.as(port, "jumin");
        JsonNode board = jumin.get("/api/v1/livelihood-projects/board?territory=530326001&limit=500").json();
        assertThat(board.get("items").valueStream().map(p -> p.get("id").asLong())).contains(published)
                .doesNotContain(draft, carried);
        assertThat(board.toString()).doesNotContain("createdBy").doesNotContain("\"version\"");
        assertThat(jumin.get("/api/v1/livelihood-projects/" + published).status()).isEqualTo(200);
        assertThat(jumin.get("/api/v1/livelihood-projects/" + draft).status()).isEqualTo(404);
        assertThat(jumin.postJson("/api/v1/livelihood-projects", "{\"territory\": \"%s\", \"title\": \"x\", \"budgetYuan\": \"1\"}"
                .formatted(TANGLANG)).status()).isEqualTo(403);
        assertThat(jumin.postJson("/api/v1/livelihood-projects/" + published + "/progress", "{\"progress\": 50}")
                .status()).isEqualTo(403);

        Http yiche = Http.as(port, "yiche");
        assertThat(yiche.get("/api/v1/livelihood-projects/" + draft).status()).isEqualTo(404);
        assertThat(yiche.patchJson("/api/v1/livelihood-projects/" + draft, "{\"title\": \"x\"}").status()).isEqualTo(404);
        assertThat(yiche.postJson("/api/v1/livelihood-projects", "{\"territory\": \"%s\", \"title\": \"x\", \"budgetYuan\": \"1\"}"
                .formatted(TANGLANG)).status()).isEqualTo(403);
        assertThat(yiche.get("/api/v1/livelihood-projects?limit=500").json().get("items").valueStream()
                .noneMatch(p -> p.get("id").asLong() == draft)).isTrue();

        Http bumen = Http.as(port, "bumen");
        assertThat(bumen.get("/api/v1/livelihood-projects/" + carried).status()).isEqualTo(200);
        assertThat(bumen.get("/api/v1/livelihood-projects/" + draft).status()).isEqualTo(404);
        assertThat(bumen.get("/api/v1/livelihood-projects?limit=500").json().get("items").valueStream()
                .map(p -> p.get("id").asLong())).contains(carried).doesNotContain(draft, published);
        assertThat(bumen.postJson("/api/v1/livelihood-projects", "{\"territory\": \"%s\", \"title\": \"x\", \"budgetYuan\": \"1\"}"
                .formatted(TANGLANG)).status()).isEqualTo(403);
    }
}
