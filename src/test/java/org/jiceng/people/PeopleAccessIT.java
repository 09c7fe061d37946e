package org.jiceng.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Who may read the household register and personal numbers, and the access log that records who did. */
@AppTest
class PeopleAccessIT {

    static final String GRID = PeopleApiIT.TANGLANG_GRID;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityApi identity;

    @Autowired
    ApplicationContext context;

    long juminResident() {
        return identity.findByUsername("jumin").orElseThrow().residentId();
    }

    long householdOf(long resident) {
        return jdbc.sql("select household_id from people.resident where id = :id").param("id", resident)
                .query(Long.class).single();
    }

    /** A household of grid 1 that is not jumin's, and one of its residents. */
    long[] neighbour(long ownHousehold) {
        return jdbc.sql("""
                        select household_id, id from people.resident where territory_code = :grid
                        and household_id <> :own order by id limit 1""")
                .param("grid", GRID).param("own", ownHousehold)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    long registered(Http as, String name, String id, String phone) {
        long household = as.postJson("/api/v1/households", "{\"territoryCode\":\"" + GRID + "\",\"address\":\"堂琅社区"
                + name + "家\"}").json().get("id").asLong();
        var created = as.postJson("/api/v1/residents", """
                {"householdId": %d, "name": "%s", "relation": "户主", "idNumber": "%s", "phone": "%s"}"""
                .formatted(household, name, id, phone));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void theDemoResidentAccountIsLinkedToAResidentOfGridOneAndStaysSoOnRestart() throws Exception {
        long resident = juminResident();
        assertThat(jdbc.sql("select territory_code from people.resident where id = :id").param("id", resident)
                .query(String.class).single()).isEqualTo(GRID);
        context.getBean("demoResidentLink", ApplicationRunner.class).run(null);
        assertThat(juminResident()).isEqualTo(resident);
    }

    @Test
    void aResidentReadsTheirOwnHouseholdAndGets404ForANeighbours() {
        long own = householdOf(juminResident());
        long[] neighbour = neighbour(own);
        Http jumin = Http.as(port, "jumin");

        JsonNode household = jumin.get("/api/v1/households/" + own).json();
        assertThat(household.get("members").findValuesAsString("id")).contains(Long.toString(juminResident()));
        assertThat(jumin.get("/api/v1/residents/" + juminResident()).status()).isEqualTo(200);

        var other = jumin.get("/api/v1/households/" + neighbour[0]);
        assertThat(other.status()).isEqualTo(404);
        assertThat(jumin.get("/api/v1/residents/" + neighbour[1]).status()).isEqualTo(404);
        assertThat(jumin.get("/api/v1/households?territory=" + GRID).status()).isEqualTo(403);
        String neighbourName = jdbc.sql("select name from people.resident where id = :id").param("id", neighbour[1])
                .query(String.class).single();
        assertThat(jumin.get("/api/v1/residents?q=" + neighbourName).json().get("items").size()).isZero();
        assertThat(jumin.get("/api/v1/residents?q=13800001111").status()).isEqualTo(403);

        Http page = Http.anonymous(port);
        page.formLogin("jumin", Http.DEMO_PASSWORD);
        var start = page.get("/people");
        assertThat(start.location()).endsWith("/people/households/" + own);
        String mine = page.get("/people/households/" + own).body();
        assertThat(mine).doesNotContain("迁移（迁入其他户或迁出）").doesNotContain("修改住址");
        assertThat(mine.split("查看完整号码（记入访问日志）", -1)).as("a reveal form for their own record only").hasSize(2);
        assertThat(page.get("/people/households/" + neighbour[0]).status()).isEqualTo(404);
    }

    @Test
    void aResidentAccountLinkedToNoResidentIsToldSo() {
        identity.createUser(new IdentityApi.NewUser("jumin-unlinked", "未关联的居民", Http.DEMO_PASSWORD,
                List.of(new CurrentUser.Grant(Role.RESIDENT, "530326001001", null))));
        Http page = Http.anonymous(port);
        page.formLogin("jumin-unlinked", Http.DEMO_PASSWORD);
        var start = page.get("/people");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.body()).contains("尚未关联到户籍中的居民");
    }

    @Test
    void departmentsThePartyAdminAndAnotherTownAreRefusedTheRegister() {
        long own = householdOf(juminResident());
        long resident = juminResident();
        for (String refused : List.of("bumen", "dangjian")) {
            Http as = Http.as(port, refused);
            assertThat(as.get("/api/v1/households?territory=530326").status()).as(refused).isEqualTo(403);
            assertThat(as.get("/api/v1/households/" + own).status()).as(refused).isEqualTo(403);
            assertThat(as.get("/api/v1/residents/" + resident).status()).as(refused).isEqualTo(403);
            assertThat(as.get("/api/v1/residents?q=张").status()).as(refused).isEqualTo(403);
            assertThat(as.download("/api/v1/households/export?territory=530326").status()).as(refused).isEqualTo(403);
            Http page = Http.anonymous(port);
            page.formLogin(refused, Http.DEMO_PASSWORD);
            for (String path : List.of("/people", "/people/search?q=张", "/people/households/" + own, "/people/import")) {
                assertThat(page.get(path).status()).as(refused + " " + path).isEqualTo(403);
            }
        }

        Http yiche = Http.as(port, "yiche");
        String id = PeopleApiIT.newIdNumber(true);
        long guchengResident = registered(Http.as(port, "wangge"), "周志远", id, "13811112222");
        assertThat(yiche.get("/api/v1/households?territory=" + GRID).status()).isEqualTo(403);
        assertThat(yiche.get("/api/v1/households/" + own).status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/residents/" + guchengResident).status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/residents?q=周志远").json().get("items").size()).isZero();
        assertThat(yiche.get("/api/v1/residents?q=" + id).json().get("items").size()).isZero();
        assertThat(yiche.download("/api/v1/households/export?territory=530326001").status()).isEqualTo(403);
    }

