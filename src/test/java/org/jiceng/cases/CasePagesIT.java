package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The case pages over HTTP, as each role's browser gets them: who sees what, and the forms that move a case. */
@AppTest
class CasePagesIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityApi identity;

    /** A small real PNG, as a phone camera would send a photo. */
    static byte[] png() {
        BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 12; y++) {
                image.setRGB(x, y, (x * 16) << 16 | (y * 20) << 8 | 0x40);
            }
        }
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    JsonNode centroid(int grid) {
        return Http.as(port, "shequ").get("/api/v1/grids?village=530326001001").json().get("items").get(grid).get("centroid");
    }

    long fileByApi(String user, String category, String description, JsonNode at) {
        var filed = Http.as(port, user).postJson("/api/v1/cases", """
                {"categoryCode": "%s", "description": "%s", "lat": %s, "lon": %s}"""
                .formatted(category, description, at.get("lat").asDouble(), at.get("lon").asDouble()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asLong();
    }

    static long idOf(Http.Response redirect) {
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        Matcher m = Pattern.compile("/cases/(\\d+)$").matcher(redirect.location());
        assertThat(m.find()).as(redirect.location()).isTrue();
        return Long.parseLong(m.group(1));
    }

    int count(String table) {
        return jdbc.sql("select count(*) from cases." + table).query(Integer.class).single();
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    Http.Response act(String user, long id, String action, String formBody) {
        return Http.as(port, user).post("/cases/" + id + "/actions/" + action, "application/x-www-form-urlencoded", formBody);
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

    /** What the tests need of a case, read through the API as the town sees it. */
    record Brief(String number, CaseState state, int version) {
    }

    Brief caseView(long id) {
        JsonNode c = Http.as(port, "gucheng").get("/api/v1/cases/" + id).json();
        return new Brief(c.get("number").asString(), CaseState.valueOf(c.get("state").asString()), c.get("version").asInt());
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

    @Test
    void thePageOffersTheActionsThePersonMayTakeAndShowsARefusalsReason() {
        long id = fileByApi("jumin", "0301", "路灯杆被撞歪了，随时会倒", centroid(0));
        String staff = Http.as(port, "gucheng").get("/cases/" + id).body();
        assertThat(staff).contains("id=\"action-accept\"").contains("id=\"action-reject\"").contains("id=\"action-merge\"")
                .doesNotContain("id=\"action-rate\"").doesNotContain("id=\"action-dispatch\"").contains("堂琅社区居民");

        var wrongState = act("gucheng", id, "verify", "version=0");
        assertThat(wrongState.status()).isEqualTo(409);
        assertThat(wrongState.body()).contains("不能核查").contains("路灯杆被撞歪了");
        var noReason = act("gucheng", id, "reject", "version=0&reason=");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("理由");
        assertThat(act("gucheng", id, "teleport", "version=0").status()).isEqualTo(404);

        assertThat(idOf(act("gucheng", id, "accept", "version=0"))).isEqualTo(id);
        assertThat(act("gucheng", id, "accept", "version=0").status()).as("a stale form").isEqualTo(409);
        String accepted = Http.as(port, "gucheng").get("/cases/" + id).body();
        assertThat(accepted).contains("id=\"action-dispatch\"").contains("县住房和城乡建设局").contains("id=\"action-handle\"");

        List<Long> units = Http.as(port, "gucheng").get("/api/v1/units").json().get("items").valueStream()
                .map(u -> u.get("id").asLong()).toList();
        long lead = Http.as(port, "bumen").get("/api/v1/me").json().get("unitId").asLong();
        long assist = units.stream().filter(u -> u != lead).findFirst().orElseThrow();
        int version = caseView(id).version();
        assertThat(idOf(act("gucheng", id, "dispatch", "version=" + version + "&leadUnitId=" + lead
                + "&assistUnitIds=" + assist + "&note=" + java.net.URLEncoder.encode("请尽快扶正", java.nio.charset.StandardCharsets.UTF_8))))
                .isEqualTo(id);
        JsonNode dispatched = Http.as(port, "gucheng").get("/api/v1/cases/" + id).json();
        assertThat(dispatched.get("state").asString()).isEqualTo("DISPATCHED");
        assertThat(dispatched.get("assistUnitIds").get(0).asLong()).isEqualTo(assist);

        String department = Http.as(port, "bumen").get("/cases/" + id).body();
        assertThat(department).contains("id=\"action-check-in\"").contains("id=\"action-return\"")
                .doesNotContain("堂琅社区居民").doesNotContain("jumin").contains("反映人"); // masked for the department
        assertThat(Http.as(port, "bumen").get("/cases/unit").body()).contains(caseView(id).number());
        assertThat(Http.as(port, "gucheng").get("/cases/" + id).body()).doesNotContain("id=\"action-resolve\"")
                .contains("吹哨派遣");
        assertThat(Http.as(port, "jumin").get("/cases/" + id).body()).as("the whistle is internal")
                .doesNotContain("吹哨派遣").doesNotContain("请尽快扶正");
    }

    @Test
    void theDepartmentReturnsAndAsksForMoreTimeAndTheTownMergesBySerialNumberThroughTheForms() {
        long unit = Http.as(port, "bumen").get("/api/v1/me").json().get("unitId").asLong();
        long id = fileByApi("jumin", "0305", "雨后下水道堵了，门口积水很深", centroid(0));
        idOf(act("gucheng", id, "accept", "version=" + caseView(id).version()));
        idOf(act("gucheng", id, "dispatch", "version=" + caseView(id).version() + "&leadUnitId=" + unit));

        var noReason = act("bumen", id, "return", "version=" + caseView(id).version() + "&reason=");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("退回未成功").contains("理由");
        idOf(act("bumen", id, "return", "version=" + caseView(id).version() + "&reason=" + encode("排水管网归水务局管理")));
        assertThat(caseView(id).state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(Http.as(port, "gucheng").get("/cases/" + id).body()).contains("排水管网归水务局管理");

        idOf(act("gucheng", id, "dispatch", "version=" + caseView(id).version() + "&leadUnitId=" + unit));
        idOf(act("bumen", id, "check-in", "version=" + caseView(id).version()));
        idOf(act("bumen", id, "extend", "version=" + caseView(id).version() + "&workingDays=5&reason=" + encode("需要管道疏通车")));
        assertThat(Http.as(port, "bumen").get("/cases/" + id).body()).doesNotContain("id=\"action-extend\"");
        String town = Http.as(port, "gucheng").get("/cases/" + id).body();
        assertThat(town).contains("id=\"action-approve-extension\"").contains("5 个工作日：需要管道疏通车");
        idOf(act("gucheng", id, "approve-extension", "version=" + caseView(id).version()));
        assertThat(Http.as(port, "gucheng").get("/cases/" + id).body()).doesNotContain("id=\"action-approve-extension\"")
                .contains("批准延期 5 个工作日");

        long twin = fileByApi("jumin", "0305", "下水道堵塞，门口一片汪洋", centroid(0));
        var unknown = act("gucheng", twin, "merge", "version=0&intoNumber=530326-20000101-999999");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("未找到编号为 530326-20000101-999999");
        idOf(act("gucheng", twin, "merge", "version=0&intoNumber=" + caseView(id).number()));
        assertThat(caseView(twin).state()).isEqualTo(CaseState.CLOSED);
        assertThat(Http.as(port, "jumin").get("/cases/" + twin).body()).contains("合并").contains(caseView(id).number());
    }

    static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
