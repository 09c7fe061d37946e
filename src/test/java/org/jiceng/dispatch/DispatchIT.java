package org.jiceng.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.Scope;
import org.jiceng.dispatch.internal.DispatchTrainer;
import org.jiceng.dispatch.internal.Suggestions;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.Http;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.territory.UnitView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Suggestions from the model the demo start trained on the demo year (in {@code DemoYearIT}'s context: the same
 * settings, so one context for both): the model's report, the top three, who may ask, and which units a town gets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jiceng.data-dir=target/it-data/${random.uuid}",
        "jiceng.db.embedded.clean=true",
        "jiceng.db.url=",
        "jiceng.demo.year=true",
        "jiceng.demo.scale=town",
        "jiceng.demo.seed=2026",
        "jiceng.demo.year-cases=3000",
        "jiceng.cases.background-sweeps=false",
})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DispatchIT {

    static final String STREET_LIGHT = """
            {"text": "我们巷子里的路灯坏了一个多星期，晚上黑漆漆的，老人出门怕摔，麻烦派人来修一下"}""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DispatchTrainer trainer;

    @Autowired
    TerritoryApi territory;

    @Autowired
    IdentityApi identity;

    @Autowired
    Suggestions suggestions;

    @Test
    void theDemoStartTrainedAModelOnTheDemoYearAndReportsItsHeldOutAccuracy() {
        JsonNode model = Http.as(port, "gucheng").get("/api/v1/dispatch/model").json();
        assertThat(model.get("trained").asBoolean()).isTrue();
        assertThat(model.get("cases").asInt()).isGreaterThan(1_500);
        assertThat(model.get("categories").asInt()).isGreaterThan(40);
        assertThat(model.get("units").asInt()).isGreaterThan(5);
        JsonNode report = model.get("report");
        assertThat(report.get("testFrom").asString()).matches("\\d{4}-\\d{2}");
        JsonNode overall = report.get("categoryAccuracy").get("overall");
        double top1 = overall.get("top1").asDouble() / overall.get("tested").asDouble();
        double top3 = overall.get("top3").asDouble() / overall.get("tested").asDouble();
        System.out.printf("demo year, later months held out: %d tested, top-1 %.3f, top-3 %.3f%n",
                overall.get("tested").asLong(), top1, top3);
        assertThat(top1).isGreaterThan(0.8);
        assertThat(top3).isGreaterThan(0.9);
        assertThat(report.get("dispatchTested").asLong()).isPositive();
        assertThat(report.get("firstRightAfter").asLong()).isGreaterThan(report.get("firstRightBefore").asLong() / 2);
    }

    @Test
    void aTextGetsItsTopThreeCategoriesAndUnitsBestFirst() {
        JsonNode answer = Http.as(port, "gucheng").postJson("/api/v1/dispatch/suggest", STREET_LIGHT).json();
        JsonNode categories = answer.get("categories");
        assertThat(categories.size()).isEqualTo(3);
        assertThat(categories.get(0).get("code").asString()).isEqualTo("0301");
        assertThat(categories.get(0).get("name").asString()).isEqualTo("路灯故障");
        assertThat(categories.get(0).get("confidence").asDouble())
                .isGreaterThanOrEqualTo(categories.get(1).get("confidence").asDouble());
        JsonNode units = answer.get("units");
        assertThat(units.size()).isBetween(1, 3);
        assertThat(units.get(0).get("name").asString()).isEqualTo("县住房和城乡建设局");
    }

    @Test
    void aTownsSuggestedUnitsAreOnlyUnitsThatMayTakeItsCases() {
        List<Long> mayTake = new ArrayList<>();
        for (UnitView unit : territory.units("530326", Scope.everything())) {
            if ("530326103".startsWith(unit.territoryCode())) {
                mayTake.add(unit.id());
            }
        }
        for (String text : List.of(STREET_LIGHT, "{\"text\": \"工地老板拖欠工资三个月不给\"}",
                "{\"text\": \"河沟里有人偷排废水，死鱼很多\"}")) {
            JsonNode units = Http.as(port, "yiche").postJson("/api/v1/dispatch/suggest", text).json().get("units");
            for (JsonNode unit : units) {
                assertThat(mayTake).contains(unit.get("id").asLong());
            }
        }
    }

    @Test
    void theSameCasesTrainTheSameModelAndTheSameSuggestions() {
        String before = Http.as(port, "gucheng").postJson("/api/v1/dispatch/suggest", STREET_LIGHT).body();
        int first = trainer.train(line -> { }).version();
        int second = trainer.train(line -> { }).version();
        assertThat(second).isEqualTo(first + 1);
        byte[][] models = jdbc.sql("select categories, units from dispatch.model where version in (:a, :b) order by version")
                .param("a", first).param("b", second).query((rs, n) -> rs.getBytes(1)).list().toArray(byte[][]::new);
        assertThat(models[1]).isEqualTo(models[0]);
        String after = Http.as(port, "gucheng").postJson("/api/v1/dispatch/suggest", STREET_LIGHT).body();
        assertThat(after.replaceAll("\"modelVersion\":\\d+", "")).isEqualTo(before.replaceAll("\"modelVersion\":\\d+", ""));
    }

    @Test
    void suggestionsAreRefusedToThoseWhoNeitherFileNorDispatch() {
        assertThat(Http.anonymous(port).postJson("/api/v1/dispatch/suggest", STREET_LIGHT).status()).isIn(401, 403);
        assertThat(Http.anonymous(port).get("/api/v1/dispatch/model").status()).isEqualTo(401);
        assertThat(Http.as(port, "bumen").postJson("/api/v1/dispatch/suggest", STREET_LIGHT).status()).isEqualTo(403);
        assertThat(Http.as(port, "jijian").postJson("/api/v1/dispatch/suggest", STREET_LIGHT).status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").postJson("/api/v1/dispatch/suggest", STREET_LIGHT).status()).isEqualTo(200);
        assertThat(Http.as(port, "jumin").get("/api/v1/dispatch/model").status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get("/api/v1/dispatch/model").status()).isEqualTo(403);
        assertThat(Http.as(port, "jijian").get("/api/v1/dispatch/model").status()).isEqualTo(200);
    }

    @Test
    void aBlankOrOverlongTextIsRefusedInChinese() {
        Http.Response blank = Http.as(port, "gucheng").postJson("/api/v1/dispatch/suggest", "{\"text\": \"  \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.detail()).contains("诉求内容");
        Http.Response longText = Http.as(port, "gucheng").postJson("/api/v1/dispatch/suggest",
                "{\"text\": \"" + "路".repeat(2001) + "\"}");
        assertThat(longText.status()).isEqualTo(400);
        Http.Response badPlace = Http.as(port, "gucheng").postJson("/api/v1/dispatch/suggest",
                "{\"text\": \"路灯坏了\", \"lat\": 95}");
        assertThat(badPlace.status()).isEqualTo(400);
    }

    @Test
    void staffSeeSimilarFinishedCasesOfTheTownAndHowTheyWereSolved() {
        long caseId = jdbc.sql("""
                select case_id from dispatch.case_words where territory_code like '530326001%' and category_code = '0301'
                order by case_id limit 1""").query(Long.class).single();
        JsonNode items = Http.as(port, "gucheng").get("/api/v1/dispatch/similar/" + caseId).json().get("items");
        assertThat(items.size()).isBetween(1, 5);
        for (JsonNode item : items) {
            assertThat(item.get("id").asLong()).isNotEqualTo(caseId);
            assertThat(item.get("categoryName").asString()).isEqualTo("路灯故障");
            assertThat(item.get("similarity").asDouble()).isBetween(0.25, 1.0);
        }
        assertThat(items.get(0).get("resolution").asString()).isNotBlank();
        assertThat(Http.as(port, "gucheng").get("/dispatch/similar/" + caseId).body()).contains("相似的已办结诉求");
        assertThat(Http.as(port, "yiche").get("/api/v1/dispatch/similar/" + caseId).status()).isEqualTo(404);
        assertThat(Http.as(port, "jumin").get("/api/v1/dispatch/similar/" + caseId).status()).isIn(403, 404);
    }

    @Test
    void aNearbyOpenCaseOfAnotherCategoryIsOfferedAsADuplicateWhenItsTextIsAlike() {
        JsonNode centroid = Http.as(port, "shequ").get("/api/v1/grids?village=530326001001").json().get("items").get(0)
                .get("centroid");
        String text = "小区东门外每天半夜有人骑摩托车飙车轰油门，整栋楼的人都被吵醒";
        Http.Response filed = Http.as(port, "jumin").postJson("/api/v1/cases", """
                {"categoryCode": "1203", "description": "%s", "lat": %s, "lon": %s}"""
                .formatted(text, centroid.get("lat").asDouble(), centroid.get("lon").asDouble()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String number = filed.json().get("number").asString();
        String at = "&lat=" + centroid.get("lat").asDouble() + "&lon=" + centroid.get("lon").asDouble();
        String byPlace = Http.as(port, "jumin").get("/cases/new/nearby?categoryCode=0105" + at).body();
        assertThat(byPlace).doesNotContain(number);
        String byText = Http.as(port, "jumin").get("/cases/new/nearby?categoryCode=0105" + at + "&description="
                + java.net.URLEncoder.encode(text.replace("每天半夜", "昨晚"), java.nio.charset.StandardCharsets.UTF_8)).body();
        assertThat(byText).contains(number);
    }
}