    @Test
    void theAuditorReadsMaskedAndIsRefusedRevealAndFullNumberSearch() {
        String id = PeopleApiIT.newIdNumber(false);
        long resident = registered(Http.as(port, "wangge"), "吴桂兰", id, "13922223333");
        long household = householdOf(resident);
        Http jijian = Http.as(port, "jijian");

        assertThat(jijian.get("/api/v1/households?territory=" + GRID).status()).isEqualTo(200);
        JsonNode shown = jijian.get("/api/v1/residents/" + resident).json();
        assertThat(shown.get("idNumber").asString()).isEqualTo(id.substring(0, 4) + "*".repeat(13) + id.charAt(17));
        assertThat(shown.get("phone").asString()).isEqualTo("139****3333");
        assertThat(jijian.postJson("/api/v1/residents/" + resident + "/reveal", "{\"reason\":\"巡察核实\"}").status())
                .isEqualTo(403);
        var byNumber = jijian.get("/api/v1/residents?q=" + id);
        assertThat(byNumber.status()).isEqualTo(403);
        assertThat(byNumber.body()).doesNotContain("吴桂兰");
        assertThat(jijian.get("/api/v1/residents?q=13922223333").status()).isEqualTo(403);
        assertThat(jijian.get("/api/v1/residents?q=吴桂").json().get("items").get(0).get("name").asString()).isEqualTo("吴桂兰");

        Http page = Http.anonymous(port);
        page.formLogin("jijian", Http.DEMO_PASSWORD);
        String body = page.get("/people/households/" + household).body();
        assertThat(body).contains("吴桂兰").doesNotContain("查看完整号码").doesNotContain("迁移（迁入其他户或迁出）")
                .doesNotContain("修改住址").doesNotContain(id);
        assertThat(page.get("/people/search").body()).contains("不能按完整身份证号码或电话号码查找").doesNotContain("name=\"reason\"");
        assertThat(page.get("/people/households?territory=" + GRID).body()).doesNotContain("Excel 导入");
    }

