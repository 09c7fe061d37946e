package org.jiceng.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.people.internal.demo.PeopleDemoGenerator;
import org.jiceng.people.internal.PersonalDataCipher;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The demo start fills 古城街道 (town scale, the default) with a household register, and only 古城街道. */
@AppTest
class PeopleDemoIT {

    static final String GUCHENG = "530326001";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    PeopleDemoGenerator generator;

    record Sample(long id, String name, byte[] idNumberCipher, byte[] phoneCipher) {
    }

    /**
     * The generated rows are those with ids up to the counts the generator reports: it wrote them with explicit
     * ids before any test ran. (Other tests share this database and add rows of their own.)
     */
    @Test
    void guchengHasHouseholdsResidentsAndChiefsAndNoOtherTownHasAny() {
        PeopleDemoGenerator.Report report = generator.lastRun().orElseThrow();
        assertThat(report.scale()).isEqualTo("town");
        long households = report.households();
        long residents = report.residents();
        assertThat(households).isGreaterThan(1_000);
        assertThat(residents / (double) households).isBetween(3.2, 3.5);
        assertThat(count("select count(*) from people.household where id <= " + households
                + " and territory_code like '530326001%'")).isEqualTo(households);
        assertThat(count("select count(*) from people.resident where id <= " + residents
                + " and territory_code like '530326001%'")).isEqualTo(residents);
        assertThat(count("select count(*) from people.building where id <= " + report.buildings()
                + " and grid_code like '530326001%'")).isEqualTo(report.buildings());
        assertThat(count("select count(*) from people.household where id <= " + households + " and chief_id is null"))
                .isZero();
        assertThat(count("select count(distinct chief_id) from people.household where id <= " + households))
                .isEqualTo(report.chiefs());
        assertThat(households / (double) report.chiefs()).isBetween(11.0, 13.0);
        assertThat(count("select count(*) from people.household h join people.resident c on c.id = h.chief_id"
                + " where h.id <= " + households + " and c.territory_code <> h.territory_code")).isZero();
        assertThat(count("select count(distinct kind) from people.building where id <= " + report.buildings()))
                .isEqualTo(2);
        // the grid each household was generated in: other tests of the same run may have moved a few since
        assertThat(count("select count(distinct coalesce((select m.from_territory from people.household_move m"
                + " where m.household_id = h.id order by m.moved_at, m.id limit 1), h.territory_code))"
                + " from people.household h where h.id <= " + households))
                .isEqualTo(report.grids());
        // every grid of the town had households; other tests may import grids into the town after the demo
        assertThat(count("select count(*) from territory.grid where code like '530326001%'"))
                .isGreaterThanOrEqualTo(report.grids());
    }

    @Test
    void aGeneratedResidentIsServedWithMaskedNumbers() {
        Sample sample = sample();
        String idNumber = cipher.decrypt("id_number", sample.idNumberCipher());
        String phone = cipher.decrypt("phone", sample.phoneCipher());
        Http.Response answer = Http.as(port, "gucheng").get("/api/v1/residents/" + sample.id());
        assertThat(answer.status()).isEqualTo(200);
        JsonNode resident = answer.json();
        assertThat(resident.get("name").asString()).isEqualTo(sample.name());
        assertThat(resident.get("idNumber").asString()).isEqualTo(new IdNumber(idNumber).masked())
                .matches("5303\\*{13}[0-9X]");
        assertThat(resident.get("phone").asString()).isEqualTo(new Phone(phone).masked()).matches("1\\d{2}\\*{4}\\d{4}");
        assertThat(answer.body()).doesNotContain(idNumber).doesNotContain(phone);
        assertThat(Http.as(port, "yiche").get("/api/v1/residents/" + sample.id()).status()).isEqualTo(404);
    }

    @Test
    void searchingByANamePrefixOrAnIdNumberFindsThem() {
        Sample sample = sample();
        String prefix = sample.name().substring(0, 2);
        Http gucheng = Http.as(port, "gucheng");
        JsonNode items = gucheng.get("/api/v1/residents?q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8))
                .json().get("items");
        long expected = jdbc.sql("select count(*) from people.resident where name like :p"
                + " and territory_code like '530326001%'").param("p", prefix + "%").query(Long.class).single();
        assertThat(items.size()).isEqualTo((int) Math.min(50, expected)).isPositive();
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.get("name").asString()));
        assertThat(names).allMatch(name -> name.startsWith(prefix)).isSorted();

        String idNumber = cipher.decrypt("id_number", sample.idNumberCipher());
        JsonNode byId = gucheng.get("/api/v1/residents?q=" + idNumber).json().get("items");
        assertThat(byId.size()).isEqualTo(1);
        assertThat(byId.get(0).get("id").asLong()).isEqualTo(sample.id());
        assertThat(Http.as(port, "yiche").get("/api/v1/residents?q=" + idNumber).json().get("items").size()).isZero();
    }

    private Sample sample() {
        return jdbc.sql("""
                        select id, name, id_number_cipher, phone_cipher from people.resident
                        where phone_cipher is not null and id <= 5000 order by id offset 1000 limit 1""")
                .query(Sample.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
