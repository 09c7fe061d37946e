package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jiceng.Beijing;
import org.jiceng.people.PeopleApi;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Registering members, posts and 双报到 through the API: the happy paths and every refusal, in Chinese. */
@PartyAppTest
class PartyRegistrationIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PeopleApi people;

    final LocalDate today = Beijing.today(Beijing.systemClock());

    @Test
    void aVillageOfficialRegistersAResidentAsAProbationaryMember() {
        Http shequ = Http.as(port, "shequ");
        long resident = nonMemberAdult(FakePeople.TANGLANG, 0);
        long branch = groupIn(FakePeople.TANGLANG);
        var created = shequ.postJson("/api/v1/party/members", """
                {"residentId": %d, "organisationId": %d, "joinedOn": "%s", "centralHousehold": true}"""
                .formatted(resident, branch, today.minusMonths(2)));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.location()).endsWith("/api/v1/party/members/" + id);

        JsonNode member = shequ.get("/api/v1/party/members/" + id).json();
        assertThat(member.get("residentId").asLong()).isEqualTo(resident);
        assertThat(member.get("status").asString()).isEqualTo("PROBATIONARY");
        assertThat(member.get("statusName").asString()).isEqualTo("预备党员");
        assertThat(member.get("centralHousehold").asBoolean()).isTrue();
        assertThat(member.get("territoryCode").asString()).startsWith(FakePeople.TANGLANG);

        var again = shequ.postJson("/api/v1/party/members", """
                {"residentId": %d, "organisationId": %d, "joinedOn": "%s"}""".formatted(resident, branch, today));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.detail()).contains("只能登记一次");
    }

    @Test
    void thePartyAdministratorRegistersAnInServiceFullMember() {
        long resident = nonMemberAdult(FakePeople.TANGLANG, 1);
        var created = Http.as(port, "dangjian").postJson("/api/v1/party/members", """
                {"residentId": %d, "organisationId": %d, "joinedOn": "2001-07-01", "status": "FULL",
                 "inService": true, "employer": "县民政局"}""".formatted(resident, groupIn(FakePeople.TANGLANG)));
        assertThat(created.status()).isEqualTo(201);
        JsonNode member = Http.as(port, "dangjian").get("/api/v1/party/members/" + created.json().get("id").asLong()).json();
        assertThat(member.get("inService").asBoolean()).isTrue();
        assertThat(member.get("employer").asString()).isEqualTo("县民政局");
        assertThat(member.get("status").asString()).isEqualTo("FULL");
    }

    @Test
    void eachMistakeInAMemberRegistrationIsNamed() {
        Http shequ = Http.as(port, "shequ");
        long resident = nonMemberAdult(FakePeople.TANGLANG, 2);
        long group = groupIn(FakePeople.TANGLANG);
        long general = organisationId("堂琅社区党总支");
        assertRefused(shequ, "{\"organisationId\": %d, \"joinedOn\": \"2010-07-01\"}".formatted(group), 400, "residentId");
        assertRefused(shequ, member(resident, group, "2010-13-01", null), 400, "不是有效日期");
        assertRefused(shequ, member(resident, group, today.plusDays(1).toString(), null), 400, "不能晚于今天");
        assertRefused(shequ, member(resident, group, "1900-01-01", null), 400, "建党");
        assertRefused(shequ, member(resident, group, today.minusDays(10).toString(), "FULL"), 400, "预备期为一年");
        assertRefused(shequ, member(resident, group, "2010-07-01", "PROBATIONARY"), 400, "已满一年");
        assertRefused(shequ, member(resident, group, "2010-07-01", "MAYBE"), 400, "status");
        assertRefused(shequ, member(resident, general, "2010-07-01", null), 400, "党支部或党小组");
        assertRefused(shequ, member(resident, 999_999, "2010-07-01", null), 404, "党组织 999999 不存在");
        assertRefused(shequ, member(999_999, group, "2010-07-01", null), 404, "居民 999999 不存在");
        assertRefused(shequ, """
                {"residentId": %d, "organisationId": %d, "joinedOn": "2010-07-01", "inService": true}"""
                .formatted(resident, group), 400, "工作单位");
        assertRefused(shequ, """
                {"residentId": %d, "organisationId": %d, "joinedOn": "2010-07-01", "employer": "县民政局"}"""
                .formatted(resident, group), 400, "只有在职党员");
        long child = youngResident(FakePeople.TANGLANG);
        assertRefused(shequ, member(child, group, today.toString(), null), 400, "十八周岁");
        assertThat(shequ.postJson("/api/v1/party/members", member(child, group, today.toString(), null)).body())
                .as("the refusal gives away no date from which the masked birth date could be worked out")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        assertRefused(shequ, "not json", 400, "JSON");
        assertThat(jdbc.sql("select count(*) from party.member where resident_id = :r").param("r", resident)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aMemberMovesToAnotherGroupOnTheVersionReadAndAStaleChangeIsAConflict() {
        Http shequ = Http.as(port, "shequ");
        JsonNode member = shequ.get("/api/v1/party/members?territory=" + FakePeople.TANGLANG + "&limit=500").json()
                .get("items").valueStream().filter(m -> !m.get("inService").asBoolean()).findFirst().orElseThrow();
        long id = member.get("id").asLong();
        int version = member.get("version").asInt();
        long other = jdbc.sql("""
                        select id from party.organisation where kind = 'GRID_GROUP' and territory_code like :v || '%'
                        and id <> :current order by id limit 1""")
                .param("v", FakePeople.TANGLANG).param("current", member.get("organisationId").asLong())
                .query(Long.class).single();
        var changed = shequ.putJson("/api/v1/party/members/" + id, """
                {"version": %d, "organisationId": %d, "centralHousehold": true}""".formatted(version, other));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("organisationId").asLong()).isEqualTo(other);
        assertThat(changed.json().get("centralHousehold").asBoolean()).isTrue();
        assertThat(changed.json().get("version").asInt()).isEqualTo(version + 1);

        var stale = shequ.putJson("/api/v1/party/members/" + id, "{\"version\": %d, \"centralHousehold\": false}".formatted(version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.detail()).contains("已被他人修改");
        assertThat(shequ.putJson("/api/v1/party/members/" + id, "{\"centralHousehold\": false}").detail()).contains("version");
        assertThat(shequ.putJson("/api/v1/party/members/" + id, """
                {"version": %d, "inService": true}""".formatted(version + 1)).detail()).contains("工作单位");
        assertThat(shequ.putJson("/api/v1/party/members/" + id, """
                {"version": %d, "organisationId": %d}""".formatted(version + 1, organisationId("堂琅社区党总支")))
                .detail()).contains("党支部或党小组");
        assertThat(Http.as(port, "jumin").putJson("/api/v1/party/members/" + id, "{\"version\": 1}").status()).isEqualTo(403);
    }

    @Test
    void residentsGridWorkersAndAuditorsCannotRegisterMembers() {
        String body = member(nonMemberAdult(FakePeople.TANGLANG, 3), groupIn(FakePeople.TANGLANG), "2010-07-01", null);
        for (String user : new String[] {"jumin", "wangge", "jijian", "admin"}) {
            var answer = Http.as(port, user).postJson("/api/v1/party/members", body);
            assertThat(answer.status()).as(user).isEqualTo(403);
            assertThat(answer.detail()).contains("党组织管理员");
        }
    }

    @Test
    void postsAreListedAndAssigned() {
        Http shequ = Http.as(port, "shequ");
        JsonNode posts = shequ.get("/api/v1/party/posts?territory=" + FakePeople.TANGLANG + "&limit=500").json().get("items");
        assertThat(posts.valueStream().map(p -> p.get("kind").asString()))
                .contains("PIAN_ZHANG", "ZU_ZHANG", "LIN_ZHANG", "ZHENGWU_LOUZHANG", "JUWU_LOUZHANG", "GRID_WORKER");
        String grid = FakePeople.TANGLANG + "001";
        var created = shequ.postJson("/api/v1/party/posts", """
                {"kind": "JUWU_LOUZHANG", "territoryCode": "%s", "area": "9栋", "holderName": "王秀英"}""".formatted(grid));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        JsonNode mine = shequ.get("/api/v1/party/posts?territory=" + grid + "&limit=500").json().get("items")
                .valueStream().filter(p -> p.get("id").asLong() == id).findFirst().orElseThrow();
        assertThat(mine.get("kindName").asString()).isEqualTo("居务楼长");
        assertThat(mine.get("since").asString()).isEqualTo(today.toString());

        long resident = nonMemberAdult(FakePeople.TANGLANG, 4);
        var byResident = shequ.postJson("/api/v1/party/posts", """
                {"kind": "LIN_ZHANG", "territoryCode": "%s", "area": "第1组第3邻", "residentId": %d, "since": "2024-01-01"}"""
                .formatted(grid, resident));
        assertThat(byResident.status()).isEqualTo(201);
    }

    @Test
    void eachMistakeInAPostIsNamed() {
        Http shequ = Http.as(port, "shequ");
        String grid = FakePeople.TANGLANG + "001";
        assertPostRefused(shequ, "{\"kind\": \"BOSS\", \"territoryCode\": \"%s\", \"holderName\": \"张三\"}".formatted(grid), 400, "kind");
        assertPostRefused(shequ, "{\"kind\": \"GRID_WORKER\", \"territoryCode\": \"%s\", \"holderName\": \"张三\"}"
                .formatted(FakePeople.TANGLANG), 400, "15 位网格代码");
        assertPostRefused(shequ, "{\"kind\": \"ZU_ZHANG\", \"territoryCode\": \"5303\", \"holderName\": \"张三\"}", 400, "territoryCode");
        assertPostRefused(shequ, "{\"kind\": \"ZU_ZHANG\", \"territoryCode\": \"%s\"}".formatted(grid), 400, "holderName");
        assertPostRefused(shequ, "{\"kind\": \"ZHENGWU_LOUZHANG\", \"territoryCode\": \"%s\", \"holderName\": \"张三\"}"
                .formatted(grid), 400, "楼栋");
        assertPostRefused(shequ, "{\"kind\": \"ZU_ZHANG\", \"territoryCode\": \"%s\", \"buildingId\": 5, \"holderName\": \"张三\"}"
                .formatted(grid), 400, "buildingId");
        assertPostRefused(shequ, "{\"kind\": \"ZU_ZHANG\", \"territoryCode\": \"%s999\", \"holderName\": \"张三\"}"
                .formatted(FakePeople.TANGLANG), 404, "不存在");
        assertPostRefused(shequ, "{\"kind\": \"ZU_ZHANG\", \"territoryCode\": \"530326001002\", \"holderName\": \"张三\"}", 403,
                "不在您的辖区内");
        assertPostRefused(Http.as(port, "jumin"), "{\"kind\": \"ZU_ZHANG\", \"territoryCode\": \"%s\", \"holderName\": \"张三\"}"
                .formatted(grid), 403, "党组织管理员");
    }

    @Test
    void aUnitAndAnInServiceMemberRegisterWithTheCommunityAndRecordService() {
        Http shequ = Http.as(port, "shequ");
        var unit = shequ.postJson("/api/v1/party/dual-registrations", """
                {"communityCode": "%s", "unitName": "县供销合作社党支部"}""".formatted(FakePeople.TANGLANG));
        assertThat(unit.status()).isEqualTo(201);
        long registration = unit.json().get("id").asLong();
        var again = shequ.postJson("/api/v1/party/dual-registrations", """
                {"communityCode": "%s", "unitName": "县供销合作社党支部"}""".formatted(FakePeople.TANGLANG));
        assertThat(again.detail()).contains("无需重复报到");

        var service = shequ.postJson("/api/v1/party/dual-registrations/" + registration + "/services", """
                {"servedOn": "%s", "minutes": 120, "description": "清理楼道杂物"}""".formatted(today));
        assertThat(service.status()).isEqualTo(201);
        JsonNode read = shequ.get("/api/v1/party/dual-registrations/" + registration).json();
        assertThat(read.get("registrant").asString()).isEqualTo("县供销合作社党支部");
        assertThat(read.get("services").asLong()).isEqualTo(1);
        assertThat(read.get("minutes").asLong()).isEqualTo(120);

        long member = inServiceMemberNotRegistered(FakePeople.TANGLANG);
        var personal = shequ.postJson("/api/v1/party/dual-registrations", """
                {"communityCode": "%s", "memberId": %d}""".formatted(FakePeople.TANGLANG, member));
        assertThat(personal.status()).isEqualTo(201);
        JsonNode listed = shequ.get("/api/v1/party/dual-registrations?territory=" + FakePeople.TANGLANG + "&limit=500").json();
        assertThat(listed.get("items").valueStream().map(r -> r.get("id").asLong()))
                .contains(registration, personal.json().get("id").asLong());
    }

    @Test
    void eachMistakeInADualRegistrationOrServiceIsNamed() {
        Http shequ = Http.as(port, "shequ");
        String path = "/api/v1/party/dual-registrations";
        assertRefused(shequ, path, "{\"communityCode\": \"530326001\", \"unitName\": \"某单位\"}", 400, "12 位");
        assertRefused(shequ, path, "{\"communityCode\": \"%s\"}".formatted(FakePeople.TANGLANG), 400, "二者选一");
        assertRefused(shequ, path, "{\"communityCode\": \"530326001002\", \"unitName\": \"某单位\"}", 403, "不在您的辖区内");
        long notServing = jdbc.sql("select id from party.member where not in_service and territory_code like '530326001001%' limit 1")
                .query(Long.class).single();
        assertRefused(shequ, path, "{\"communityCode\": \"%s\", \"memberId\": %d}".formatted(FakePeople.TANGLANG, notServing),
                400, "在职党员");
        assertRefused(shequ, path, "{\"communityCode\": \"%s\", \"unitName\": \"某单位\", \"registeredOn\": \"%s\"}"
                .formatted(FakePeople.TANGLANG, today.plusDays(3)), 400, "不能晚于今天");

        long registration = shequ.postJson(path, """
                {"communityCode": "%s", "unitName": "县档案馆党支部", "registeredOn": "%s"}"""
                .formatted(FakePeople.TANGLANG, today.minusDays(30))).json().get("id").asLong();
        String services = path + "/" + registration + "/services";
        assertRefused(shequ, services, "{\"servedOn\": \"%s\", \"minutes\": 0, \"description\": \"义诊\"}".formatted(today), 400, "minutes");
        assertRefused(shequ, services, "{\"servedOn\": \"%s\", \"minutes\": 60, \"description\": \" \"}".formatted(today), 400, "description");
        assertRefused(shequ, services, "{\"servedOn\": \"%s\", \"minutes\": 60, \"description\": \"义诊\"}"
                .formatted(today.minusDays(31)), 400, "早于报到日期");
        assertRefused(shequ, services, "{\"servedOn\": \"%s\", \"minutes\": 60, \"description\": \"义诊\"}"
                .formatted(today.plusDays(1)), 400, "不能晚于今天");
        assertRefused(shequ, path + "/999999/services", "{\"servedOn\": \"%s\", \"minutes\": 60, \"description\": \"义诊\"}"
                .formatted(today), 404, "不存在");
    }

    private String member(long resident, long organisation, String joinedOn, String status) {
        return "{\"residentId\": %d, \"organisationId\": %d, \"joinedOn\": \"%s\"%s}".formatted(resident, organisation,
                joinedOn, status == null ? "" : ", \"status\": \"" + status + "\"");
    }

    private void assertRefused(Http http, String body, int status, String detail) {
        assertRefused(http, "/api/v1/party/members", body, status, detail);
    }

    private void assertPostRefused(Http http, String body, int status, String detail) {
        assertRefused(http, "/api/v1/party/posts", body, status, detail);
    }

    private static void assertRefused(Http http, String path, String body, int status, String detail) {
        var answer = http.postJson(path, body);
        assertThat(answer.status()).as(body).isEqualTo(status);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.detail()).as(body).contains(detail);
    }

    /** The n-th resident of the village aged 50 or more who is not a member, by id. */
    private long nonMemberAdult(String village, int n) {
        Set<Long> members = new HashSet<>(jdbc.sql("select resident_id from party.member").query(Long.class).list());
        List<Long> adults = new ArrayList<>();
        people.forEachResident(village, r -> {
            if (!r.birthDate().isAfter(today.minusYears(50)) && !members.contains(r.id())) {
                adults.add(r.id());
            }
        });
        return adults.get(n);
    }

    private long youngResident(String village) {
        List<Long> young = new ArrayList<>();
        people.forEachResident(village, r -> {
            if (r.birthDate().isAfter(today.minusYears(17))) {
                young.add(r.id());
            }
        });
        return young.getFirst();
    }

    private long groupIn(String village) {
        return jdbc.sql("select id from party.organisation where kind = 'GRID_GROUP' and territory_code like :v || '%' order by id limit 1")
                .param("v", village).query(Long.class).single();
    }

    private long organisationId(String name) {
        return jdbc.sql("select id from party.organisation where name = :name").param("name", name).query(Long.class).single();
    }

    private long inServiceMemberNotRegistered(String village) {
        return jdbc.sql("""
                        select m.id from party.member m where m.in_service and m.territory_code like :v || '%'
                        and not exists (select 1 from party.dual_registration r where r.member_id = m.id) order by m.id limit 1""")
                .param("v", village).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("update party.member set in_service = true, employer = '县民政局' where id = "
                        + "(select min(id) from party.member where not in_service and territory_code like :v || '%') returning id")
                        .param("v", village).query(Long.class).single());
    }
}