    @Test
    void revealsSearchesExportsAndListsAreInTheAccessLogWhichTheAuditorFilters() {
        String id = PeopleApiIT.newIdNumber(true);
        Http wangge = Http.as(port, "wangge");
        long resident = registered(wangge, "郑光明", id, "13733334444");
        assertThat(wangge.postJson("/api/v1/residents/" + resident + "/reveal", "{\"reason\":\"核实残疾补贴\"}").status())
                .isEqualTo(200);
        Http shequ = Http.as(port, "shequ");
        assertThat(shequ.get("/api/v1/residents?q=" + id + "&reason=" + "核对来信").json().get("items").size()).isEqualTo(1);
        assertThat(shequ.download("/api/v1/households/export?territory=" + GRID).status()).isEqualTo(200);
        assertThat(wangge.get("/api/v1/households?territory=" + GRID + "&limit=5").status()).isEqualTo(200);

        Http jijian = Http.as(port, "jijian");
        JsonNode reveals = jijian.get("/api/v1/access-log?user=wangge&kind=REVEAL").json();
        assertThat(reveals.get("items").get(0).get("reason").asString()).isEqualTo("核实残疾补贴");
        assertThat(reveals.get("items").get(0).get("residentId").asLong()).isEqualTo(resident);
        JsonNode searches = jijian.get("/api/v1/access-log?user=shequ&kind=NUMBER_SEARCH&territory=530326001").json();
        assertThat(searches.get("items").get(0).get("hits").asInt()).isEqualTo(1);
        assertThat(searches.get("items").get(0).get("reason").asString()).isEqualTo("核对来信");
        assertThat(jijian.get("/api/v1/access-log?user=shequ&kind=EXPORT").json().get("items").get(0)
                .get("territoryCode").asString()).isEqualTo(GRID);
        JsonNode lists = jijian.get("/api/v1/access-log?user=wangge&kind=LIST").json();
        assertThat(lists.get("items").get(0).get("hits").asInt()).isEqualTo(5);
        var whole = jijian.get("/api/v1/access-log?limit=500");
        assertThat(whole.body()).doesNotContain(id).doesNotContain("13733334444");
        assertThat(jdbc.sql("select count(*) from people.reveal_log where fields like :id or reason like :id")
                .param("id", "%" + id.substring(6, 14) + "%").query(Long.class).single()).isZero();

        JsonNode first = jijian.get("/api/v1/access-log?limit=1").json();
        JsonNode second = jijian.get("/api/v1/access-log?limit=1&after=" + first.get("next").asString()).json();
        assertThat(second.get("items").get(0).get("id").asLong()).isLessThan(first.get("items").get(0).get("id").asLong());
        assertThat(jijian.get("/api/v1/access-log?kind=PEEK").status()).isEqualTo(400);
        assertThat(jijian.get("/api/v1/access-log?from=2026-02-01&to=2026-01-01").isProblem()).isTrue();
        assertThat(jijian.get("/api/v1/access-log?from=tomorrow").status()).isEqualTo(400);
        assertThat(jijian.get("/api/v1/access-log?territory=530326103&user=wangge").json().get("items").size()).isZero();
        assertThat(Http.as(port, "yiche").get("/api/v1/access-log").status()).isEqualTo(403);
        assertThat(wangge.get("/api/v1/access-log").status()).isEqualTo(403);
        assertThat(Http.as(port, "admin").get("/api/v1/access-log?user=wangge&kind=REVEAL").status()).isEqualTo(200);

        Http page = Http.anonymous(port);
        page.formLogin("jijian", Http.DEMO_PASSWORD);
        String logPage = page.get("/people/access-log?user=wangge&kind=REVEAL&from=2000-01-01").body();
        assertThat(logPage).contains("核实残疾补贴").contains("value=\"wangge\"").contains("value=\"2000-01-01\"")
                .containsPattern("value=\"REVEAL\"\\s+selected");
        var bad = page.get("/people/access-log?user=wangge&from=31/12/2026");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("格式如").contains("value=\"wangge\"").contains("value=\"31/12/2026\"");
    }

