package org.jiceng.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.jiceng.cases.CasesApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Topics, meetings, resolutions with their cases and the notice board through the API. */
@AppTest
class TopicsMeetingsApiIT {

    static final String TANGLANG = "530326001001";

    @LocalServerPort
    int port;

    @Autowired
    CasesApi cases;

    Http as(String user) {
        return Http.as(port, user);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.ofHours(8));
    }

    long propose(String user, String title) {
        var answer = as(user).postJson("/api/v1/topics", """
                {"title": "%s", "description": "这件事大家都很关心，请社区组织商量。"}""".formatted(title));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asLong();
    }

    Http.Response act(String user, long topic, String action, String body) {
        return as(user).postJson("/api/v1/topics/" + topic + "/actions/" + action, body);
    }

    String step(long topic) {
        return as("shequ").get("/api/v1/topics/" + topic).json().get("step").asString();
    }

    long meetingToday(String title) {
        var answer = as("shequ").postJson("/api/v1/meetings", """
                {"kind": "MORNING", "title": "%s", "heldOn": "%s", "startTime": "08:00", "place": "党群服务中心"}"""
                .formatted(title, today()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asLong();
    }

    /** A topic on a held meeting's agenda with a resolution: the ids of topic, meeting and resolution. */
    long[] resolvedTopic(String title) {
        long topic = propose("jumin", title);
        long meeting = meetingToday(title + "晨会");
        Http shequ = as("shequ");
        assertThat(shequ.postJson("/api/v1/meetings/" + meeting + "/agenda", "{\"topicId\": " + topic + "}").status()).isEqualTo(201);
        assertThat(shequ.putJson("/api/v1/meetings/" + meeting + "/minutes", "{\"text\": \"大家协商了" + title + "。\"}").status())
                .isEqualTo(200);
        var resolution = shequ.postJson("/api/v1/meetings/" + meeting + "/resolutions",
                "{\"text\": \"同意" + title + "，由社区牵头落实。\", \"topicId\": " + topic + "}");
        assertThat(resolution.status()).as(resolution.body()).isEqualTo(201);
        return new long[] {topic, meeting, resolution.json().get("id").asLong()};
    }

    int size(Http.Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().get("items").size();
    }

    @Test
    void theCommitteeCarriesAResidentsTopicThroughTheSixSteps() {
        long id = propose("jumin", "小区东门装减速带");
        JsonNode topic = as("jumin").get("/api/v1/topics/" + id).json();
        assertThat(topic.get("step").asString()).isEqualTo("COLLECTED");
        assertThat(topic.get("stepLabel").asString()).isEqualTo("收集");
        assertThat(topic.get("territoryCode").asString()).isEqualTo(TANGLANG);
        assertThat(topic.get("createdAt").asString()).endsWith("+08:00");

        var wrongRole = act("jumin", id, "confirm", "{}");
        assertThat(wrongRole.status()).isEqualTo(403);
        assertThat(wrongRole.detail()).contains("办理议题").contains("村(社区)两委");
        var wrongStep = act("shequ", id, "resolve", "{\"note\": \"同意\"}");
        assertThat(wrongStep.status()).isEqualTo(409);
        assertThat(wrongStep.detail()).contains("“收集”环节");
        assertThat(act("shequ", id, "teleport", "{}").status()).isEqualTo(404);
        assertThat(act("shequ", id, "confirm", "{\"version\": 7}").status()).isEqualTo(409);

        assertThat(act("shequ", id, "confirm", "{}").json().get("step").asString()).isEqualTo("CONFIRMED");
        assertThat(act("gucheng", id, "deliberate", "{}").json().get("step").asString()).isEqualTo("DELIBERATING");
        var noNote = act("shequ", id, "resolve", "{}");
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.detail()).contains("决议内容");
        assertThat(act("shequ", id, "resolve", "{\"note\": \"在东门内侧装两条减速带\"}").json().get("step").asString())
                .isEqualTo("RESOLVED");
        assertThat(act("shequ", id, "execute", "{}").json().get("step").asString()).isEqualTo("EXECUTING");
        assertThat(act("admin", id, "review", "{\"note\": \"居民满意\"}").json().get("step").asString()).isEqualTo("REVIEWED");

        List<String> moves = as("jumin").get("/api/v1/topics/" + id + "/history").json().get("items").valueStream()
                .map(e -> e.get("action").asString() + ":" + e.get("toStep").asString()).toList();
        assertThat(moves).containsExactly("propose:COLLECTED", "confirm:CONFIRMED", "deliberate:DELIBERATING",
                "resolve:RESOLVED", "execute:EXECUTING", "review:REVIEWED");
        assertThat(as("jumin").get("/api/v1/topics?step=REVIEWED").body()).contains("小区东门装减速带");
        assertThat(as("jumin").get("/api/v1/topics?step=COLLECTED").body()).doesNotContain("小区东门装减速带");
    }

    @Test
    void aDeclinedTopicNeedsAReasonAndGoesNoFurther() {
        long id = propose("wangge", "楼顶加装太阳能");
        assertThat(act("shequ", id, "decline", "{}").detail()).contains("不予立项的理由");
        assertThat(step(id)).isEqualTo("COLLECTED");
        assertThat(act("shequ", id, "decline", "{\"note\": \"楼顶属于共有部分，须业主表决\"}").json().get("step").asString())
                .isEqualTo("DECLINED");
        assertThat(act("shequ", id, "confirm", "{}").status()).isEqualTo(409);
        assertThat(as("jumin").postJson("/api/v1/topics/" + id + "/support", "").status()).isEqualTo(409);
    }

    @Test
    void neighboursCommentAndSupportOnceAndSeeProposersMasked() {
        long id = propose("jumin", "增设快递柜");
        Http wangge = as("wangge");
        assertThat(wangge.postJson("/api/v1/topics/" + id + "/comments", "{\"body\": \"同意，放在南门。\"}").status()).isEqualTo(201);
        assertThat(wangge.postJson("/api/v1/topics/" + id + "/support", "").json().get("supportCount").asInt()).isEqualTo(1);
        assertThat(wangge.postJson("/api/v1/topics/" + id + "/support", "").json().get("supportCount").asInt()).isEqualTo(1);
        JsonNode seen = wangge.get("/api/v1/topics/" + id).json();
        assertThat(seen.get("commentCount").asInt()).isEqualTo(1);
        assertThat(seen.get("proposerName").asString()).contains("*");
        assertThat(as("shequ").get("/api/v1/topics/" + id).json().get("proposerName").asString()).doesNotContain("*");
        assertThat(as("jumin").get("/api/v1/topics/" + id).json().get("proposerName").asString()).doesNotContain("*");
        JsonNode comments = as("jumin").get("/api/v1/topics/" + id + "/comments").json();
        assertThat(comments.get("items").get(0).get("body").asString()).isEqualTo("同意，放在南门。");
        assertThat(comments.get("items").get(0).get("authorName").asString()).contains("*");
        assertThat(as("jumin").postJson("/api/v1/topics/" + id + "/comments", "{\"body\": \"  \"}").status()).isEqualTo(400);
        assertThat(as("bumen").postJson("/api/v1/topics/" + id + "/comments", "{\"body\": \"部门意见\"}").status()).isEqualTo(403);
    }

    @Test
    void aMeetingResolvesATopicAndOpensACaseWhoseProgressItShows() {
        long topic = propose("jumin", "南门路面坑洼修补");
        long meeting = meetingToday("民情晨会（路面）");
        Http shequ = as("shequ");
        var agenda = shequ.postJson("/api/v1/meetings/" + meeting + "/agenda", "{\"topicId\": " + topic + "}");
        assertThat(agenda.status()).as(agenda.body()).isEqualTo(201);
        assertThat(step(topic)).as("put on the agenda, the topic is confirmed").isEqualTo("CONFIRMED");
        assertThat(shequ.postJson("/api/v1/meetings/" + meeting + "/agenda", "{\"topicId\": " + topic + "}").status()).isEqualTo(409);
        assertThat(shequ.postJson("/api/v1/meetings/" + meeting + "/agenda", "{\"title\": \"通报上周诉求办理情况\"}").json()
                .get("items").size()).isEqualTo(2);
        var attendance = shequ.postJson("/api/v1/meetings/" + meeting + "/attendance", """
                {"attendees": [{"name": "李国华", "role": "社区两委"}, {"name": "赵建新", "role": "居民代表"}]}""");
        assertThat(attendance.json().get("count").asInt()).isEqualTo(2);

        var early = shequ.postJson("/api/v1/meetings/" + meeting + "/resolutions", "{\"text\": \"同意修补路面\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.detail()).contains("纪要");
        assertThat(shequ.putJson("/api/v1/meetings/" + meeting + "/minutes", "{\"text\": \"居民代表反映南门路面坑洼。\"}")
                .json().get("held").asBoolean()).isTrue();
        assertThat(step(topic)).isEqualTo("DELIBERATING");
        assertThat(shequ.postJson("/api/v1/meetings/" + meeting + "/agenda", "{\"title\": \"补充事项\"}").status()).isEqualTo(409);

        var resolution = shequ.postJson("/api/v1/meetings/" + meeting + "/resolutions",
                "{\"text\": \"同意修补南门路面坑洼，两周内完成。\", \"topicId\": " + topic + "}");
        assertThat(resolution.status()).as(resolution.body()).isEqualTo(201);
        long resolutionId = resolution.json().get("id").asLong();
        assertThat(step(topic)).isEqualTo("RESOLVED");

        var filed = shequ.postJson("/api/v1/resolutions/" + resolutionId + "/cases",
                "{\"categoryCode\": \"0201\", \"address\": \"堂琅社区南门\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long caseId = filed.json().get("id").asLong();
        assertThat(filed.json().get("territoryCode").asString()).isEqualTo(TANGLANG);
        assertThat(filed.json().get("channel").asString()).isEqualTo("MEETING");
        assertThat(filed.json().get("description").asString()).contains("同意修补南门路面坑洼");
        assertThat(step(topic)).as("a case carries the resolution out").isEqualTo("EXECUTING");

        JsonNode progress = shequ.get("/api/v1/resolutions/" + resolutionId + "/cases").json().get("items");
        assertThat(progress).hasSize(1);
        assertThat(progress.get(0).get("caseId").asLong()).isEqualTo(caseId);
        assertThat(progress.get(0).get("state").asString()).isEqualTo("RECEIVED");
        assertThat(shequ.postJson("/api/v1/cases/" + caseId + "/actions/accept", "{}").status()).isEqualTo(200);
        assertThat(shequ.get("/api/v1/resolutions/" + resolutionId + "/cases").json().get("items").get(0)
                .get("stateLabel").asString()).isEqualTo("已受理");

        JsonNode detail = shequ.get("/api/v1/meetings/" + meeting).json();
        assertThat(detail.get("attendance").get("count").asInt()).isEqualTo(2);
        assertThat(detail.get("resolutions").get(0).get("caseIds").get(0).asLong()).isEqualTo(caseId);
        assertThat(detail.get("agenda").get(0).get("topicStep").asString()).isEqualTo("EXECUTING");

        var notice = shequ.postJson("/api/v1/resolutions/" + resolutionId + "/notice", "");
        assertThat(notice.status()).as(notice.body()).isEqualTo(201);
        assertThat(notice.json().get("toDate").asString()).isEqualTo(today().plusDays(6).toString());
        assertThat(shequ.postJson("/api/v1/resolutions/" + resolutionId + "/notice", "").status()).isEqualTo(409);
        assertThat(as("jumin").get("/api/v1/notices").body()).contains("同意修补南门路面坑洼");
        assertThat(as("jumin").get("/api/v1/meetings/" + meeting).json().get("meeting").get("minutes").asString())
                .contains("南门路面");
    }

    @Test
    void aBuildingLeadersDayScheduleFallsOnFirstFridaysAndIsNotDoubled() {
        var series = as("shequ").postJson("/api/v1/meetings/schedule", """
                {"from": "2031-01-02", "months": 3, "startTime": "15:00", "place": "网格党支部活动室"}""");
        assertThat(series.status()).as(series.body()).isEqualTo(201);
        assertThat(series.json().get("meetings").valueStream().map(m -> m.get("heldOn").asString()).toList())
                .containsExactly("2031-01-03", "2031-02-07", "2031-03-07");
        assertThat(series.json().get("meetings").get(0).get("kindLabel").asString()).isEqualTo("楼长日");
        int before = size(as("shequ").get("/api/v1/meetings?kind=BUILDING_LEADERS_DAY&limit=500"));
        var again = as("shequ").postJson("/api/v1/meetings/schedule", "{\"from\": \"2031-02-01\", \"months\": 3}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.detail()).contains("2031-02-07");
        assertThat(size(as("shequ").get("/api/v1/meetings?kind=BUILDING_LEADERS_DAY&limit=500"))).isEqualTo(before);
        var future = series.json().get("meetings").get(0).get("id").asLong();
        assertThat(as("shequ").putJson("/api/v1/meetings/" + future + "/minutes", "{\"text\": \"提前写好的纪要\"}").status())
                .isEqualTo(409);
    }

    @Test
    void aBuildingLeadersDayThatFallsOnNewYearsDayIsHeldOnTheNextWorkingDay() {
        var series = as("shequ").postJson("/api/v1/meetings/schedule", """
                {"from": "2037-12-02", "months": 3, "startTime": "15:00"}""");
        assertThat(series.status()).as(series.body()).isEqualTo(201);
        assertThat(series.json().get("meetings").valueStream().map(m -> m.get("heldOn").asString()).toList())
                .as("1 January 2038 is a Friday and a day off; the 2nd and 3rd are the weekend")
                .containsExactly("2037-12-04", "2038-01-04", "2038-02-05");
    }

    @Test
    void badInputIsA400InChineseAndWritesNothing() {
        Http jumin = as("jumin");
        Http shequ = as("shequ");
        int topics = size(shequ.get("/api/v1/topics?limit=500"));
        assertThat(jumin.postJson("/api/v1/topics", "{\"description\": \"没有标题的议题说明\"}").detail()).contains("议题标题");
        assertThat(jumin.postJson("/api/v1/topics", "{\"title\": \"短\", \"description\": \"内容足够长的说明\"}").detail())
                .contains("2 到 60");
        assertThat(jumin.postJson("/api/v1/topics", "{\"title\": \"说明太短\", \"description\": \"短\"}").detail()).contains("议题说明");
        assertThat(shequ.postJson("/api/v1/topics", "{\"title\": \"代码不对\", \"description\": \"内容足够长的说明\", \"territoryCode\": \"53032600\"}")
                .detail()).contains("12 位");
        assertThat(jumin.postJson("/api/v1/topics", "not json").status()).isEqualTo(400);
        assertThat(size(shequ.get("/api/v1/topics?limit=500"))).isEqualTo(topics);
        assertThat(shequ.get("/api/v1/topics?step=NOPE").detail()).contains("step");
        assertThat(shequ.get("/api/v1/topics?after=abc").status()).isEqualTo(400);
        assertThat(shequ.get("/api/v1/topics?limit=0").status()).isEqualTo(400);

        int meetings = size(shequ.get("/api/v1/meetings?limit=500"));
        assertThat(shequ.postJson("/api/v1/meetings", "{\"kind\": \"PARTY\", \"heldOn\": \"2030-01-01\"}").detail()).contains("会议类型");
        assertThat(shequ.postJson("/api/v1/meetings", "{\"kind\": \"HEARING\", \"heldOn\": \"2030-02-30\"}").detail()).contains("有效日期");
        assertThat(shequ.postJson("/api/v1/meetings", "{\"kind\": \"HEARING\", \"heldOn\": \"2030-02-01\", \"startTime\": \"25:00\"}")
                .detail()).contains("有效时间");
        assertThat(shequ.postJson("/api/v1/meetings/schedule", "{\"months\": 25}").detail()).contains("months");
        assertThat(shequ.postJson("/api/v1/meetings/schedule", "{\"weekday\": \"FREITAG\"}").detail()).contains("星期");
        assertThat(size(shequ.get("/api/v1/meetings?limit=500"))).isEqualTo(meetings);

        long meeting = meetingToday("到会登记测试会");
        var halfBad = shequ.postJson("/api/v1/meetings/" + meeting + "/attendance",
                "{\"attendees\": [{\"name\": \"李国华\", \"role\": \"社区两委\"}, {\"name\": \"王秀英\", \"role\": \" \"}]}");
        assertThat(halfBad.status()).isEqualTo(400);
        assertThat(halfBad.detail()).contains("第 2 名到会人员的身份");
        assertThat(shequ.get("/api/v1/meetings/" + meeting + "/attendance").json().get("count").asInt()).isZero();
        assertThat(shequ.putJson("/api/v1/meetings/" + meeting + "/minutes", "{\"text\": \"\"}").detail()).contains("会议纪要");

        long[] resolved = resolvedTopic("楼道扶手加装");
        long resolution = resolved[2];
        int cases = size(as("admin").get("/api/v1/cases?limit=500"));
        assertThat(shequ.postJson("/api/v1/resolutions/" + resolution + "/cases", "{\"categoryCode\": \"9999\", \"address\": \"3 号楼\"}")
                .detail()).contains("分类");
        JsonNode elsewhere = as("admin").get("/api/v1/grids?village=530326103001").json().get("items").get(0).get("centroid");
        var outside = shequ.postJson("/api/v1/resolutions/" + resolution + "/cases", """
                {"categoryCode": "0301", "lat": %s, "lon": %s}""".formatted(elsewhere.get("lat").asDouble(), elsewhere.get("lon").asDouble()));
        assertThat(outside.status()).as(outside.body()).isEqualTo(400);
        assertThat(outside.detail()).contains("不在本次会议所在的区域");
        assertThat(size(as("admin").get("/api/v1/cases?limit=500"))).as("the case filed outside was rolled back").isEqualTo(cases);
        assertThat(size(shequ.get("/api/v1/resolutions/" + resolution + "/cases"))).isZero();
        assertThat(step(resolved[0])).isEqualTo("RESOLVED");

        assertThat(shequ.postJson("/api/v1/meetings/" + resolved[1] + "/resolutions", "{\"text\": \"同意\"}").detail())
                .contains("5 到 2000");
        long stray = propose("jumin", "不在议程上的议题");
        assertThat(shequ.postJson("/api/v1/meetings/" + resolved[1] + "/resolutions",
                "{\"text\": \"同意这个不在议程上的议题\", \"topicId\": " + stray + "}").detail()).contains("不在本次会议议程上");

        int notices = size(shequ.get("/api/v1/notices?limit=500"));
        assertThat(shequ.postJson("/api/v1/notices", "{\"title\": \"停水通知\", \"body\": \"明日停水\", \"from\": \"2030-05-02\", \"to\": \"2030-05-01\"}")
                .detail()).contains("不能早于");
        assertThat(shequ.postJson("/api/v1/notices", "{\"title\": \"停水通知\", \"body\": \"明日停水\", \"from\": \"五月一日\"}")
                .detail()).contains("有效日期");
        assertThat(shequ.postJson("/api/v1/notices", "{\"title\": \"停水通知\"}").detail()).contains("公示内容");
        assertThat(size(shequ.get("/api/v1/notices?limit=500"))).isEqualTo(notices);
    }

    @Test
    void residentsReadTheirCommunitysBoardButManageNothing() {
        Http jumin = as("jumin");
        Http shequ = as("shequ");
        var later = shequ.postJson("/api/v1/notices", """
                {"title": "下月停水预告", "body": "下月 3 日全天停水。", "from": "%s"}""".formatted(today().plusDays(5)));
        assertThat(later.status()).as(later.body()).isEqualTo(201);
        long laterId = later.json().get("id").asLong();
        var now = shequ.postJson("/api/v1/notices", "{\"title\": \"本周垃圾分类宣传\", \"body\": \"周六上午在南门广场。\"}");
        long nowId = now.json().get("id").asLong();
        assertThat(jumin.get("/api/v1/notices").body()).contains("本周垃圾分类宣传").doesNotContain("下月停水预告");
        assertThat(jumin.get("/api/v1/notices/" + nowId).status()).isEqualTo(200);
        assertThat(jumin.get("/api/v1/notices/" + laterId).status()).isEqualTo(404);
        assertThat(shequ.get("/api/v1/notices").body()).contains("下月停水预告");
        assertThat(shequ.get("/api/v1/notices?current=true").body()).doesNotContain("下月停水预告");

        assertThat(jumin.postJson("/api/v1/notices", "{\"title\": \"我的通知\", \"body\": \"居民不能发布\"}").status()).isEqualTo(403);
        assertThat(jumin.postJson("/api/v1/meetings", "{\"kind\": \"MORNING\", \"heldOn\": \"2030-01-01\"}").status()).isEqualTo(403);
        long meeting = meetingToday("居民旁听的晨会");
        assertThat(jumin.get("/api/v1/meetings/" + meeting).status()).isEqualTo(200);
        assertThat(jumin.putJson("/api/v1/meetings/" + meeting + "/minutes", "{\"text\": \"居民写的纪要\"}").status()).isEqualTo(403);
        assertThat(jumin.postJson("/api/v1/meetings/" + meeting + "/attendance", "{\"attendees\": [{\"name\": \"我\", \"role\": \"居民\"}]}")
                .status()).isEqualTo(403);
        assertThat(as("bumen").postJson("/api/v1/topics", "{\"title\": \"部门提议\", \"description\": \"部门不在社区提议题\"}").status())
                .isEqualTo(403);
    }

    @Test
    void anotherTownGetsForbiddenOrNotFoundOnEveryEndpoint() {
        long[] resolved = resolvedTopic("迤车看不到的议题");
        long topic = resolved[0];
        long meeting = resolved[1];
        long resolution = resolved[2];
        var notice = as("shequ").postJson("/api/v1/resolutions/" + resolution + "/notice", "");
        long noticeId = notice.json().get("id").asLong();
        Http yiche = as("yiche");

        assertThat(yiche.get("/api/v1/topics/" + topic).status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/topics/" + topic).body()).doesNotContain("迤车看不到的议题");
        assertThat(yiche.get("/api/v1/topics?limit=500").body()).doesNotContain("迤车看不到的议题");
        assertThat(yiche.get("/api/v1/topics?territory=" + TANGLANG).status()).isEqualTo(403);
        assertThat(yiche.get("/api/v1/topics/" + topic + "/history").status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/topics/" + topic + "/comments").status()).isEqualTo(404);
        assertThat(yiche.postJson("/api/v1/topics/" + topic + "/comments", "{\"body\": \"外镇意见\"}").status()).isEqualTo(404);
        assertThat(yiche.postJson("/api/v1/topics/" + topic + "/support", "").status()).isEqualTo(404);
        assertThat(yiche.postJson("/api/v1/topics/" + topic + "/actions/execute", "{}").status()).isEqualTo(404);
        assertThat(yiche.postJson("/api/v1/topics", "{\"title\": \"越界议题\", \"description\": \"在别的镇提出议题\", \"territoryCode\": \""
                + TANGLANG + "\"}").status()).isEqualTo(403);

        assertThat(yiche.get("/api/v1/meetings/" + meeting).status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/meetings?limit=500").body()).doesNotContain("迤车看不到的议题");
        assertThat(yiche.get("/api/v1/meetings?territory=" + TANGLANG).status()).isEqualTo(403);
        assertThat(yiche.get("/api/v1/meetings/" + meeting + "/agenda").status()).isEqualTo(404);
        assertThat(yiche.postJson("/api/v1/meetings/" + meeting + "/agenda", "{\"title\": \"外镇事项\"}").status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/meetings/" + meeting + "/attendance").status()).isEqualTo(404);
        assertThat(yiche.postJson("/api/v1/meetings/" + meeting + "/attendance", "{\"attendees\": [{\"name\": \"某\", \"role\": \"某\"}]}")
                .status()).isEqualTo(404);
        assertThat(yiche.putJson("/api/v1/meetings/" + meeting + "/minutes", "{\"text\": \"外镇写的纪要\"}").status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/meetings/" + meeting + "/resolutions").status()).isEqualTo(404);
        assertThat(yiche.postJson("/api/v1/meetings/" + meeting + "/resolutions", "{\"text\": \"外镇的决议内容\"}").status()).isEqualTo(404);
        assertThat(yiche.postJson("/api/v1/meetings", "{\"kind\": \"MORNING\", \"heldOn\": \"2030-01-01\", \"territoryCode\": \""
                + TANGLANG + "\"}").status()).isEqualTo(403);
        assertThat(yiche.postJson("/api/v1/meetings/schedule", "{\"territoryCode\": \"" + TANGLANG + "\"}").status()).isEqualTo(403);

        assertThat(yiche.get("/api/v1/resolutions/" + resolution).status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/resolutions/" + resolution + "/cases").status()).isEqualTo(404);
        assertThat(yiche.postJson("/api/v1/resolutions/" + resolution + "/cases", "{\"categoryCode\": \"0301\", \"address\": \"某处\"}")
                .status()).isEqualTo(404);
        assertThat(yiche.postJson("/api/v1/resolutions/" + resolution + "/notice", "").status()).isEqualTo(404);

        assertThat(yiche.get("/api/v1/notices/" + noticeId).status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/notices?limit=500").body()).doesNotContain("迤车看不到的议题");
        assertThat(yiche.get("/api/v1/notices?territory=" + TANGLANG).status()).isEqualTo(403);
        assertThat(yiche.postJson("/api/v1/notices", "{\"title\": \"越界公示\", \"body\": \"内容\", \"territoryCode\": \"" + TANGLANG + "\"}")
                .status()).isEqualTo(403);

        assertThat(as("gucheng").get("/api/v1/topics/" + topic).status()).as("the town of 堂琅社区 sees it").isEqualTo(200);
    }

    @Test
    void theDemoCommunityHasTopicsInSeveralStepsAMorningMeetingWithACaseAndBuildingLeadersDays() {
        Http shequ = as("shequ");
        List<String> steps = shequ.get("/api/v1/topics?limit=500").json().get("items").valueStream()
                .map(t -> t.get("step").asString()).distinct().toList();
        assertThat(steps).contains("COLLECTED", "CONFIRMED", "EXECUTING", "REVIEWED", "DECLINED");
        JsonNode morning = shequ.get("/api/v1/meetings?kind=MORNING&limit=500").json().get("items").valueStream()
                .filter(m -> m.get("title").asString().equals("民情晨会")).findFirst().orElseThrow();
        // the demo held its 民情晨会 two days before the day it was seeded and scheduled six 楼长日 from that day, which
        // is not today when the run crosses midnight in Beijing
        LocalDate seeded = LocalDate.parse(morning.get("heldOn").asString()).plusDays(2);
        assertThat(seeded).isBetween(today().minusDays(1), today());
        JsonNode days = shequ.get("/api/v1/meetings?kind=BUILDING_LEADERS_DAY&limit=500").json().get("items");
        assertThat(days.valueStream().filter(m -> !LocalDate.parse(m.get("heldOn").asString()).isBefore(seeded)).count())
                .isGreaterThanOrEqualTo(6);
        days.valueStream().forEach(m -> {
            LocalDate day = LocalDate.parse(m.get("heldOn").asString());
            // the first Friday, or the working day after it when that Friday is a holiday
            LocalDate firstFriday = day.withDayOfMonth(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY));
            assertThat(day).isBetween(firstFriday, firstFriday.plusDays(10));
            assertThat(cases.workingCalendar().isWorkingDay(day)).as(day + " is a working day").isTrue();
        });
        JsonNode detail = shequ.get("/api/v1/meetings/" + morning.get("id").asLong()).json();
        long resolution = detail.get("resolutions").get(0).get("id").asLong();
        assertThat(size(shequ.get("/api/v1/resolutions/" + resolution + "/cases"))).isEqualTo(1);
        assertThat(as("jumin").get("/api/v1/notices").body()).contains("决议公示").contains("医保");
    }
}
