package org.jiceng.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@AppTest
class PeopleApiIT {

    static final String TANGLANG_GRID = "530326001001001";
    static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /**
     * A valid, unused ID number: born 1970 plus a counter (from 1980 on), in 会泽县, with a sequence the demo register
     * never uses; {@code TestWorkbooks.uniqueId} keeps to births before 1970.
     */
    static String newIdNumber(boolean male) {
        int n = SEQUENCE.incrementAndGet();
        String first17 = "530326" + LocalDate.of(1970, 1, 1).plusDays(n * 37L).toString().replace("-", "")
                + "9" + String.format("%02d", (n % 45) * 2 + (male ? 1 : 2));
        return first17 + IdNumber.checkCharacter(first17);
    }

    long household(Http as, String grid, String address) {
        var answer = as.postJson("/api/v1/households", "{\"territoryCode\":\"" + grid + "\",\"address\":\"" + address + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asLong();
    }

    long resident(Http as, long household, String name, String relation, String id, String phone) {
        var answer = as.postJson("/api/v1/residents", """
                {"householdId": %d, "name": "%s", "relation": "%s", "idNumber": "%s", "phone": "%s", "tags": ["独居老人"]}"""
                .formatted(household, name, relation, id, phone));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asLong();
    }

    @Test
    void aResidentIsStoredEncryptedAndShownMasked() {
        Http wangge = Http.as(port, "wangge");
        long household = household(wangge, TANGLANG_GRID, "堂琅社区翠屏小区 1 栋 1 单元 101 室");
        String id = newIdNumber(true);
        long resident = resident(wangge, household, "张建国", "户主", id, "13812341234");

        JsonNode shown = wangge.get("/api/v1/residents/" + resident).json();
        assertThat(shown.get("idNumber").asString()).isEqualTo(id.substring(0, 4) + "*".repeat(13) + id.substring(17));
        assertThat(shown.get("phone").asString()).isEqualTo("138****1234");
        assertThat(shown.get("gender").asString()).isEqualTo("MALE");
        // the age, not the birth date: beside the masked number a date would narrow it to a few dozen numbers
        assertThat(shown.has("birthDate")).isFalse();
        assertThat(shown.get("age").asInt()).isEqualTo(java.time.Period.between(LocalDate.parse(id.substring(6, 10) + "-"
                + id.substring(10, 12) + "-" + id.substring(12, 14)), LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))).getYears());
        assertThat(shown.get("tags").get(0).asString()).isEqualTo("LIVING_ALONE_ELDERLY");

        byte[] stored = jdbc.sql("select id_number_cipher from people.resident where id = :id").param("id", resident)
                .query(byte[].class).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(id);
        String raw = jdbc.sql("select concat_ws('|', name, id_number_masked, phone_masked, encode(id_number_cipher, 'escape')) from people.resident where id = :id")
                .param("id", resident).query(String.class).single();
        assertThat(raw).doesNotContain(id).doesNotContain("13812341234");

