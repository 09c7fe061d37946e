package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The case pages over HTTP, as each role's browser gets them: who sees what, filing, following, patrol reports. */
@AppTest
class CasePagesIT extends CasePageTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityApi identity;

    int count(String table) {
        return jdbc.sql("select count(*) from cases." + table).query(Integer.class).single();
    }

    @Test
    void eachRolesPagesRenderAndItsHomeLeadsThere() {
        Http jumin = Http.as(port, "jumin");
        assertThat(jumin.get("/").body()).contains("href=\"/cases/new\"").contains("href=\"/cases/mine\"")
                .doesNotContain("href=\"/cases/inbox\"");
        assertThat(jumin.get("/cases/new").body()).contains("我要反映").contains("accept=\"image/*\"").contains("capture")
                .contains("<optgroup label=\"公用设施\">").contains("路灯故障").doesNotContain("已就地解决");
        assertThat(jumin.get("/cases/mine").body()).contains("我的诉求");
        assertThat(jumin.get("/cases/inbox").status()).isEqualTo(403);
        assertThat(jumin.get("/cases/supervision").status()).isEqualTo(403);

        Http wangge = Http.as(port, "wangge");
        assertThat(wangge.get("/").body()).contains("巡查上报").contains("href=\"/cases/grid\"");
        assertThat(wangge.get("/cases/new").body()).contains("巡查上报").contains("已就地解决");
        assertThat(wangge.get("/cases/grid").body()).contains("我的网格").contains("待受理");

        Http gucheng = Http.as(port, "gucheng");
        assertThat(gucheng.get("/").body()).contains("href=\"/cases/inbox\"").contains("href=\"/cases/supervision\"")
                .contains("hx-get=\"/cases/supervision/badge\"").contains("hx-get=\"/messages/badge\"");
        assertThat(gucheng.get("/cases/supervision").body()).contains("督办").contains("报到超期");
        assertThat(gucheng.get("/cases/supervision?kind=RESOLVE").status()).isEqualTo(200);
        assertThat(gucheng.get("/cases/supervision?kind=NOPE").status()).isEqualTo(400);
        assertThat(gucheng.get("/cases/supervision/badge").body()).matches("(?s)<span class=\"badge[^\"]*\">\\d+</span>\\s*");
        assertThat(gucheng.get("/messages").body()).contains("消息");
        assertThat(gucheng.get("/cases/inbox").body()).contains("待受理").contains("待办理/吹哨").contains("待核查")
                .contains("待回复").contains("class=\"badge\"");
        assertThat(gucheng.get("/cases/inbox?state=VERIFIED").status()).isEqualTo(200);
        assertThat(gucheng.get("/cases/inbox?state=NONSENSE").status()).isEqualTo(400);
        assertThat(gucheng.get("/cases/overdue").body()).contains("督办");
        assertThat(Http.as(port, "shequ").get("/cases/inbox").status()).isEqualTo(200);

        Http bumen = Http.as(port, "bumen");
        assertThat(bumen.get("/").body()).contains("href=\"/cases/unit\"");
        assertThat(bumen.get("/cases/unit").body()).contains("县住房和城乡建设局").contains("待报到");
        assertThat(bumen.get("/cases/inbox").status()).isEqualTo(403);
    }

    @Test
    void formsCarryTheirCsrfTokenForASignedInBrowser() {
        Http browser = Http.anonymous(port);
        browser.formLogin("jumin", Http.DEMO_PASSWORD);
        String page = browser.get("/cases/new").body();
        assertThat(page).contains("enctype=\"multipart/form-data\"").containsPattern("name=\"_csrf\"[^>]*value=\"[^\"]+\"");
        var noToken = browser.postFile("/cases/new", form("categoryCode", "0301", "description", "没有令牌的提交",
                "address", "某处"), "photo", "a.png", "image/png", png());
        assertThat(noToken.status()).isEqualTo(403);
    }

    @Test
    void aResidentFilesWithAPhotoAndSeesTheNumberAndThePhotoOnTheTimeline() {
        JsonNode at = centroid(0);
        var filed = Http.as(port, "jumin").postFile("/cases/new", form("categoryCode", "0101",
                "description", "单元门口堆了很多旧家具，挡住通道", "lat", at.get("lat").asString(), "lon", at.get("lon").asString(),
                "ignoreDuplicates", "true"), "photo", "door.png", "image/png", png());
        long id = idOf(filed);
        String page = Http.as(port, "jumin").get("/cases/" + id).body();
        Brief view = caseView(id);
        assertThat(page).contains(view.number()).contains("单元门口堆了很多旧家具").contains("已受理登记")
                .contains("/api/v1/attachments/").contains("提交诉求").doesNotContain("id=\"action-");
        Matcher m = Pattern.compile("/api/v1/attachments/([A-Za-z0-9_-]+)").matcher(page);
        assertThat(m.find()).isTrue();
        assertThat(Http.as(port, "jumin").download("/api/v1/attachments/" + m.group(1)).contentType()).isEqualTo("image/png");
        assertThat(Http.as(port, "yiche").download("/api/v1/attachments/" + m.group(1)).status()).isEqualTo(404);
        assertThat(Http.as(port, "jumin").get("/cases/mine").body()).contains(view.number()).contains("办结时限");

        // the reporter is told in the inbox; opening the message marks it read and leads to the case
        JsonNode message = awaitMessage("jumin", "您的诉求已登记 " + view.number());
        assertThat(Http.as(port, "jumin").get("/messages").body()).contains("您的诉求已登记 " + view.number());
        assertThat(Http.as(port, "yiche").get("/messages").body()).doesNotContain(view.number());
        int unread = Http.as(port, "jumin").get("/api/v1/inbox/unread").json().get("unread").asInt();
        var opened = Http.as(port, "jumin").postForm("/messages/" + message.get("id").asLong() + "/read",
                Map.of("caseId", String.valueOf(id)));
        assertThat(idOf(opened)).isEqualTo(id);
        assertThat(Http.as(port, "jumin").get("/api/v1/inbox/unread").json().get("unread").asInt()).isEqualTo(unread - 1);
    }

    /** Notices are written after the filing commits (through the outbox): wait a little for them. */
    JsonNode awaitMessage(String user, String title) {
        for (int attempt = 0; attempt < 100; attempt++) {
            for (JsonNode m : Http.as(port, user).get("/api/v1/inbox").json().get("items")) {
                if (m.get("title").asString().equals(title)) {
                    return m;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no message " + title + " for " + user);
    }


    @Test
    void aBadFilingShowsWhyAndWritesNothingNotEvenThePhoto() {
        int cases = count("case_file");
        int photos = count("attachment");
        var outside = Http.as(port, "jumin").postFile("/cases/new", form("categoryCode", "0101",
                "description", "路边堆了很多建筑垃圾", "lat", "39.9", "lon", "116.4", "ignoreDuplicates", "true"),
                "photo", "a.png", "image/png", png());
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body()).contains("不在本系统管理的任何网格内").contains("照片未保存")
                .contains("路边堆了很多建筑垃圾"); // what was typed is kept
        var tooShort = Http.as(port, "jumin").postFile("/cases/new", form("categoryCode", "0101", "description", "坏了",
                "address", "堂琅社区"), "photo", "a.png", "image/png", png());
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("5 到 2000");
        var notAPhoto = Http.as(port, "jumin").postFile("/cases/new", form("categoryCode", "0101",
                "description", "路边堆了很多建筑垃圾", "address", "堂琅社区"), "photo", "a.png", "image/png",
                "not an image".getBytes());
        assertThat(notAPhoto.body()).contains("只能上传");
        assertThat(count("case_file")).isEqualTo(cases);
        assertThat(count("attachment")).isEqualTo(photos);
    }

    @Test
    void openCasesNearbyAreOfferedAndFollowedInsteadOfFilingAgain() {
        JsonNode at = centroid(1);
        long first = fileByApi("wangge", "1402", "烧烤摊油烟很大，整条街都是烟", at);
        // a patrol report is private; only a public case is offered to residents
        assertThat(Http.as(port, "gucheng").patchJson("/api/v1/cases/" + first, "{\"publicCase\": true}").status()).isEqualTo(200);
        String number = caseView(first).number();
        String lat = at.get("lat").asString();
        String lon = at.get("lon").asString();

        String fragment = Http.as(port, "jumin").get("/cases/new/nearby?categoryCode=1402&lat=" + lat + "&lon=" + lon).body();
        assertThat(fragment).doesNotContain("<html").contains("网格").contains(number).contains("关注此事")
                .contains("name=\"duplicatesShown\"");

        int cases = count("case_file");
        var stopped = Http.as(port, "jumin").postFile("/cases/new", form("categoryCode", "1402",
                "description", "楼下烧烤油烟呛人", "lat", lat, "lon", lon), "photo", "smoke.png", "image/png", png());
        assertThat(stopped.status()).isEqualTo(200);
        assertThat(stopped.body()).contains("附近已有相同问题").contains(number).contains("仍要提交")
                .contains("name=\"photoId\""); // the photo is kept for filing anyway
        assertThat(count("case_file")).isEqualTo(cases);

        assertThat(Http.as(port, "jumin").postForm("/cases/" + first + "/follow", Map.of()).status())
                .as("a case id alone follows nothing").isEqualTo(400);
        var followed = Http.as(port, "jumin").postForm("/cases/" + first + "/follow",
                Map.of("categoryCode", "1402", "lat", lat, "lon", lon));
        assertThat(idOf(followed)).isEqualTo(first);
        assertThat(Http.as(port, "jumin").get("/cases/mine").body()).contains(number);
        assertThat(Http.as(port, "jumin").get("/cases/" + first).body()).contains("烧烤摊油烟很大")
                .doesNotContain("堂琅社区网格员"); // a follower does not see who reported
        assertThat(count("case_file")).isEqualTo(cases);
    }

    @Test
    void aGridWorkerWhoSolvedItOnTheSpotFilesAcceptsHandlesAndResolvesInOneGo() {
        JsonNode at = centroid(0);
        int cases = count("case_file");
        var noPhoto = Http.as(port, "wangge").postForm("/cases/new", form("categoryCode", "0104",
                "description", "电线杆上贴满小广告", "lat", at.get("lat").asString(), "lon", at.get("lon").asString(),
                "ignoreDuplicates", "true", "resolvedOnSpot", "true", "resultNote", "已清除"));
        assertThat(noPhoto.status()).isEqualTo(400);
        assertThat(noPhoto.body()).contains("处理后的照片");
        assertThat(count("case_file")).isEqualTo(cases);

        long id = idOf(Http.as(port, "wangge").postFile("/cases/new", form("categoryCode", "0104",
                "description", "电线杆上贴满小广告", "lat", at.get("lat").asString(), "lon", at.get("lon").asString(),
                "ignoreDuplicates", "true", "resolvedOnSpot", "true", "resultNote", "已当场清除小广告"),
                "resultPhoto", "clean.png", "image/png", png()));
        assertThat(caseView(id).state()).isEqualTo(CaseState.RESOLVED);
        List<String> steps = Http.as(port, "wangge").get("/api/v1/cases/" + id + "/timeline").json().get("items")
                .valueStream().map(e -> e.get("action").asString() + ":" + e.get("actor").asString()).toList();
        assertThat(steps).containsExactly("file:wangge", "accept:wangge", "handle:wangge", "resolve:wangge");
        String page = Http.as(port, "wangge").get("/cases/" + id).body();
        assertThat(page).contains("已当场清除小广告").contains("网格巡查").contains("/api/v1/attachments/");
        assertThat(Http.as(port, "wangge").get("/cases/grid?state=RESOLVED").body()).contains(caseView(id).number());
        assertThat(Http.as(port, "shequ").get("/cases/" + id).body()).contains("id=\"action-verify\"");
    }

    @Test
    void anotherTownNeverSeesAGuchengCasePage() {
        long id = fileByApi("jumin", "0301", "巷子里的路灯一直不亮，晚上不敢走", centroid(0));
        var page = Http.as(port, "yiche").get("/cases/" + id);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("巷子里的路灯一直不亮");
        assertThat(Http.as(port, "yiche").get("/cases/inbox").body()).doesNotContain("巷子里的路灯一直不亮");
        assertThat(Http.as(port, "yiche").get("/cases/overdue").body()).doesNotContain("巷子里的路灯一直不亮");
        var accept = act("yiche", id, "accept", "version=0");
        assertThat(accept.status()).isEqualTo(404);
        assertThat(accept.body()).doesNotContain("巷子里的路灯一直不亮");
        assertThat(Http.as(port, "bumen").get("/cases/" + id).status()).as("not whistled to the department").isEqualTo(404);
        assertThat(Http.as(port, "gucheng").get("/cases/inbox").body()).contains("巷子里的路灯一直不亮");
    }

    @Test
    void aResidentCannotOpenAnotherResidentsCase() {
        if (identity.findByUsername("jumin2").isEmpty()) {
            identity.createUser(new IdentityApi.NewUser("jumin2", "堂琅社区另一位居民", Http.DEMO_PASSWORD,
                    List.of(new CurrentUser.Grant(Role.RESIDENT, "530326001001", null))));
        }
        long id = fileByApi("jumin", "0301", "楼道灯不亮，老人上下楼不方便", centroid(0));
        var other = Http.as(port, "jumin2").get("/cases/" + id);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).doesNotContain("楼道灯不亮");
        assertThat(Http.as(port, "jumin2").get("/cases/mine").body()).doesNotContain("楼道灯不亮");
        assertThat(act("jumin2", id, "rate", "solved=true&satisfaction=SATISFIED").status()).isEqualTo(404);
    }

}
