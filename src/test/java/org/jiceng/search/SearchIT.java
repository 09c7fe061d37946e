package org.jiceng.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jiceng.Redaction;
import org.jiceng.search.internal.Indexer;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Full-text search through the real HTTP API: each person finds only what the case loop lets them read, snippets
 * carry no numbers, and the index follows filing, moves and visibility, and a rebuild gives the same answers.
 * Every test searches a made-up word of its own, so what other tests filed never shows.
 */
@AppTest
class SearchIT {

    @LocalServerPort
    int port;

    @Autowired
    Indexer indexer;

    @Autowired
    JdbcClient jdbc;

    static String tag() {
        StringBuilder tag = new StringBuilder("zq");
        // no 'e': the analyser stems Latin words, and a tag ending in "e" or "ed" would be marked one stem short
        UUID.randomUUID().toString().chars().filter(Character::isLetter).limit(6)
                .forEach(c -> tag.append(c == 'e' ? 'k' : (char) c));
        while (tag.length() < 8) {
            tag.append('x');
        }
        return tag.toString();
    }

    JsonNode centroid(String user, String village) {
        return Http.as(port, user).get("/api/v1/grids?village=" + village).json().get("items").get(0).get("centroid");
    }

    long file(String user, String village, String description, boolean publicCase) {
        JsonNode at = centroid(user.equals("yiche") ? "yiche" : "shequ", village);
        var filed = Http.as(port, user).postJson("/api/v1/cases", """
                {"categoryCode": "0301", "description": "%s", "lat": %s, "lon": %s, "publicCase": %s}"""
                .formatted(description, at.get("lat").asDouble(), at.get("lon").asDouble(), publicCase));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asLong();
    }

    long fileInTanglang(String user, String description, boolean publicCase) {
        return file(user, "530326001001", description, publicCase);
    }

    Http.Response act(String user, long id, String action, String body) {
        return Http.as(port, user).postJson("/api/v1/cases/" + id + "/actions/" + action, body);
    }