        JsonNode household1 = wangge.get("/api/v1/households/" + household).json();
        assertThat(household1.get("members").get(0).get("idNumber").asString()).contains("*");
        assertThat(household1.toString()).doesNotContain(id);
    }

    @Test
    void revealGivesFullNumbersOnlyWithAReasonAndLogsIt() {
        Http wangge = Http.as(port, "wangge");
        long household = household(wangge, TANGLANG_GRID, "堂琅社区丰乐巷 8 号");
        String id = newIdNumber(false);
        long resident = resident(wangge, household, "李秀英", "户主", id, "13987654321");

        assertThat(wangge.postJson("/api/v1/residents/" + resident + "/reveal", "{}").status()).isEqualTo(400);
        var revealed = wangge.postJson("/api/v1/residents/" + resident + "/reveal", "{\"reason\":\"核实低保申请\"}");
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.json().get("idNumber").asString()).isEqualTo(id);
        assertThat(revealed.json().get("phone").asString()).isEqualTo("13987654321");
        assertThat(jdbc.sql("select reason from people.reveal_log where resident_id = :id and username = 'wangge' and kind = 'REVEAL'")
                .param("id", resident).query(String.class).list()).containsExactly("核实低保申请");

        // a resident may reveal their own numbers only; anyone else's record is not confirmed to exist
        assertThat(Http.as(port, "jumin").postJson("/api/v1/residents/" + resident + "/reveal", "{\"reason\":\"好奇\"}").status())
                .isEqualTo(404);
        assertThat(Http.as(port, "yiche").postJson("/api/v1/residents/" + resident + "/reveal", "{\"reason\":\"核实\"}").status())
                .isEqualTo(404);
    }

    @Test
    void searchFindsByNamePrefixIdAndPhoneWithinScope() {
        Http wangge = Http.as(port, "wangge");
        long household = household(wangge, TANGLANG_GRID, "堂琅社区盈仓路 3 号");
        String id = newIdNumber(true);
        resident(wangge, household, "欧阳修远", "户主", id, "13700001111");

        assertThat(wangge.get("/api/v1/residents?q=欧阳").json().get("items").get(0).get("name").asString()).isEqualTo("欧阳修远");
        assertThat(wangge.get("/api/v1/residents?q=" + id).json().get("items").size()).isEqualTo(1);
        assertThat(wangge.get("/api/v1/residents?q=13700001111").json().get("items").size()).isEqualTo(1);
        assertThat(Http.as(port, "yiche").get("/api/v1/residents?q=" + id).json().get("items").size()).isZero();
        assertThat(Http.as(port, "yiche").get("/api/v1/residents?q=欧阳").json().get("items").size()).isZero();
        var notAPhone = wangge.get("/api/v1/residents?q=1234567");
        assertThat(notAPhone.status()).as("digits that are no phone number find nobody, not an error").isEqualTo(200);
        assertThat(notAPhone.json().get("items").size()).isZero();
    }

    @Test
    void badInputIsA400WithTheRuleInChineseAndWritesNothing() {
        Http wangge = Http.as(port, "wangge");
        long household = household(wangge, TANGLANG_GRID, "堂琅社区瑞丰街 5 号");
        long before = jdbc.sql("select count(*) from people.resident").query(Long.class).single();
        String good = newIdNumber(true);
        String badCheck = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');

        var checksum = wangge.postJson("/api/v1/residents", "{\"householdId\":%d,\"name\":\"王五\",\"idNumber\":\"%s\"}".formatted(household, badCheck));
        assertThat(checksum.status()).isEqualTo(400);
        assertThat(checksum.isProblem()).isTrue();
        assertThat(checksum.detail()).contains("校验码错误");

        assertThat(wangge.postJson("/api/v1/residents", "{\"householdId\":%d,\"name\":\"王五\",\"idNumber\":\"53032619800230\"}".formatted(household))
                .detail()).contains("18 位");
        assertThat(wangge.postJson("/api/v1/residents", "{\"householdId\":%d,\"name\":\"\",\"idNumber\":\"%s\"}".formatted(household, good))
                .detail()).contains("姓名");
        assertThat(wangge.postJson("/api/v1/residents", "{\"householdId\":%d,\"name\":\"王五\",\"idNumber\":\"%s\",\"phone\":\"12345\"}".formatted(household, good))
                .detail()).contains("电话号码");
        assertThat(wangge.postJson("/api/v1/residents", "{\"householdId\":%d,\"name\":\"王五\",\"idNumber\":\"%s\",\"tags\":[\"外星人\"]}".formatted(household, good))
                .detail()).contains("未知的人员标签");
        assertThat(wangge.postJson("/api/v1/residents", "{\"householdId\":%d,\"name\":\"王五\",\"idNumber\":\"%s\",\"relation\":\"邻居\"}".formatted(household, good))
                .detail()).contains("与户主关系");
        assertThat(wangge.postJson("/api/v1/residents", "{\"householdId\":\"abc\"}").status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from people.resident").query(Long.class).single()).isEqualTo(before);

        resident(wangge, household, "王五", "户主", good, "");
        var taken = wangge.postJson("/api/v1/residents", "{\"householdId\":%d,\"name\":\"王六\",\"idNumber\":\"%s\"}".formatted(household, good));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.detail()).contains("无法在此登记").contains("迁移");
    }

    @Test
    void guchengCannotReadOrWriteYichesRegister() {
        Http yiche = Http.as(port, "yiche");
        String yicheVillage = yiche.get("/api/v1/divisions/530326103/children").json().get("items").get(0).get("code").asString();
        String yicheGrid = yiche.get("/api/v1/grids?village=" + yicheVillage).json().get("items").get(0).get("code").asString();
        long household = household(yiche, yicheGrid, "迤车镇街上 12 号");
        long resident = resident(yiche, household, "赵有才", "户主", newIdNumber(true), "13600002222");

        Http gucheng = Http.as(port, "gucheng");
        assertThat(gucheng.get("/api/v1/households?territory=530326103").status()).isEqualTo(403);
        assertThat(gucheng.get("/api/v1/households?territory=" + yicheGrid).status()).isEqualTo(403);
        var one = gucheng.get("/api/v1/households/" + household);
        assertThat(one.status()).isEqualTo(404);
        assertThat(one.body()).doesNotContain("迤车镇街上");
        var person = gucheng.get("/api/v1/residents/" + resident);
        assertThat(person.status()).isEqualTo(404);
        assertThat(person.body()).doesNotContain("赵有才");
        assertThat(gucheng.get("/api/v1/households?territory=530326").body()).doesNotContain("迤车镇街上");
        assertThat(gucheng.postJson("/api/v1/residents", "{\"householdId\":%d,\"name\":\"钱七\",\"idNumber\":\"%s\"}"
                .formatted(household, newIdNumber(true))).status()).isEqualTo(400);
        assertThat(gucheng.postJson("/api/v1/households", "{\"territoryCode\":\"" + yicheGrid + "\",\"address\":\"x\"}").status())
                .isEqualTo(400);
        assertThat(gucheng.postJson("/api/v1/residents/" + resident + "/move", "{\"toHouseholdId\":null,\"reason\":\"迁出\"}").status())
                .isEqualTo(404);

        Http pages = Http.anonymous(port);
        pages.formLogin("gucheng", Http.DEMO_PASSWORD);
        assertThat(pages.get("/people/households/" + household).status()).isEqualTo(404);
        assertThat(pages.get("/people/households?territory=530326103").status()).isEqualTo(403);
        String found = pages.get("/people/search?q=赵有才").body();
        assertThat(found.substring(found.indexOf("id=\"results\""))).doesNotContain("赵有才");
    }

    @Test
    void aMoveIsRecordedAndAStaleVersionIsAConflict() {
        Http shequ = Http.as(port, "shequ");
        long from = household(shequ, TANGLANG_GRID, "堂琅社区翠屏小区 2 栋 301 室");
        long to = household(shequ, TANGLANG_GRID, "堂琅社区翠屏小区 2 栋 302 室");
        long resident = resident(shequ, from, "孙丽", "户主", newIdNumber(false), "13500003333");

        var stale = shequ.postJson("/api/v1/residents/" + resident + "/move",
                "{\"toHouseholdId\":%d,\"relation\":\"配偶\",\"reason\":\"婚嫁\",\"version\":7}".formatted(to));
        assertThat(stale.status()).isEqualTo(409);

        var moved = shequ.postJson("/api/v1/residents/" + resident + "/move",
                "{\"toHouseholdId\":%d,\"relation\":\"配偶\",\"reason\":\"婚嫁\",\"version\":0}".formatted(to));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("householdId").asLong()).isEqualTo(to);
        assertThat(moved.json().get("relation").asString()).isEqualTo("配偶");
        assertThat(jdbc.sql("select reason from people.resident_move where resident_id = :id").param("id", resident)
                .query(String.class).single()).isEqualTo("婚嫁");
        assertThat(Http.as(port, "jumin").postJson("/api/v1/residents/" + resident + "/move", "{\"reason\":\"x\"}").status())
                .isEqualTo(403);
    }

    @Test
    void aWholeHouseholdMovesWithItsMembersAndKeepsItsHistory() {
        Http shequ = Http.as(port, "shequ");
        long household = household(shequ, TANGLANG_GRID, "堂琅社区老街 1 号");
        long resident = resident(shequ, household, "钱多多", "户主", newIdNumber(true), "13400004444");
        String otherGrid = shequ.get("/api/v1/grids?village=530326001001").json().get("items").get(1).get("code").asString();

        var moved = shequ.postJson("/api/v1/households/" + household + "/move",
                "{\"territoryCode\":\"%s\",\"address\":\"堂琅社区新街 2 号\",\"reason\":\"整户搬迁\",\"version\":0}".formatted(otherGrid));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("household").get("territoryCode").asString()).isEqualTo(otherGrid);
        assertThat(moved.json().get("history").get(0).get("reason").asString()).isEqualTo("整户搬迁");
        assertThat(shequ.get("/api/v1/residents/" + resident).json().get("territoryCode").asString()).isEqualTo(otherGrid);

        var stale = shequ.postJson("/api/v1/households/" + household + "/move",
                "{\"address\":\"堂琅社区新街 3 号\",\"reason\":\"更正\",\"version\":0}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.detail()).contains("已被他人修改");
        var outOfScope = shequ.postJson("/api/v1/households/" + household + "/move",
                "{\"territoryCode\":\"530326103001001\",\"address\":\"x\",\"reason\":\"y\",\"version\":1}");
        assertThat(outOfScope.status()).isEqualTo(400);
    }
}
