package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.Scope;
import org.jiceng.identity.IdentityApi;
import org.jiceng.party.internal.cobuilding.ServiceHours;
import org.jiceng.people.PeopleApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 双报到 needs, offers, projects and hours through the API: the happy paths, the rules, and who is refused. */
@AppTest
@RecordApplicationEvents
class CoBuildingApiIT {

    static final String TANGLANG = CoBuildingPeople.TANGLANG;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PeopleApi peopleApi;

    @Autowired
    IdentityApi identity;

    @Autowired
    CoBuildingApi needsApi;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ServiceHours serviceHours;

    CoBuildingPeople people;
    final LocalDate today = Beijing.today(Beijing.systemClock());

    @BeforeEach
    void setUp() {
        people = new CoBuildingPeople(port, jdbc, peopleApi, identity);
    }

    @Test
    void aCommunityPublishesANeedThatItsResidentsReadButMayNotWrite() {
        long id = people.need("帮独居老人买菜", "WISH");
        JsonNode need = Http.as(port, "jumin").get("/api/v1/party/needs/" + id).json();
        assertThat(need.get("kindName").asString()).isEqualTo("微心愿");
        assertThat(need.get("statusName").asString()).isEqualTo("待认领");
        assertThat(Http.as(port, "jumin").get("/api/v1/party/needs?territory=" + TANGLANG).json().get("items")
                .valueStream().map(n -> n.get("id").asLong())).contains(id);

        var written = Http.as(port, "jumin").postJson("/api/v1/party/needs", """
                {"communityCode": "%s", "title": "我想发布", "description": "试试", "kind": "WISH"}""".formatted(TANGLANG));
        assertThat(written.status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").postJson("/api/v1/party/needs/" + id + "/status",
                "{\"status\": \"CLOSED\"}").status()).isEqualTo(403);
    }

    @Test
    void anotherTownDoesNotSeeTheNeedAndADepartmentReadsNoNeedsAtAll() {
        long id = people.need("修缮文化活动室", "PROJECT");
        assertThat(Http.as(port, "yiche").get("/api/v1/party/needs/" + id).status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").postJson("/api/v1/party/needs/" + id + "/status",
                "{\"status\": \"CLOSED\"}").status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").postJson("/api/v1/party/needs", """
                {"communityCode": "%s", "title": "越界发布", "description": "试试", "kind": "WISH"}""".formatted(TANGLANG))
                .status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get("/api/v1/party/needs").status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get("/api/v1/party/needs/" + id).status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get("/api/v1/party/projects").status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get("/api/v1/party/resources").status()).isEqualTo(403);
    }

    @Test
    void eachMistakeInANeedIsNamedInChineseAndNothingIsWritten() {
        long before = count("need");
        Http shequ = Http.as(port, "shequ");
        var badKind = shequ.postJson("/api/v1/party/needs", """
                {"communityCode": "%s", "title": "需求", "description": "说明", "kind": "MONEY"}""".formatted(TANGLANG));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.detail()).contains("需求类别");
        var past = shequ.postJson("/api/v1/party/needs", """
                {"communityCode": "%s", "title": "需求", "description": "说明", "kind": "WISH", "wantedBy": "%s"}"""
                .formatted(TANGLANG, today.minusDays(1)));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.detail()).contains("已经过去");
        var noTitle = shequ.postJson("/api/v1/party/needs", """
                {"communityCode": "%s", "description": "说明", "kind": "WISH"}""".formatted(TANGLANG));
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.detail()).contains("请填写需求名称");
        assertThat(count("need")).isEqualTo(before);
    }

    @Test
    void theTownMatchesANeedAndAnOfferIntoAProjectWhichTheCommunityAloneMayNot() {
        long unit = people.unit("县交通运输局机关党支部" + CoBuildingPeople.unique());
        long need = people.need("路口安装减速带", "PROJECT");
        long offer = people.offer(unit, "交通安全宣讲");

        var byCommunity = Http.as(port, "shequ").postJson("/api/v1/party/projects", """
                {"title": "平安路口", "needIds": [%d], "offerIds": [%d], "leadRegistrationId": %d, "endsOn": "%s"}"""
                .formatted(need, offer, unit, today.plusDays(30)));
        assertThat(byCommunity.status()).isEqualTo(403);
        var byAnotherTown = Http.as(port, "yiche").postJson("/api/v1/party/projects", """
                {"title": "平安路口", "needIds": [%d], "offerIds": [%d], "leadRegistrationId": %d, "endsOn": "%s"}"""
                .formatted(need, offer, unit, today.plusDays(30)));
        assertThat(byAnotherTown.status()).isEqualTo(404);

        long project = people.project(need, offer, unit);
        JsonNode view = Http.as(port, "shequ").get("/api/v1/party/projects/" + project).json();
        assertThat(view.get("needIds").get(0).asLong()).isEqualTo(need);
        assertThat(view.get("offerIds").get(0).asLong()).isEqualTo(offer);
        assertThat(view.get("statusName").asString()).isEqualTo("进行中");
        assertThat(Http.as(port, "shequ").get("/api/v1/party/needs/" + need).json().get("status").asString())
                .isEqualTo("IN_PROJECT");
        assertThat(Http.as(port, "shequ").get("/api/v1/party/resources/" + offer).json().get("status").asString())
                .isEqualTo("MATCHED");
        assertThat(Http.as(port, "yiche").get("/api/v1/party/projects/" + project).status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").get("/api/v1/party/resources/" + offer).status()).isEqualTo(404);

        var again = Http.as(port, "gucheng").postJson("/api/v1/party/projects", """
                {"title": "再次对接", "needIds": [%d], "leadRegistrationId": %d, "endsOn": "%s"}"""
                .formatted(need, unit, today.plusDays(30)));
        assertThat(again.status()).isEqualTo(409);
        var backwards = Http.as(port, "gucheng").postJson("/api/v1/party/projects", """
                {"title": "日期颠倒", "needIds": [%d], "leadRegistrationId": %d, "startsOn": "%s", "endsOn": "%s"}"""
                .formatted(people.need("日期颠倒的需求", "SERVICE"), unit, today, today.minusDays(1)));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.detail()).contains("早于开始日期");
    }

    @Test
    void confirmedHoursWriteTheRegistrationsServiceRecordAndPublishServiceRecorded() {
        long unit = people.unit("县卫健局机关党支部" + CoBuildingPeople.unique());
        long project = people.project(people.need("义诊进社区", "SERVICE"), people.offer(unit, "义诊"), unit);
        Http shequ = Http.as(port, "shequ");
        long hours = CoBuildingPeople.created(shequ.postJson("/api/v1/party/projects/" + project + "/hours", """
                {"registrationId": %d, "servedOn": "%s", "minutes": 150, "description": "为 40 位老人量血压"}"""
                .formatted(unit, today)));
        assertThat(shequ.get("/api/v1/party/hours").json().valueStream().map(h -> h.get("id").asLong())).contains(hours);
        // town staff neither confirm hours nor, elsewhere, see them
        assertThat(Http.as(port, "yiche").postJson("/api/v1/party/hours/" + hours + "/confirm", "{}").status())
                .isEqualTo(403);
        assertThat(Http.as(port, "jumin").postJson("/api/v1/party/hours/" + hours + "/confirm", "{}").status())
                .isEqualTo(403);
        assertThat(Http.as(port, "gucheng").postJson("/api/v1/party/hours/" + hours + "/confirm", "{}").status())
                .isEqualTo(403);

        // confirmed on this thread, where the published events are recorded; the page and the API call the same
        var confirmed = serviceHours.confirm(hours, identity.findByUsername("shequ").orElseThrow());
        assertThat(confirmed.status()).isEqualTo("CONFIRMED");
        JsonNode registration = shequ.get("/api/v1/party/dual-registrations/" + unit).json();
        assertThat(registration.get("minutes").asLong()).isEqualTo(150);
        assertThat(events.stream(ServiceRecorded.class).filter(e -> e.minutes() == 150
                && e.communityCode().equals(TANGLANG) && e.memberId() == null)).hasSize(1);
        var twice = shequ.postJson("/api/v1/party/hours/" + hours + "/confirm", "{}");
        assertThat(twice.status()).isEqualTo(409);
    }

    @Test
    void hoursReturnedCarryTheReasonAndHoursOutsideTheProjectAreRefused() {
        long unit = people.unit("县教育局机关党支部" + CoBuildingPeople.unique());
        long project = people.project(people.need("四点半课堂", "SERVICE"), people.offer(unit, "作业辅导"), unit);
        Http shequ = Http.as(port, "shequ");
        var early = shequ.postJson("/api/v1/party/projects/" + project + "/hours", """
                {"registrationId": %d, "servedOn": "%s", "minutes": 60, "description": "辅导"}"""
                .formatted(unit, today.minusDays(11)));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.detail()).contains("项目期间");
        var tooLong = shequ.postJson("/api/v1/party/projects/" + project + "/hours", """
                {"registrationId": %d, "minutes": 2000, "description": "辅导"}""".formatted(unit));
        assertThat(tooLong.status()).isEqualTo(400);
        long hours = CoBuildingPeople.created(shequ.postJson("/api/v1/party/projects/" + project + "/hours", """
                {"registrationId": %d, "minutes": 60, "description": "辅导作业"}""".formatted(unit)));
        assertThat(shequ.postJson("/api/v1/party/hours/" + hours + "/return", "{}").status()).isEqualTo(400);
        JsonNode returned = shequ.postJson("/api/v1/party/hours/" + hours + "/return",
                "{\"reason\": \"照片与内容不符，请补充\"}").json();
        assertThat(returned.get("statusName").asString()).isEqualTo("已退回");
        assertThat(returned.get("reason").asString()).isEqualTo("照片与内容不符，请补充");
        assertThat(Http.as(port, "yiche").get("/api/v1/party/projects/" + project + "/hours").status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").postJson("/api/v1/party/projects/" + project + "/hours", "{}").status())
                .isEqualTo(404);
    }

    @Test
    void aMemberReportsTheirOwnHoursAndSeesOnlyThem() {
        var member = people.member("cb-api-member-" + CoBuildingPeople.unique());
        long unit = people.unit("县审计局机关党支部" + CoBuildingPeople.unique());
        long project = people.project(people.need("垃圾分类宣传", "SERVICE"), people.offer(unit, "宣传"), unit);
        Http shequ = Http.as(port, "shequ");
        CoBuildingPeople.created(shequ.postJson("/api/v1/party/projects/" + project + "/hours", """
                {"registrationId": %d, "minutes": 30, "description": "单位宣传"}""".formatted(unit)));
        Http own = Http.as(port, member.username());
        long hours = CoBuildingPeople.created(own.postJson("/api/v1/party/projects/" + project + "/hours",
                "{\"minutes\": 45, \"description\": \"入户宣传垃圾分类\"}"));
        var mine = own.get("/api/v1/party/projects/" + project + "/hours").json();
        assertThat(mine.valueStream().map(h -> h.get("id").asLong()).toList()).containsExactly(hours);
        assertThat(own.postJson("/api/v1/party/projects/" + project + "/hours",
                "{\"registrationId\": " + unit + ", \"minutes\": 45, \"description\": \"替单位填报\"}").status()).isEqualTo(403);
        assertThat(own.postJson("/api/v1/party/hours/" + hours + "/confirm", "{}").status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").postJson("/api/v1/party/projects/" + project + "/hours",
                "{\"minutes\": 45, \"description\": \"不是党员\"}").status()).isEqualTo(403);

        serviceHours.confirm(hours, identity.findByUsername("shequ").orElseThrow());
        assertThat(events.stream(ServiceRecorded.class).filter(e -> e.memberId() != null && member.memberId() == e.memberId()
                && e.minutes() == 45)).hasSize(1);
    }

    @Test
    void aVolunteerClaimsAWishThroughTheFacadeAndFulfilsIt() {
        long id = people.need("给留守儿童送一个书包", "WISH");
        Scope tanglang = Scope.of(TANGLANG);
        assertThat(needsApi.openNeeds(TANGLANG, NeedKind.WISH, tanglang)).extracting(NeedView::id).contains(id);
        assertThat(needsApi.openNeeds(TANGLANG, NeedKind.WISH, Scope.of("530326103"))).isEmpty();
        NeedView claimed = needsApi.claim(id, "志愿者张三", "周六送到", tanglang);
        assertThat(claimed.status()).isEqualTo(NeedStatus.CLAIMED);
        assertThat(needsApi.openNeeds(TANGLANG, NeedKind.WISH, tanglang)).extracting(NeedView::id).doesNotContain(id);
        assertThatThrownBy(() -> needsApi.claim(id, "志愿者李四", null, tanglang)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> needsApi.fulfil(id, "志愿者李四", null, tanglang)).isInstanceOf(ConflictException.class);
        assertThat(needsApi.fulfil(id, "志愿者张三", "已送到", tanglang).status()).isEqualTo(NeedStatus.FULFILLED);
    }

    @Test
    void theFeedbackToUnitsSumsConfirmedHoursAndIsRefusedToAnotherTown() {
        String name = "县水务局机关党支部" + CoBuildingPeople.unique();
        long unit = people.unit(name);
        long project = people.project(people.need("河道清理", "SERVICE"), people.offer(unit, "清淤"), unit);
        Http shequ = Http.as(port, "shequ");
        long hours = CoBuildingPeople.created(shequ.postJson("/api/v1/party/projects/" + project + "/hours", """
                {"registrationId": %d, "minutes": 90, "description": "清理河道垃圾"}""".formatted(unit)));
        shequ.postJson("/api/v1/party/hours/" + hours + "/confirm", "{}");
        var page = shequ.get("/party/co-building/feedback?community=" + TANGLANG);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(name).contains("1.5");
        var file = shequ.download("/party/co-building/feedback.xlsx?community=" + TANGLANG);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body().length).isGreaterThan(1000);
        assertThat(Http.as(port, "yiche").get("/party/co-building/feedback?community=" + TANGLANG).status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").get("/party/co-building/feedback?community=" + TANGLANG).status()).isEqualTo(403);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from party." + table).query(Long.class).single();
    }
}