    void publish(long id) {
        var published = Http.as(port, "gucheng").patchJson("/api/v1/cases/" + id, "{\"publicCase\": true}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
    }

    JsonNode search(String user, String query) {
        var answer = Http.as(port, user).get("/api/v1/search?q=" + java.net.URLEncoder.encode(query,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    List<Long> ids(String user, String query) {
        return search(user, query).get("items").valueStream().map(h -> h.get("id").asLong()).toList();
    }

    /** Waits until the indexer has taken everything queued, then answers. */
    List<Long> idsOnceIndexed(String user, String query) throws InterruptedException {
        eventually(() -> jdbc.sql("select count(*) from search.pending").query(Long.class).single() == 0);
        return ids(user, query);
    }

    static void eventually(Supplier<Boolean> condition) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.get()) {
            assertThat(Instant.now()).as("waited 30 s").isBefore(end);
            Thread.sleep(100);
        }
    }

    @Test
    void aTownFindsItsOwnCasesAndNeverAnotherTownsWhileTheCountyFindsBoth() throws InterruptedException {
        String tag = tag();
        long own = fileInTanglang("gucheng", "小区门口路灯坏了三天，晚上很黑 " + tag, false);
        long foreign = file("yiche", "530326103001", "村口路灯坏了三天，晚上很黑 " + tag, false);
        assertThat(idsOnceIndexed("gucheng", tag)).containsExactly(own);
        assertThat(ids("yiche", tag)).containsExactly(foreign);
        assertThat(ids("admin", tag)).containsExactlyInAnyOrder(own, foreign);
        assertThat(Http.as(port, "gucheng").get("/api/v1/search?q=" + tag + "&territory=530326103").json()
                .get("items").size()).as("asking for another town's territory finds nothing more").isZero();
        assertThat(ids("admin", tag + " 路灯")).as("the words found as the analyser cut them in a sentence")
                .containsExactlyInAnyOrder(own, foreign);
    }

    @Test
    void aResidentFindsTheirOwnAndPublicCasesButNotAnothersPrivateOne() throws InterruptedException {
        String tag = tag();
        long mine = fileInTanglang("jumin", "楼道里堆放杂物，消防通道堵塞 " + tag, false);
        long patrol = fileInTanglang("wangge", "楼道里堆放杂物，巡查发现 " + tag, false);
        long open = fileInTanglang("wangge", "楼道里堆放杂物，已公开 " + tag, false);
        publish(open);
        assertThat(idsOnceIndexed("jumin", tag)).containsExactlyInAnyOrder(mine, open);
        assertThat(ids("huzhang", tag)).as("another resident: public only").containsExactly(open);
        assertThat(ids("gucheng", tag)).containsExactlyInAnyOrder(mine, patrol, open);

        publish(patrol);
        assertThat(idsOnceIndexed("huzhang", tag)).as("made public: found by everyone").containsExactlyInAnyOrder(patrol, open);
    }

    @Test
    void aDepartmentFindsOnlyTheCasesDispatchedToIt() throws InterruptedException {
        String tag = tag();
        long unit = Http.as(port, "bumen").get("/api/v1/me").json().get("unitId").asLong();
        long sent = fileInTanglang("jumin", "路面塌陷需要修理 " + tag, false);
        long kept = fileInTanglang("jumin", "路面塌陷需要修理，社区自己处理 " + tag, false);
        assertThat(act("gucheng", sent, "accept", "{}").status()).isEqualTo(200);
        assertThat(act("gucheng", sent, "dispatch", "{\"leadUnitId\": " + unit + "}").status()).isEqualTo(200);
        assertThat(idsOnceIndexed("bumen", tag)).containsExactly(sent);
        assertThat(ids("gucheng", tag)).containsExactlyInAnyOrder(sent, kept);
    }

    @Test
    void snippetsCarryNoPhoneOrIdNumbersAndMarkTheQueryWords() throws InterruptedException {
        String tag = tag();
        long id = fileInTanglang("jumin", "井盖缺失 " + tag + " 联系电话13812345678，身份证530326198510113831，请尽快处理", true);
        eventually(() -> !ids("gucheng", tag).isEmpty());
        JsonNode hit = search("gucheng", tag).get("items").get(0);
        assertThat(hit.get("id").asLong()).isEqualTo(id);
        String snippet = hit.get("snippet").asString();
        assertThat(snippet).contains(tag).contains(Redaction.MASK).doesNotContain("13812345678")
                .doesNotContain("530326198510113831");
        JsonNode mark = hit.get("highlights").get(0);
        assertThat(snippet.substring(mark.get("start").asInt(), mark.get("end").asInt())).isEqualTo(tag);
        assertThat(hit.get("url").asString()).isEqualTo("/cases/" + id);
        assertThat(hit.get("kind").asString()).isEqualTo("case");
        assertThat(hit.get("at").asString()).endsWith("+08:00");
        assertThat(ids("gucheng", "13812345678")).as("a number is not searchable").doesNotContain(id);
    }

    @Test
    void theIndexFollowsTheCaseToItsCloseAndARebuildGivesTheSameAnswers() throws InterruptedException {
        String tag = tag();
        String reply = tag();
        long unit = Http.as(port, "bumen").get("/api/v1/me").json().get("unitId").asLong();
        long id = fileInTanglang("jumin", "小区门口路灯坏了三天 " + tag, false);
        assertThat(idsOnceIndexed("gucheng", tag)).containsExactly(id);
        assertThat(search("gucheng", tag).get("items").get(0).get("title").asString()).contains("已受理登记");
        assertThat(act("gucheng", id, "accept", "{}").status()).isEqualTo(200);
        assertThat(act("gucheng", id, "dispatch", "{\"leadUnitId\": " + unit + "}").status()).isEqualTo(200);
        assertThat(act("bumen", id, "check-in", "{}").status()).isEqualTo(200);
        assertThat(act("bumen", id, "resolve", "{\"note\": \"内部记录\"}").status()).isEqualTo(200);
        assertThat(act("gucheng", id, "verify", "{}").status()).isEqualTo(200);
        assertThat(act("gucheng", id, "reply", "{\"note\": \"路灯已修复 " + reply + "\"}").status()).isEqualTo(200);
        assertThat(act("jumin", id, "rate", "{\"solved\": true, \"satisfaction\": \"SATISFIED\"}").status()).isEqualTo(200);
        assertThat(idsOnceIndexed("jumin", reply)).as("the reply to the reporter is searchable").containsExactly(id);
        assertThat(ids("gucheng", "内部记录 " + tag)).as("a handler's note is not in the index").isEmpty();
        String before = search("gucheng", tag).toString();
        assertThat(before).contains("已结案");

        jdbc.sql("delete from search.document where kind = 'CASE' and record_id = :id").param("id", id).update();
        assertThat(ids("gucheng", tag)).isEmpty();
        indexer.rebuild(done -> { });
        assertThat(search("gucheng", tag).toString()).isEqualTo(before);
    }

    @Test
    void pagesFollowTheRankWithoutRepeatingAHit() throws InterruptedException {
        String tag = tag();
        long a = fileInTanglang("gucheng", "噪音扰民 " + tag, false);
        long b = fileInTanglang("gucheng", "噪音扰民，夜间施工 " + tag + " " + tag, false);
        long c = fileInTanglang("gucheng", "夜间施工噪音 " + tag, false);
        eventually(() -> ids("gucheng", tag).size() == 3);
        JsonNode first = Http.as(port, "gucheng").get("/api/v1/search?q=" + tag + "&limit=2").json();
        assertThat(first.get("items").size()).isEqualTo(2);
        String next = first.get("next").asString();
        JsonNode second = Http.as(port, "gucheng").get("/api/v1/search?q=" + tag + "&limit=2&after=" + next).json();
        assertThat(second.get("next").isNull()).isTrue();
        List<Long> all = new java.util.ArrayList<>();
        first.get("items").forEach(h -> all.add(h.get("id").asLong()));
        second.get("items").forEach(h -> all.add(h.get("id").asLong()));
        assertThat(all).containsExactlyInAnyOrder(a, b, c);
        assertThat(all.getFirst()).as("the word twice ranks first").isEqualTo(b);
        assertThat(Http.as(port, "gucheng").get("/api/v1/search?types=case&q=" + tag).json().get("items").size()).isEqualTo(3);
    }

    @Test
    void badSearchesAreRefusedInChineseAndAnonymousOnesNotAnswered() {
        Http gucheng = Http.as(port, "gucheng");
        assertThat(Http.anonymous(port).get("/api/v1/search?q=路灯").status()).isEqualTo(401);
        var blank = gucheng.get("/api/v1/search?q=");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.detail()).contains("搜索词");
        assertThat(gucheng.get("/api/v1/search?q=%EF%BC%8C%E3%80%82").detail()).contains("没有可检索的词");
        assertThat(gucheng.get("/api/v1/search?q=路灯&types=ballot").detail()).contains("类别");
        assertThat(gucheng.get("/api/v1/search?q=路灯&territory=5303260").detail()).contains("区划");
        assertThat(gucheng.get("/api/v1/search?q=路灯&after=garbage").detail()).contains("翻页");
        assertThat(gucheng.get("/api/v1/search?q=路灯&limit=0").status()).isEqualTo(400);
        assertThat(gucheng.get("/api/v1/search?q=路灯&from=2026-02-30").status()).isEqualTo(400);
    }

    @Test
    void theSearchPageMarksTheWordsAndKeepsWhatWasTypedOnABadFilter() throws InterruptedException {
        String tag = tag();
        fileInTanglang("jumin", "垃圾清运不及时 " + tag, true);
        eventually(() -> !ids("jumin", tag).isEmpty());
        String page = Http.as(port, "jumin").get("/search?q=" + tag).body();
        assertThat(page).contains("<mark>" + tag + "</mark>").contains("垃圾清运不及时");
        var refused = Http.as(port, "jumin").get("/search?q=" + tag + "&territory=12345");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("区划（territory）须为").contains("value=\"" + tag + "\"").contains("value=\"12345\"");
        assertThat(Http.as(port, "jumin").get("/").body()).as("the header's box").contains("action=\"/search\"");
    }
}