    @Test
    void anotherTownCannotLearnThatAnIdNumberIsRegisteredElsewhere() {
        String elsewhere = PeopleApiIT.newIdNumber(true);
        registered(Http.as(port, "wangge"), "冯德厚", elsewhere, "13644445555");

        Http yiche = Http.as(port, "yiche");
        String yicheVillage = yiche.get("/api/v1/divisions/530326103/children").json().get("items").get(0).get("code").asString();
        String yicheGrid = yiche.get("/api/v1/grids?village=" + yicheVillage).json().get("items").get(0).get("code").asString();
        long household = yiche.postJson("/api/v1/households", "{\"territoryCode\":\"" + yicheGrid + "\",\"address\":\"迤车镇新街 8 号\"}")
                .json().get("id").asLong();
        String ownTown = PeopleApiIT.newIdNumber(false);
        assertThat(yiche.postJson("/api/v1/residents", "{\"householdId\":%d,\"name\":\"蒋一\",\"idNumber\":\"%s\"}"
                .formatted(household, ownTown)).status()).isEqualTo(201);
        long before = jdbc.sql("select count(*) from people.resident").query(Long.class).single();

        var foreign = yiche.postJson("/api/v1/residents", "{\"householdId\":%d,\"name\":\"蒋二\",\"idNumber\":\"%s\"}"
                .formatted(household, elsewhere));
        var local = yiche.postJson("/api/v1/residents", "{\"householdId\":%d,\"name\":\"蒋二\",\"idNumber\":\"%s\"}"
                .formatted(household, ownTown));
        assertThat(foreign.status()).isEqualTo(409).isEqualTo(local.status());
        assertThat(foreign.detail()).isEqualTo(local.detail());
        assertThat(foreign.body()).doesNotContain("冯德厚").doesNotContain("古城").doesNotContain("堂琅")
                .doesNotContain(GRID).doesNotContain("530326001");
        assertThat(jdbc.sql("select count(*) from people.resident").query(Long.class).single()).isEqualTo(before);

        long foreignResident = jdbc.sql("select id from people.resident where name = '冯德厚'").query(Long.class).single();
        var moveForeign = yiche.postJson("/api/v1/residents/" + foreignResident + "/move", "{\"reason\":\"迁出\"}");
        var moveNobody = yiche.postJson("/api/v1/residents/" + (foreignResident + 1_000_000_000L) + "/move", "{\"reason\":\"迁出\"}");
        assertThat(moveForeign.status()).isEqualTo(404).isEqualTo(moveNobody.status());
        assertThat(moveForeign.body()).doesNotContain("冯德厚");
        assertThat(moveForeign.detail().replace(Long.toString(foreignResident), "#"))
                .isEqualTo(moveNobody.detail().replace(Long.toString(foreignResident + 1_000_000_000L), "#"));
    }

    @Test
    void aHouseholdsHistoryDoesNotTellAnotherTownWhereAMemberCameFrom() {
        Http admin = Http.as(port, "admin");
        String yicheVillage = admin.get("/api/v1/divisions/530326103/children").json().get("items").get(0).get("code").asString();
        String yicheGrid = admin.get("/api/v1/grids?village=" + yicheVillage).json().get("items").get(0).get("code").asString();
        long from = admin.postJson("/api/v1/households", "{\"territoryCode\":\"" + yicheGrid + "\",\"address\":\"迤车镇旧街 9 号\"}")
                .json().get("id").asLong();
        long to = admin.postJson("/api/v1/households", "{\"territoryCode\":\"" + GRID + "\",\"address\":\"堂琅社区投亲巷 1 号\"}")
                .json().get("id").asLong();
        long resident = admin.postJson("/api/v1/residents", "{\"householdId\":%d,\"name\":\"褚明\",\"idNumber\":\"%s\"}"
                .formatted(from, PeopleApiIT.newIdNumber(true))).json().get("id").asLong();
        assertThat(admin.postJson("/api/v1/residents/" + resident + "/move",
                "{\"toHouseholdId\":%d,\"relation\":\"户主\",\"reason\":\"投亲\",\"version\":0}".formatted(to)).status())
                .isEqualTo(200);

        var seenByTheTown = Http.as(port, "gucheng").get("/api/v1/households/" + to);
        assertThat(seenByTheTown.json().get("history").get(0).get("to").asString()).isEqualTo("其他住户");
        assertThat(seenByTheTown.body()).doesNotContain("迤车镇旧街");
        assertThat(admin.get("/api/v1/households/" + to).json().get("history").get(0).get("to").asString())
                .isEqualTo("迤车镇旧街 9 号");
    }

    @Test
    void theAccessLogIsRefusedToAResidentADepartmentAndATownOfficial() {
        for (String refused : new String[] {"jumin", "bumen", "yiche", "wangge"}) {
            Http as = Http.as(port, refused);
            assertThat(as.get("/api/v1/access-log").status()).as(refused).isEqualTo(403);
            assertThat(as.get("/people/access-log").status()).as(refused + "'s page").isEqualTo(403);
        }
        assertThat(Http.as(port, "jijian").get("/api/v1/access-log?limit=1").status()).isEqualTo(200);
    }
}
