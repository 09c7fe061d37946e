package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.party.internal.organisation.OrganisationRules;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Organisations built and changed through the API by the party administrator and a branch secretary: every kind of
 * the seeds, rename, move, merge, dissolve, committee terms, a 大党委's units and meetings, Excel both ways, the
 * history of each change, and the refusals of another town, a resident, a department and a secretary outside their
 * community. A random sequence of changes replayed through the API leaves the tree whole.
 */
@AppTest
class OrganisationApiIT {

    static final String TANGLANG = "530326001001";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http dangjian;
    long town;

    @BeforeEach
    void signIn() {
        dangjian = Http.as(port, "dangjian");
        town = dangjian.get("/api/v1/party/organisations?territory=530326001&limit=1").json().get("items").get(0)
                .get("id").asLong();
    }

    JsonNode create(Http as, long parent, String name, String level, String kind, String focus, String territory) {
        var answer = as.postJson("/api/v1/party/organisations", """
                {"parentId": %d, "name": "%s", "level": "%s", "kind": "%s", "focus": %s, "territoryCode": %s}"""
                .formatted(parent, name, level, kind, focus == null ? "null" : "\"" + focus + "\"",
                        territory == null ? "null" : "\"" + territory + "\""));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    JsonNode get(long id) {
        return dangjian.get("/api/v1/party/organisations/" + id).json();
    }

    /** The API document names each operation with the permission it needs (its first build is slow: no short timeout). */
    @Test
    void theApiDocumentListsTheOrganisationOperationsWithTheirPermissions() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/v3/api-docs"))
                .timeout(java.time.Duration.ofMinutes(5)).build();
        String document = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(document).contains("/api/v1/party/organisations/{id}/merge", "/api/v1/party/organisations/{id}/committee",
                "/api/v1/party/organisations/{id}/joint-meetings", "/api/v1/party/organisations.xlsx", "PARTY_ORG:ACT",
                "PARTY_FILE:IMPORT");
    }

    @Test
    void theAdministratorBuildsEveryKindOfTheSeeds() {
        JsonNode functional = create(dangjian, town, "古城街道环境治理功能型党支部", "BRANCH", "FUNCTIONAL", "环境治理", null);
        assertThat(functional.get("kindName").asString()).isEqualTo("功能型");
        assertThat(functional.get("territoryCode").asString()).isEqualTo("530326001");
        create(dangjian, functional.get("id").asLong(), "堂琅社区环境治理功能型党小组", "GROUP", "FUNCTIONAL", "环境治理", TANGLANG);
        create(dangjian, town, "古城街道快递物流党支部", "BRANCH", "NEW_SECTOR", "快递物流", null);
        create(dangjian, town, "古城街道网络自媒体党支部", "BRANCH", "NEW_SECTOR", "网络自媒体", null);
        create(dangjian, town, "古城街道跨村联合党支部", "BRANCH", "CROSS_VILLAGE", null, null);
        create(dangjian, town, "古城街道防汛临时党支部", "BRANCH", "TEMPORARY", null, null);
        JsonNode grand = create(dangjian, town, "堂琅社区大党委", "COMMITTEE", "GRAND", null, TANGLANG);
        JsonNode estate = create(dangjian, grand.get("id").asLong(), "堂琅社区翠苑小区党支部", "BRANCH", "ESTATE", null, TANGLANG);
        String grid = dangjian.get("/api/v1/grids?village=" + TANGLANG).json().get("items").get(0).get("code").asString();
        create(dangjian, estate.get("id").asLong(), "翠苑小区网格党小组", "GROUP", "GRID_GROUP", null, grid);

        var noFocus = dangjian.postJson("/api/v1/party/organisations", """
                {"parentId": %d, "name": "无方向的功能型支部", "level": "BRANCH", "kind": "FUNCTIONAL"}""".formatted(town));
        assertThat(noFocus.status()).isEqualTo(400);
        assertThat(noFocus.detail()).contains("工作方向");
        var wrongLevel = dangjian.postJson("/api/v1/party/organisations", """
                {"parentId": %d, "name": "支部下的支部", "level": "BRANCH", "kind": "ESTABLISHED"}""".formatted(estate.get("id").asLong()));
        assertThat(wrongLevel.status()).isEqualTo(400);
        assertThat(wrongLevel.detail()).contains("党支部下不能设党支部");
    }

