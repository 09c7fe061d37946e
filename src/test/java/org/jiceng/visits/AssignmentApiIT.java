package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiceng.visits.AssignmentFixtures.GRID;
import static org.jiceng.visits.AssignmentFixtures.SECOND_GRID;
import static org.jiceng.visits.AssignmentFixtures.TANGLANG;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Assigning, ending and reading 包保 through /api/v1/assignments, as 堂琅社区's staff would. */
@AppTest
class AssignmentApiIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    long juminResident() {
        return identity.findByUsername("jumin").orElseThrow().residentId();
    }

    long huzhangResident() {
        return identity.findByUsername("huzhang").orElseThrow().residentId();
    }

    @Test
    void aNewHolderOfAHouseholdEndsTheOldOneTheDayBeforeAndTheChainShowsTheNewOne() {
        long household = AssignmentFixtures.household(port, GRID, "东风巷 1 号（包户测试）");
        Http shequ = Http.as(port, "shequ");
        var first = shequ.postJson("/api/v1/assignments", AssignmentFixtures.householdAssignment(household, juminResident(), "2026-01-01"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode a = first.json().get("assignment");
        assertThat(a.get("holderPhone").asString()).contains("*").doesNotContain("13900001111");
        assertThat(first.body()).doesNotContain("13900001111");

        var second = shequ.postJson("/api/v1/assignments", AssignmentFixtures.householdAssignment(household, huzhangResident(), "2026-03-01"));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().get("ended").get(0).asLong()).isEqualTo(a.get("id").asLong());
        JsonNode old = shequ.get("/api/v1/assignments/" + a.get("id").asLong()).json();
        assertThat(old.get("endsOn").asString()).isEqualTo("2026-02-28");
        assertThat(old.get("endReason").asString()).isEqualTo("由新包户人接替");

        JsonNode chain = shequ.get("/api/v1/assignments/household/" + household).json();
        assertThat(chain.get("held").asBoolean()).isTrue();
        List<String> levels = new ArrayList<>();
        chain.get("links").forEach(l -> levels.add(l.get("level").asString()));
        assertThat(levels).contains("HOUSEHOLD", "GROUP", "VILLAGE", "TOWN");
        assertThat(chain.get("links").get(0).get("holderId").asLong()).isEqualTo(huzhangResident());
    }

    @Test
    void aHouseholdCannotBeHandedOverBeforeItsHolderBegan() {
        long household = AssignmentFixtures.household(port, GRID, "东风巷 2 号（冲突测试）");
        Http shequ = Http.as(port, "shequ");
        assertThat(shequ.postJson("/api/v1/assignments", AssignmentFixtures.householdAssignment(household, juminResident(), "2026-02-01"))
                .status()).isEqualTo(201);
        var clash = shequ.postJson("/api/v1/assignments", AssignmentFixtures.householdAssignment(household, huzhangResident(), "2026-01-15"));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.detail()).contains("须晚于");
    }

    @Test
    void badInputIsAnsweredInChineseBesideItsField() {
        Http shequ = Http.as(port, "shequ");
        var wrongHolder = shequ.postJson("/api/v1/assignments", """
                {"level": "TOWN", "territoryCode": "530326001", "holderKind": "RESIDENT", "holderId": 1}""");
        assertThat(wrongHolder.status()).isEqualTo(400);
        assertThat(wrongHolder.isProblem()).isTrue();
        assertThat(wrongHolder.detail()).contains("县级领导");
        var badDate = shequ.postJson("/api/v1/assignments", """
                {"level": "GROUP", "territoryCode": "%s", "holderKind": "ACCOUNT", "holderId": 1, "startsOn": "3月1日"}"""
                .formatted(GRID));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.detail()).contains("年-月-日");
        var badPhone = shequ.postJson("/api/v1/assignments", """
                {"level": "GROUP", "territoryCode": "%s", "holderKind": "RESIDENT", "holderId": %d, "holderPhone": "12"}"""
                .formatted(SECOND_GRID, juminResident()));
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.body()).doesNotContain("\"12\"");
    }

    @Test
    void anAssignmentEndsWithAReasonOnceAndTheListFiltersByActiveDay() {
        long shequAccount = identity.findByUsername("shequ").orElseThrow().id();
        Http shequ = Http.as(port, "shequ");
        var created = shequ.postJson("/api/v1/assignments", """
                {"level": "GROUP", "territoryCode": "%s", "groupName": "东风院落", "holderKind": "ACCOUNT", "holderId": %d,
                 "holderTitle": "社区两委委员", "startsOn": "2026-01-01"}""".formatted(SECOND_GRID, shequAccount));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("assignment").get("id").asLong();
        assertThat(shequ.postJson("/api/v1/assignments/" + id + "/end", "{\"endsOn\": \"2026-06-30\"}").status()).isEqualTo(400);
        var ended = shequ.postJson("/api/v1/assignments/" + id + "/end", "{\"endsOn\": \"2026-06-30\", \"reason\": \"工作调整\"}");
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().get("endsOn").asString()).isEqualTo("2026-06-30");
        assertThat(shequ.postJson("/api/v1/assignments/" + id + "/end", "{\"endsOn\": \"2026-07-30\", \"reason\": \"再次结束\"}")
                .status()).isEqualTo(409);

        String filter = "/api/v1/assignments?territory=" + SECOND_GRID + "&level=GROUP&holderKind=ACCOUNT&holderId=" + shequAccount;
        assertThat(ids(shequ.get(filter + "&activeOn=2026-03-01").json())).contains(id);
        assertThat(ids(shequ.get(filter + "&activeOn=2026-07-01").json())).doesNotContain(id);
    }

    @Test
    void theTreeRunsFromTheVillageToItsHouseholdsAndTheGapsListTheUnheld() {
        Http shequ = Http.as(port, "shequ");
        long unheld = AssignmentFixtures.household(port, SECOND_GRID, "东风巷 9 号（空档测试）");
        JsonNode tree = shequ.get("/api/v1/assignments/tree?territory=" + TANGLANG).json();
        assertThat(tree.get("kind").asString()).isEqualTo("VILLAGE");
        assertThat(tree.get("holders").size()).isGreaterThan(0);
        JsonNode grid = tree.get("children").valueStream().filter(g -> g.get("code").asString().equals(GRID)).findFirst().orElseThrow();
        assertThat(grid.get("households").asInt()).isGreaterThan(0);
        JsonNode chief = grid.get("children").get(0);
        assertThat(chief.get("kind").asString()).isEqualTo("CHIEF");
        assertThat(chief.get("children").get(0).get("kind").asString()).isEqualTo("HOUSEHOLD");

        JsonNode gaps = shequ.get("/api/v1/assignments/gaps?territory=" + TANGLANG).json();
        assertThat(gaps.get("unheldHouseholds").asInt()).isGreaterThan(0);
        assertThat(gaps.get("households").valueStream().map(h -> h.get("id").asLong())).contains(unheld);
        JsonNode town = Http.as(port, "gucheng").get("/api/v1/assignments/tree?territory=530326001").json();
        assertThat(town.get("kind").asString()).isEqualTo("TOWN");
        assertThat(town.get("children").get(0).get("children").get(0).get("children")).isEmpty();
    }

    @Test
    void aGoodWorkbookIsImportedWholeAndABadOneWritesNothingAndNamesItsRows() {
        long household = AssignmentFixtures.household(port, SECOND_GRID, "东风巷 3 号（导入测试）");
        long other = AssignmentFixtures.household(port, SECOND_GRID, "东风巷 4 号（导入测试）");
        String holder = String.valueOf(juminResident());
        Http shequ = Http.as(port, "shequ");
        byte[] bad = AssignmentFixtures.workbook(List.of(
                List.of("HOUSEHOLD", "", String.valueOf(household), "", "", "RESIDENT", holder, "", "户长", "", "2026-01-01", ""),
                List.of("包宇宙", "", String.valueOf(other), "", "", "RESIDENT", holder, "", "户长", "", "2026-01-01", ""),
                List.of("HOUSEHOLD", "", String.valueOf(other), "", "", "RESIDENT", holder, "", "户长", "", "2026年", "")));
        var refused = shequ.postFile("/api/v1/assignments/import", Map.of(), "file", "包保.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bad);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.detail()).contains("第 3 行").contains("第 4 行").doesNotContain("第 2 行");
        assertThat(shequ.get("/api/v1/assignments/household/" + household).json().get("held").asBoolean()).isFalse();

        byte[] good = AssignmentFixtures.workbook(List.of(
                List.of("HOUSEHOLD", "", String.valueOf(household), "", "", "RESIDENT", holder, "", "户长", "", "2026-01-01", ""),
                List.of("包户", "", String.valueOf(other), "", "", "居民（户长）", holder, "", "户长", "13900002222", "2026-01-01", "")));
        var imported = shequ.postFile("/api/v1/assignments/import", Map.of(), "file", "包保.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", good);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("created").asInt()).isEqualTo(2);
        assertThat(shequ.get("/api/v1/assignments/household/" + other).json().get("held").asBoolean()).isTrue();
    }

    @Test
    void theExportIsAWorkbookInTheImportsColumnsWithPhonesMasked() throws Exception {
        long household = AssignmentFixtures.household(port, SECOND_GRID, "东风巷 5 号（导出测试）");
        Http shequ = Http.as(port, "shequ");
        assertThat(shequ.postJson("/api/v1/assignments", AssignmentFixtures.householdAssignment(household, juminResident(), "2026-01-01"))
                .status()).isEqualTo(201);
        Http.Download file = shequ.download("/api/v1/assignments/export.xlsx?territory=" + SECOND_GRID);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("层级");
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                assertThat(row.getCell(1).getStringCellValue()).startsWith(SECOND_GRID);
                if (row.getCell(2) != null && row.getCell(2).toString().startsWith(String.valueOf(household))) {
                    found = true;
                    assertThat(row.getCell(9).getStringCellValue()).contains("*");
                }
            }
            assertThat(found).isTrue();
        }
    }

    static List<Long> ids(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("id").asLong()).toList();
    }
}
