package org.jiceng.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Disputes, topics, meetings' minutes and notices in the search, through the real HTTP API: each found by those
 * its module lets read it and by nobody else, a dispute's parties never named in what the search shows.
 */
@AppTest
class SearchRecordsIT {

    static final String TANGLANG = "530326001001";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    JsonNode search(String user, String query) throws InterruptedException {
        SearchIT.eventually(() -> jdbc.sql("select count(*) from search.pending").query(Long.class).single() == 0);
        var answer = Http.as(port, user).get("/api/v1/search?q=" + java.net.URLEncoder.encode(query,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("items");
    }

    List<String> hits(String user, String query) throws InterruptedException {
        return search(user, query).valueStream().map(h -> h.get("kind").asString() + ":" + h.get("id").asLong()).toList();
    }

    long created(Http.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().has("dispute") ? answer.json().get("dispute").get("id").asLong() : answer.json().get("id").asLong();
    }

    @Test
    void aDisputeIsFoundByItsPartyAndTheVillagesStaffButNotByAnotherTownOrAnUnrelatedResident() throws InterruptedException {
        String tag = SearchIT.tag();
        long dispute = created(Http.as(port, "shequ").postJson("/api/v1/disputes", """
                {"territoryCode": "%s", "title": "李建国院墙纠纷", "summary": "李建国与王秀英因院墙位置发生争执 %s",
                 "type": "NEIGHBOUR", "risk": "GREEN",
                 "parties": [{"name": "李建国", "role": "APPLICANT", "residentUsername": "jumin"},
                             {"name": "王秀英", "role": "RESPONDENT"}]}""".formatted(TANGLANG, tag)));
        String hit = "dispute:" + dispute;
        assertThat(hits("jumin", tag)).as("a party").containsExactly(hit);
        assertThat(hits("shequ", tag)).as("the village's staff").containsExactly(hit);
        assertThat(hits("gucheng", tag)).as("the town").containsExactly(hit);
        assertThat(hits("yiche", tag)).as("another town").isEmpty();
        assertThat(hits("huzhang", tag)).as("a resident who is no party").isEmpty();
        assertThat(hits("bumen", tag)).as("a department").isEmpty();

        JsonNode shown = search("shequ", tag).get(0);
        assertThat(shown.get("title").asString() + shown.get("snippet").asString())
                .doesNotContain("李建国").doesNotContain("王秀英").contains("李**").contains("王**");
        assertThat(shown.get("url").asString()).isEqualTo("/mediation/disputes/" + dispute);
        assertThat(hits("shequ", "李建国 " + tag)).as("a party's name is not searchable").isEmpty();
    }

    @Test
    void aPublishedNoticeIsFoundByAResidentOfItsCommunityButNotByAnotherTown() throws InterruptedException {
        String tag = SearchIT.tag();
        long notice = created(Http.as(port, "shequ").postJson("/api/v1/notices", """
                {"title": "停水通知", "body": "明日上午小区停水检修管道 %s"}""".formatted(tag)));
        assertThat(hits("jumin", tag)).containsExactly("notice:" + notice);
        assertThat(hits("gucheng", tag)).containsExactly("notice:" + notice);
        assertThat(hits("yiche", tag)).isEmpty();
    }

    @Test
    void aTopicAndAMeetingsMinutesAreFoundByTheStaffAndTheCommunityButNotByAnotherTown() throws InterruptedException {
        String tag = SearchIT.tag();
        long topic = created(Http.as(port, "jumin").postJson("/api/v1/topics", """
                {"title": "加装电梯", "description": "老旧小区加装电梯，请社区组织商量 %s"}""".formatted(tag)));
        Http shequ = Http.as(port, "shequ");
        long meeting = created(shequ.postJson("/api/v1/meetings", """
                {"kind": "MORNING", "title": "加装电梯晨会", "heldOn": "%s", "startTime": "08:00", "place": "党群服务中心"}"""
                .formatted(Beijing.today(clock))));
        var minutes = shequ.putJson("/api/v1/meetings/" + meeting + "/minutes",
                "{\"text\": \"大家协商了加装电梯的费用分摊 " + tag + "\"}");
        assertThat(minutes.status()).as(minutes.body()).isEqualTo(200);

        assertThat(hits("gucheng", tag)).containsExactlyInAnyOrder("topic:" + topic, "minutes:" + meeting);
        assertThat(hits("shequ", tag)).containsExactlyInAnyOrder("topic:" + topic, "minutes:" + meeting);
        assertThat(hits("jumin", tag)).containsExactlyInAnyOrder("topic:" + topic, "minutes:" + meeting);
        assertThat(hits("yiche", tag)).isEmpty();
        var onlyMinutes = Http.as(port, "gucheng").get("/api/v1/search?types=minutes&q=" + tag);
        assertThat(onlyMinutes.json().get("items").valueStream().map(h -> h.get("id").asLong()).toList())
                .containsExactly(meeting);
    }
}