    @Test
    void renamingAndMovingNameTheVersionReadAndNeverMakeACycle() {
        JsonNode committee = create(dangjian, town, "测试党委甲", "COMMITTEE", "ESTABLISHED", null, TANGLANG);
        JsonNode branch = create(dangjian, committee.get("id").asLong(), "测试支部甲", "BRANCH", "ESTABLISHED", null, null);
        long id = committee.get("id").asLong();
        var renamed = dangjian.patchJson("/api/v1/party/organisations/" + id, """
                {"version": %d, "name": "测试党委乙"}""".formatted(committee.get("version").asInt()));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("测试党委乙");
        var stale = dangjian.patchJson("/api/v1/party/organisations/" + id, """
                {"version": %d, "name": "测试党委丙"}""".formatted(committee.get("version").asInt()));
        assertThat(stale.status()).isEqualTo(409);

        JsonNode inner = create(dangjian, id, "测试党委乙下属党委", "COMMITTEE", "ESTABLISHED", null, null);
        var cycle = dangjian.patchJson("/api/v1/party/organisations/" + id, """
                {"version": %d, "parentId": %d}""".formatted(get(id).get("version").asInt(), inner.get("id").asLong()));
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.detail()).contains("下级组织");

        var moved = dangjian.patchJson("/api/v1/party/organisations/" + branch.get("id").asLong(), """
                {"version": %d, "parentId": %d}""".formatted(branch.get("version").asInt(), inner.get("id").asLong()));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("parentId").asLong()).isEqualTo(inner.get("id").asLong());

        List<String> history = new ArrayList<>();
        dangjian.get("/api/v1/party/organisations/" + id + "/history").json().get("items")
                .forEach(e -> history.add(e.get("kind").asString()));
        assertThat(history).containsExactly("RENAMED", "CREATED");
        assertThat(dangjian.get("/api/v1/party/organisations/" + branch.get("id").asLong() + "/history").json()
                .get("items").get(0).get("detail").asString()).contains("调至“测试党委乙下属党委”");
    }

    @Test
    void aMergedOrganisationHandsOverItsChildrenAndIsDissolvedCitingTheSurvivor() {
        JsonNode general = create(dangjian, town, "合并测试党总支", "GENERAL_BRANCH", "ESTABLISHED", null, TANGLANG);
        long g = general.get("id").asLong();
        JsonNode first = create(dangjian, g, "合并测试第一支部", "BRANCH", "ESTABLISHED", null, null);
        JsonNode second = create(dangjian, g, "合并测试第二支部", "BRANCH", "ESTABLISHED", null, null);
        JsonNode group = create(dangjian, first.get("id").asLong(), "合并测试党小组", "GROUP", "ESTABLISHED", null, null);

        var merged = dangjian.postJson("/api/v1/party/organisations/" + first.get("id").asLong() + "/merge", """
                {"version": %d, "survivorId": %d}""".formatted(first.get("version").asInt(), second.get("id").asLong()));
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().get("dissolvedOn").isNull()).isFalse();
        assertThat(get(group.get("id").asLong()).get("parentId").asLong()).isEqualTo(second.get("id").asLong());
        assertThat(dangjian.get("/api/v1/party/organisations/" + first.get("id").asLong() + "/history").json()
                .get("items").get(0).get("detail").asString()).contains("并入“合并测试第二支部”");

        var again = dangjian.postJson("/api/v1/party/organisations/" + first.get("id").asLong() + "/merge", """
                {"version": %d, "survivorId": %d}""".formatted(get(first.get("id").asLong()).get("version").asInt(),
                second.get("id").asLong()));
        assertThat(again.status()).isEqualTo(400);
        var upward = dangjian.postJson("/api/v1/party/organisations/" + second.get("id").asLong() + "/merge", """
                {"version": %d, "survivorId": %d}""".formatted(get(second.get("id").asLong()).get("version").asInt(), g));
        assertThat(upward.status()).isEqualTo(400);
        assertThat(upward.detail()).contains("同一层级");
    }

    @Test
    void anOrganisationWithChildrenIsDissolvedOnlyWhenToldWhereTheyGo() {
        JsonNode general = create(dangjian, town, "撤销测试党总支", "GENERAL_BRANCH", "ESTABLISHED", null, TANGLANG);
        JsonNode branch = create(dangjian, general.get("id").asLong(), "撤销测试支部", "BRANCH", "ESTABLISHED", null, null);
        JsonNode keeper = create(dangjian, town, "撤销测试接收党总支", "GENERAL_BRANCH", "ESTABLISHED", null, TANGLANG);
        long id = general.get("id").asLong();
        var refused = dangjian.postJson("/api/v1/party/organisations/" + id + "/dissolve",
                "{\"version\": " + get(id).get("version").asInt() + "}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.detail()).contains("尚有下级组织 1 个");
        var dissolved = dangjian.postJson("/api/v1/party/organisations/" + id + "/dissolve", """
                {"version": %d, "moveTo": %d}""".formatted(get(id).get("version").asInt(), keeper.get("id").asLong()));
        assertThat(dissolved.status()).as(dissolved.body()).isEqualTo(200);
        assertThat(get(branch.get("id").asLong()).get("parentId").asLong()).isEqualTo(keeper.get("id").asLong());
        var underDissolved = dangjian.postJson("/api/v1/party/organisations", """
                {"parentId": %d, "name": "撤销后新建", "level": "BRANCH", "kind": "ESTABLISHED"}""".formatted(id));
        assertThat(underDissolved.status()).isEqualTo(400);
        assertThat(underDissolved.detail()).contains("已撤销");
    }

    @Test
    void everyCommitteeTermIsKeptAndTheCurrentOneShown() {
        JsonNode branch = create(dangjian, town, "换届测试支部", "BRANCH", "ESTABLISHED", null, TANGLANG);
        long id = branch.get("id").asLong();
        var first = dangjian.postJson("/api/v1/party/organisations/" + id + "/committee", """
                {"version": %d, "startsOn": "2020-01-10", "endsOn": "2023-01-09", "secretary": "李红",
                 "members": ["张强", "王芳"]}""".formatted(branch.get("version").asInt()));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        var second = dangjian.postJson("/api/v1/party/organisations/" + id + "/committee", """
                {"version": %d, "startsOn": "2023-01-10", "endsOn": "2099-01-09", "secretary": "赵明",
                 "deputies": ["李红"], "members": ["王芳"]}""".formatted(get(id).get("version").asInt()));
        assertThat(second.status()).as(second.body()).isEqualTo(400); // a term is at most five years
        var third = dangjian.postJson("/api/v1/party/organisations/" + id + "/committee", """
                {"version": %d, "startsOn": "2024-01-10", "endsOn": "2029-01-09", "secretary": "赵明",
                 "deputies": ["李红"], "members": ["王芳"]}""".formatted(get(id).get("version").asInt()));
        assertThat(third.status()).as(third.body()).isEqualTo(201);
        JsonNode committee = dangjian.get("/api/v1/party/organisations/" + id + "/committee").json();
        assertThat(committee.get("elections")).hasSize(2);
        assertThat(committee.get("current").get("seats").get(0).get("holderName").asString()).isEqualTo("赵明");
        assertThat(committee.get("current").get("seats").get(0).get("postName").asString()).isEqualTo("书记");
        var noSecretary = dangjian.postJson("/api/v1/party/organisations/" + id + "/committee", """
                {"version": %d, "startsOn": "2024-01-10", "endsOn": "2027-01-09", "members": ["王芳"]}"""
                .formatted(get(id).get("version").asInt()));
        assertThat(noSecretary.status()).isEqualTo(400);
        assertThat(noSecretary.detail()).contains("书记");
    }

    @Test
    void aGrandCommitteeKeepsItsMemberUnitsAndJointMeetings() {
        JsonNode grand = create(dangjian, town, "堂琅社区联建大党委", "COMMITTEE", "GRAND", null, TANGLANG);
        long id = grand.get("id").asLong();
        assertThat(dangjian.postJson("/api/v1/party/organisations/" + id + "/units",
                "{\"unitName\": \"县第一中学党支部\", \"duty\": \"校园周边治安\"}").status()).isEqualTo(201);
        assertThat(dangjian.postJson("/api/v1/party/organisations/" + id + "/units",
                "{\"unitName\": \"县第一中学党支部\"}").status()).isEqualTo(400);
        var meeting = dangjian.postJson("/api/v1/party/organisations/" + id + "/joint-meetings", """
                {"heldOn": "2026-03-05", "topic": "老旧小区加装电梯", "attendees": "县第一中学党支部、物业公司党支部",
                 "decisions": "物业公司牵头征求意见"}""");
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
        assertThat(dangjian.get("/api/v1/party/organisations/" + id + "/units").json().get("items")).hasSize(1);
        assertThat(dangjian.get("/api/v1/party/organisations/" + id + "/joint-meetings").json().get("items").get(0)
                .get("topic").asString()).isEqualTo("老旧小区加装电梯");
        assertThat(dangjian.postJson("/api/v1/party/organisations/" + town + "/units", "{\"unitName\": \"某单位\"}")
                .status()).isEqualTo(409);
    }

    @Test
    void anotherTownAResidentADepartmentAndASecretaryOutsideTheirCommunityAreRefused() {
        JsonNode branch = create(dangjian, town, "拒绝测试支部", "BRANCH", "ESTABLISHED", null, TANGLANG);
        long id = branch.get("id").asLong();
        String rename = "{\"version\": " + branch.get("version").asInt() + ", \"name\": \"被改的名字\"}";
        assertThat(Http.as(port, "yiche").patchJson("/api/v1/party/organisations/" + id, rename).status()).isIn(403, 404);
        assertThat(Http.as(port, "jumin").patchJson("/api/v1/party/organisations/" + id, rename).status()).isIn(403, 404);
        assertThat(Http.as(port, "bumen").patchJson("/api/v1/party/organisations/" + id, rename).status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get("/api/v1/party/organisations/" + id + "/history").status()).isIn(403, 404);
        assertThat(Http.as(port, "yiche").get("/api/v1/party/organisations/" + id + "/committee").status()).isEqualTo(404);

        Http shuji = Http.as(port, "shuji");
        assertThat(shuji.patchJson("/api/v1/party/organisations/" + id, rename).status()).isEqualTo(200);
        assertThat(shuji.postJson("/api/v1/party/organisations/" + id + "/dissolve", "{\"version\": 1}").status())
                .isEqualTo(403);
        var outside = shuji.patchJson("/api/v1/party/organisations/" + town, "{\"version\": 0, \"name\": \"改街道工委\"}");
        assertThat(outside.status()).isIn(403, 404);
        var createOutside = shuji.postJson("/api/v1/party/organisations", """
                {"parentId": %d, "name": "书记越界新建", "level": "BRANCH", "kind": "ESTABLISHED"}""".formatted(town));
        assertThat(createOutside.status()).isIn(400, 403, 404);
        assertThat(jdbc.sql("select count(*) from party.organisation where name = '书记越界新建'").query(Long.class).single())
                .isZero();
        assertThat(Http.as(port, "jumin").postJson("/api/v1/party/organisations", """
                {"parentId": %d, "name": "居民新建", "level": "BRANCH", "kind": "ESTABLISHED"}""".formatted(id)).status())
                .isEqualTo(403);
    }

    @Test
    void organisationsGoOutToExcelAndComeInAllOrNone() throws IOException {
        JsonNode branch = create(dangjian, town, "导出测试支部", "BRANCH", "ESTABLISHED", null, TANGLANG);
        var download = dangjian.download("/api/v1/party/organisations.xlsx?territory=" + TANGLANG);
        assertThat(download.status()).isEqualTo(200);
        try (var book = new XSSFWorkbook(new java.io.ByteArrayInputStream(download.body()))) {
            List<String> names = new ArrayList<>();
            book.getSheetAt(0).forEach(r -> names.add(r.getCell(1).getStringCellValue()));
            assertThat(names).contains("导出测试支部");
        }
        long parent = branch.get("id").asLong();
        byte[] good = workbook(List.of(
                List.of("导入测试党小组一", "党小组", "建制性", "", "", String.valueOf(parent), "2025-06-01"),
                List.of("导入测试临时支部", "党支部", "临时", "", TANGLANG, String.valueOf(town), ""),
                List.of("导入测试临时支部党小组", "党小组", "临时", "", "", "第3行", "")));
        var imported = dangjian.postFile("/api/v1/party/organisations.xlsx", Map.of(), "file", "a.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", good);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("created")).hasSize(3);

        byte[] bad = workbook(List.of(
                List.of("导入失败测试甲", "党小组", "建制性", "", "", String.valueOf(parent), ""),
                List.of("导入失败测试乙", "党支部", "建制性", "", "", String.valueOf(parent), "")));
        var refused = dangjian.postFile("/api/v1/party/organisations.xlsx", Map.of(), "file", "b.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.detail()).contains("第 3 行");
        assertThat(jdbc.sql("select count(*) from party.organisation where name like '导入失败测试%'").query(Long.class)
                .single()).isZero();
        assertThat(Http.as(port, "jumin").download("/api/v1/party/organisations.xlsx").status()).isEqualTo(403);
    }

    static byte[] workbook(List<List<String>> rows) throws IOException {
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("党组织");
            var header = sheet.createRow(0);
            List<String> columns = List.of("名称", "层级", "类型", "工作方向/行业", "区划代码", "上级组织", "成立日期");
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /**
     * The random sequences of the rules' property, replayed through the API on a subtree of their own: whatever is
     * allowed or refused, no answer is a 5xx and the stored tree stays whole.
     */
    @Test
    void aRandomSequenceOfChangesThroughTheApiLeavesTheTreeWhole() {
        JsonNode top = create(dangjian, town, "随机序列测试党委", "COMMITTEE", "ESTABLISHED", null, null);
        List<Long> ids = new ArrayList<>(List.of(top.get("id").asLong()));
        String[] levels = {"COMMITTEE", "GENERAL_BRANCH", "BRANCH", "GROUP"};
        String[] places = {"530326001", TANGLANG, "530326001002"};
        Random random = new Random(2026);
        Map<Integer, Integer> statuses = new HashMap<>();
        for (int i = 0; i < 60; i++) {
            long a = ids.get(random.nextInt(ids.size()));
            long b = ids.get(random.nextInt(ids.size()));
            Http.Response answer = switch (i < 20 ? 0 : random.nextInt(4)) {
                case 0 -> dangjian.postJson("/api/v1/party/organisations", """
                        {"parentId": %d, "name": "随机%d", "level": "%s", "kind": "ESTABLISHED", "territoryCode": "%s"}"""
                        .formatted(a, i, levels[random.nextInt(4)], places[random.nextInt(places.length)]));
                case 1 -> dangjian.patchJson("/api/v1/party/organisations/" + a,
                        "{\"version\": %d, \"parentId\": %d}".formatted(get(a).get("version").asInt(), b));
                case 2 -> dangjian.postJson("/api/v1/party/organisations/" + a + "/merge",
                        "{\"version\": %d, \"survivorId\": %d}".formatted(get(a).get("version").asInt(), b));
                default -> dangjian.postJson("/api/v1/party/organisations/" + a + "/dissolve", random.nextBoolean()
                        ? "{\"version\": %d}".formatted(get(a).get("version").asInt())
                        : "{\"version\": %d, \"moveTo\": %d}".formatted(get(a).get("version").asInt(), b));
            };
            statuses.merge(answer.status(), 1, Integer::sum);
            assertThat(answer.status()).as(answer.body()).isIn(200, 201, 400);
            if (answer.status() == 201) {
                ids.add(answer.json().get("id").asLong());
            }
        }
        assertThat(statuses.getOrDefault(201, 0) + statuses.getOrDefault(200, 0)).isGreaterThan(8);
        record Row(long id, Long parentId, String level, String territoryCode, boolean active) {
        }
        Map<Long, Row> rows = new HashMap<>();
        jdbc.sql("""
                        with recursive down (id) as (select :top::bigint union
                            select o.id from party.organisation o join down on o.parent_id = down.id)
                        select o.id, o.parent_id, o.level, o.territory_code, o.dissolved_on is null as active
                        from party.organisation o where o.id in (select id from down) or o.id = :parent""")
                .param("top", top.get("id").asLong()).param("parent", town)
                .query(Row.class).list().forEach(r -> rows.put(r.id(), r));
        assertThat(rows.keySet()).containsAll(ids);
        for (long id : ids) {
            Row row = rows.get(id);
            Row parent = rows.get(row.parentId());
            assertThat(parent).as("no orphan, no cycle: " + row).isNotNull();
            if (row.active()) {
                assertThat(parent.active()).as("active under active: " + row).isTrue();
                assertThat(OrganisationRules.holds(OrganisationLevel.valueOf(parent.level()),
                        OrganisationLevel.valueOf(row.level()))).as("levels nest: " + row).isTrue();
                assertThat(row.territoryCode()).startsWith(parent.territoryCode());
            }
        }
    }
}
