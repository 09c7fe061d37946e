package org.jiceng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every form that writes, posted with one field wrong: the page comes back with the error beside that field
 * (the element {@code <id>-error} right after its control, the control marked aria-invalid) and every value typed.
 */
@AppTest
class FormsKeepWhatWasTypedIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFilingFormPutsATooShortDescriptionBesideItAndKeepsTheAddressAndCategory() {
        var answer = Http.as(port, "jumin").postForm("/cases/new", Map.of("categoryCode", "0101",
                "description", "坏了", "address", "盈仓路 3 号门口", "publicCase", "true", "_publicCase", "on"));
        assertThat(answer.status()).isEqualTo(400);
        assertErrorBeside(answer.body(), "description", "5 到 2000");
        assertThat(answer.body()).contains("value=\"盈仓路 3 号门口\"").contains(">坏了</textarea>")
                .containsPattern("value=\"0101\"\\s+selected")
                .containsPattern("id=\"public-case\"[^>]*checked|checked[^>]*id=\"public-case\"");
        assertThat(errorOf(answer.body(), "address")).isNull();
    }

    @Test
    void theFilingFormShowsARefusalOfTheServiceThatNamesNoFieldAtTheTop() {
        var answer = Http.as(port, "jumin").postForm("/cases/new", Map.of("categoryCode", "0101",
                "description", "路边堆了很多建筑垃圾", "lat", "39.9", "lon", "116.4", "ignoreDuplicates", "true"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).containsPattern("id=\"error\"[^>]*>\\s*<span>[^<]*不在本系统管理的任何网格内")
                .contains("value=\"39.9\"").contains("路边堆了很多建筑垃圾");
    }

    @Test
    void theDisputeFormPutsAMissingTitleBesideItAndKeepsBothPartiesAndTheMediator() {
        var answer = Http.as(port, "shequ").postForm("/mediation/disputes", Map.ofEntries(
                Map.entry("territoryCode", "530326001001"), Map.entry("title", " "), Map.entry("summary", "楼上漏水到楼下"),
                Map.entry("type", "NEIGHBOUR"), Map.entry("risk", "YELLOW"), Map.entry("applicant", "居民甲"),
                Map.entry("applicantContact", "13800001234"), Map.entry("applicantUsername", "jumin"),
                Map.entry("respondent", "某物业公司"), Map.entry("respondentOrganisation", "true"),
                Map.entry("respondentContact", "0874-1234567"), Map.entry("mediator", "王律师"),
                Map.entry("mediatorKind", "LAWYER"), Map.entry("mediatorOrganisation", "云南会泽律师事务所")));
        assertThat(answer.status()).isEqualTo(400);
        String page = answer.body();
        assertErrorBeside(page, "title", "请填写纠纷名称");
        assertThat(page).contains(">楼上漏水到楼下</textarea>", "value=\"居民甲\"", "value=\"13800001234\"",
                        "value=\"jumin\"", "value=\"某物业公司\"", "value=\"0874-1234567\"", "value=\"王律师\"",
                        "value=\"云南会泽律师事务所\"")
                .containsPattern("value=\"YELLOW\"\\s+selected").containsPattern("value=\"LAWYER\"\\s+selected")
                .containsPattern("id=\"respondent-organisation\"[^>]*checked");
    }

    @Test
    void theDisputeFormShowsTheServicesRefusalAndStillKeepsTheParties() {
        var answer = Http.as(port, "shequ").postForm("/mediation/disputes", Map.of("territoryCode", "530326001001",
                "title", "漏水纠纷", "summary", "楼上漏水到楼下", "type", "NEIGHBOUR", "risk", "GREEN",
                "applicant", "居民甲", "applicantUsername", "nobody-here", "respondent", "邻居乙"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("nobody-here", "不存在或不是群众账号", "value=\"居民甲\"", "value=\"邻居乙\"",
                "value=\"漏水纠纷\"");
    }

    @Test
    void theTopicFormShowsWhyAndKeepsWhatTheResidentWrote() {
        var answer = Http.as(port, "jumin").postForm("/topics", Map.of("title", "灯", "description", "小区南门晚上太黑，希望加装路灯"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("2 到 60 个字", "value=\"灯\"", ">小区南门晚上太黑，希望加装路灯</textarea>");
    }

    @Test
    void theMeetingFormShowsWhyAndKeepsWhatWasTyped() {
        var answer = Http.as(port, "shequ").postForm("/meetings", Map.of("kind", "COURTYARD", "title", "东风巷院坝会",
                "heldOn", "2026-13-45", "startTime", "19:30", "place", "东风巷 3 号院"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("不是有效日期", "value=\"东风巷院坝会\"", "value=\"2026-13-45\"",
                "value=\"19:30\"", "value=\"东风巷 3 号院\"").containsPattern("value=\"COURTYARD\"\\s+selected")
                .containsPattern("id=\"new-meeting\"[^>]*open");
    }

    @Test
    void theNewAccountFormPutsABadUsernameBesideItKeepsTheNameAndNeverEchoesThePassword() {
        var answer = Http.as(port, "guanli").postForm("/accounts/new", Map.of("username", "Bad Name",
                "displayName", "赵六", "password", "Typed-Secret-2026", "role", "GRID_WORKER", "territory", "530326001001001"));
        assertThat(answer.status()).isEqualTo(400);
        assertErrorBeside(answer.body(), "username", "");
        assertThat(answer.body()).contains("value=\"Bad Name\"", "value=\"赵六\"", "value=\"530326001001001\"")
                .doesNotContain("Typed-Secret-2026");
    }

    @Test
    void thePasswordFormPutsTheMismatchBesideTheRepeatAndShowsNoPassword() {
        var answer = Http.as(port, "jumin").postForm("/me/password", Map.of("oldPassword", "Old-Typed-2026",
                "newPassword", "New-Typed-2026a", "repeat", "New-Typed-2026b"));
        assertThat(answer.status()).isEqualTo(400);
        assertErrorBeside(answer.body(), "repeat", "两次输入的新密码不一致");
        assertThat(answer.body()).doesNotContain("Old-Typed-2026").doesNotContain("New-Typed-2026");
    }

    @Test
    void theHouseholdMoveFormShowsWhyAndKeepsTheNewAddress() {
        long household = jdbc.sql("select id from people.household where territory_code like '530326001001%' order by id limit 1")
                .query(Long.class).single();
        var answer = Http.as(port, "shequ").postForm("/people/households/" + household + "/move",
                Map.of("address", "堂琅社区盈仓路 8 号", "reason", " ", "version", "0"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("请填写迁移或更正的原因", "value=\"堂琅社区盈仓路 8 号\"")
                .containsPattern("id=\"household-move\"[^>]*open");
    }

    @Test
    void theBallotFormPutsAnUnreadableClosingTimeBesideItAndKeepsTheRest() {
        long estate = jdbc.sql("select id from deliberation.estate where territory_code like '530326001001%' order by id limit 1")
                .query(Long.class).single();
        var answer = Http.as(port, "shequ").postForm("/ballots", Map.of("estateId", String.valueOf(estate),
                "title", "关于更换电梯的表决", "matter", "MAJOR", "secret", "true", "closesAt", "下周五"));
        assertThat(answer.status()).isEqualTo(400);
        assertErrorBeside(answer.body(), "ballot-closes", "截止时间");
        assertThat(answer.body()).contains("value=\"关于更换电梯的表决\"", "value=\"下周五\"")
                .containsPattern("value=\"MAJOR\"\\s+checked").containsPattern("id=\"ballot-secret\"[^>]*checked")
                .containsPattern("value=\"" + estate + "\"\\s+selected");
    }

    @Test
    void aNumberFieldSentLettersComesBackAsAFormWithTheRestKeptNotAsAnError() {
        var answer = Http.as(port, "shequ").postForm("/ballots", Map.of("estateId", "abc",
                "title", "关于维修屋面的表决", "matter", "ORDINARY", "closesAt", "2030-01-01T18:00"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("value=\"关于维修屋面的表决\"").doesNotContain("Failed to convert")
                .doesNotContain("服务器内部错误");
    }

    @Test
    void aRefusedStepOfADisputeComesBackOpenWithWhatWasTyped() {
        Http shequ = Http.as(port, "shequ");
        var registered = shequ.postForm("/mediation/disputes", Map.of("territoryCode", "530326001001",
                "title", "晾衣杆纠纷", "summary", "楼上晾衣滴水", "type", "NEIGHBOUR", "risk", "GREEN"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(302);
        String dispute = registered.location().replaceAll(".*/mediation/disputes/", "");
        var answer = shequ.postForm("/mediation/disputes/" + dispute + "/mediators", Map.of("name", "李调解员",
                "kind", "LAWYER", "organisation", " ", "version", "0"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("调解员所在单位", "id=\"team-name\"", "value=\"李调解员\"")
                .containsPattern("<details[^>]*open[^>]*>\\s*<summary>添加调解员")
                .containsPattern("value=\"LAWYER\"\\s+selected");
    }

    @Test
    void aTooLongCommentOnATopicComesBackWithItsText() {
        var proposed = Http.as(port, "jumin").postForm("/topics", Map.of("title", "楼道加装扶手",
                "description", "老人上下楼不方便，希望加装扶手"));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(302);
        String topic = proposed.location().replaceAll(".*/topics/", "");
        String comment = "赞成" + "很".repeat(1000);
        var answer = Http.as(port, "jumin").postForm("/topics/" + topic + "/comments", Map.of("body", comment));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("1000", ">" + comment + "</textarea>");
    }

    @Test
    void theBuildingLeadersDayFormShowsWhyAndKeepsThePlace() {
        var answer = Http.as(port, "shequ").postForm("/meetings/schedule", Map.of("kind", "BUILDING_LEADERS_DAY",
                "from", "2026-06-01", "months", "99", "startTime", "15:00", "place", "网格党支部活动室"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("value=\"99\"", "value=\"网格党支部活动室\"", "value=\"2026-06-01\"")
                .containsPattern("id=\"new-series\"[^>]*open");
    }

    @Test
    void aRefusedStepOfATopicComesBackWithItsNote() {
        var proposed = Http.as(port, "jumin").postForm("/topics", Map.of("title", "广场舞音量",
                "description", "晚上广场舞音响太吵，希望商量个时间和音量"));
        String topic = proposed.location().replaceAll(".*/topics/", "");
        String note = "理由" + "长".repeat(2000);
        var answer = Http.as(port, "shequ").postForm("/topics/" + topic + "/actions/decline",
                Map.of("note", note, "version", "0"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("2000 个字").containsPattern("id=\"note-decline\"[^>]*>" + note + "</textarea>");
    }

    @Test
    void aRefusedMoveOfAMemberComesBackOpenWithTheRelationChosen() {
        var member = jdbc.sql("select id, household_id from people.resident where territory_code like '530326001001%' "
                + "and household_id is not null order by id limit 1").query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        var answer = Http.as(port, "shequ").postForm("/people/residents/" + member[0] + "/move", Map.of(
                "fromHousehold", String.valueOf(member[1]), "target", "out", "relation", "子女", "reason", " ",
                "version", "0"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("原因").containsPattern("value=\"子女\"\\s+selected")
                .containsPattern("value=\"out\"\\s+selected").contains("id=\"move-reason-" + member[0] + "\"");
    }

    @Test
    void theNoticeFormShowsWhyAndKeepsTheText() {
        var answer = Http.as(port, "shequ").postForm("/notices", Map.of("title", "停水通知",
                "body", "明日上午九点至十二点停水检修", "from", "2026-06-01", "to", "2026-05-01"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("value=\"停水通知\"", ">明日上午九点至十二点停水检修</textarea>",
                "value=\"2026-05-01\"").containsPattern("id=\"new-notice\"[^>]*open");
    }

    /** The error of a field follows its control, which points to it. */
    static void assertErrorBeside(String page, String id, String error) {
        assertThat(errorOf(page, id)).as(page).contains(error);
        assertThat(page).containsPattern("id=\"" + Pattern.quote(id) + "\"[^>]*aria-invalid=\"true\"[^>]*"
                + "aria-describedby=\"" + Pattern.quote(id) + "-error\"");
    }

    static String errorOf(String page, String id) {
        var matcher = Pattern.compile("id=\"" + Pattern.quote(id) + "-error\"[^>]*>([^<]*)<").matcher(page);
        return matcher.find() ? matcher.group(1) : null;
    }
}
