package org.jiceng.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.volunteer.internal.Volunteers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The 爱心超市 over HTTP: goods, donations, redemptions with points, the last-item race and the statement. */
@AppTest
class StoreApiIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    @Autowired
    Volunteers volunteers;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    PointsPeople people;
    Http shequ;

    @BeforeEach
    void people() {
        people = new PointsPeople(port, identity, volunteers, events, transaction, jdbc);
        shequ = Http.as(port, "shequ");
    }

    long good(String name, long price, int stock) {
        var created = shequ.postJson("/api/v1/volunteer/store/goods", """
                {"communityCode": "%s", "name": "%s", "price": %d, "stock": %d}"""
                .formatted(PointsPeople.TANGLANG, name, price, stock));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void aResidentRedeemsAGoodWithPointsAndStockAndBalanceFallTogether() {
        var p = people.resident("store-redeem", PointsPeople.TANGLANG);
        people.confirmHours(p.volunteerId(), PointsPeople.TANGLANG, 600);
        long before = p.http().get("/api/v1/volunteer/points/mine").json().get("balance").get("balance").asLong();
        long good = good("洗衣液", 30, 3);
        var redeemed = p.http().postJson("/api/v1/volunteer/store/goods/" + good + "/redeem", "{\"quantity\": 2}");
        assertThat(redeemed.status()).as(redeemed.body()).isEqualTo(201);
        assertThat(redeemed.json().get("points").asLong()).isEqualTo(60);
        assertThat(shequ.get("/api/v1/volunteer/store/goods/" + good).json().get("stock").asInt()).isEqualTo(1);
        JsonNode mine = p.http().get("/api/v1/volunteer/points/mine").json();
        assertThat(mine.get("balance").get("balance").asLong()).isEqualTo(before - 60);
        JsonNode entry = mine.get("entries").get("items").get(0);
        assertThat(entry.get("sourceKind").asString()).isEqualTo("REDEMPTION");
        assertThat(entry.get("sourceId").asLong()).isEqualTo(redeemed.json().get("id").asLong());
        assertThat(p.http().get("/api/v1/volunteer/store/redemptions/mine").json().get("items").get(0).get("goodId").asLong())
                .isEqualTo(good);
        // more than the stock, or more than the points: refused, nothing written
        assertThat(p.http().postJson("/api/v1/volunteer/store/goods/" + good + "/redeem", "{\"quantity\": 2}").status())
                .isEqualTo(409);
        long dear = good("电饭煲", 1_000_000, 1);
        var poor = p.http().postJson("/api/v1/volunteer/store/goods/" + dear + "/redeem", "{\"quantity\": 1}");
        assertThat(poor.status()).isEqualTo(409);
        assertThat(poor.detail()).contains("积分不足");
        assertThat(shequ.get("/api/v1/volunteer/store/goods/" + dear).json().get("stock").asInt()).isEqualTo(1);
    }

    @Test
    void theLastItemRedeemedByTwoPeopleAtOnceGoesToExactlyOne() throws Exception {
        var a = people.resident("store-race-a", PointsPeople.TANGLANG);
        var b = people.resident("store-race-b", PointsPeople.TANGLANG);
        people.confirmHours(a.volunteerId(), PointsPeople.TANGLANG, 120);
        people.confirmHours(b.volunteerId(), PointsPeople.TANGLANG, 120);
        for (int round = 0; round < 5; round++) {
            long good = good("最后一袋大米" + round, 5, 1);
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Integer>> calls = new ArrayList<>();
            for (var p : List.of(a, b)) {
                calls.add(() -> {
                    start.await();
                    return p.http().postJson("/api/v1/volunteer/store/goods/" + good + "/redeem", "{\"quantity\": 1}").status();
                });
            }
            try (var pool = Executors.newFixedThreadPool(2)) {
                var futures = calls.stream().map(pool::submit).toList();
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (var f : futures) {
                    statuses.add(f.get());
                }
                assertThat(statuses).containsExactlyInAnyOrder(201, 409);
            }
            assertThat(shequ.get("/api/v1/volunteer/store/goods/" + good).json().get("stock").asInt()).isZero();
            assertThat(jdbc.sql("select count(*) from volunteer.store_movement where good_id = :g and kind = 'REDEMPTION'")
                    .param("g", good).query(Long.class).single()).isOne();
        }
    }

    @Test
    void donationsComeInAndTheMonthlyStatementBalancesInExcelToo() throws Exception {
        var p = people.resident("store-donor", PointsPeople.TANGLANG);
        long good = good("爱心书包", 50, 0);
        var donated = shequ.postJson("/api/v1/volunteer/store/goods/" + good + "/donations", """
                {"donor": "县住建局职工", "quantity": 4, "volunteerId": %d, "points": 8}""".formatted(p.volunteerId()));
        assertThat(donated.status()).as(donated.body()).isEqualTo(201);
        assertThat(p.http().get("/api/v1/volunteer/points/mine").json().get("entries").get("items").get(0)
                .get("sourceKind").asString()).isEqualTo("DONATION");
        p.http().postJson("/api/v1/volunteer/store/goods/" + good + "/redeem", "{\"quantity\": 1}");
        String month = YearMonth.now(ZoneOffset.ofHours(8)).toString();
        JsonNode statement = shequ.get("/api/v1/volunteer/store/statement?village=" + PointsPeople.TANGLANG + "&month=" + month).json();
        JsonNode line = statement.get("lines").valueStream().filter(l -> l.get("goodId").asLong() == good).findFirst().orElseThrow();
        assertThat(line.get("opening").asLong()).isZero();
        assertThat(line.get("in").asLong()).isEqualTo(4);
        assertThat(line.get("out").asLong()).isEqualTo(p.http().get("/api/v1/volunteer/store/goods/" + good).json()
                .get("stock").asInt() == 3 ? 1 : 0);
        assertThat(line.get("closing").asLong()).isEqualTo(shequ.get("/api/v1/volunteer/store/goods/" + good).json().get("stock").asLong());
        assertThat(p.http().get("/api/v1/volunteer/store/statement?village=" + PointsPeople.TANGLANG + "&month=2020-01")
                .json().get("lines").valueStream().noneMatch(l -> l.get("goodId").asLong() == good)).isTrue();
        var xlsx = shequ.download("/api/v1/volunteer/store/statement.xlsx?village=" + PointsPeople.TANGLANG + "&month=" + month);
        assertThat(xlsx.status()).isEqualTo(200);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("商品");
            assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThanOrEqualTo(3);
        }
        assertThat(shequ.get("/api/v1/volunteer/store/statement?village=" + PointsPeople.TANGLANG + "&month=2026-13").status())
                .isEqualTo(400);
    }

    @Test
    void aChangeOfAGoodNeedsTheVersionItWasReadAt() {
        long good = good("毛巾", 10, 2);
        var changed = shequ.putJson("/api/v1/volunteer/store/goods/" + good, "{\"price\": 12, \"version\": 0}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("price").asLong()).isEqualTo(12);
        assertThat(shequ.putJson("/api/v1/volunteer/store/goods/" + good, "{\"price\": 15, \"version\": 0}").status())
                .isEqualTo(409);
    }

    @Test
    void anotherTownAResidentAndADepartmentAreRefusedWhereTheyMustBe() {
        var p = people.resident("store-refused", PointsPeople.TANGLANG);
        long good = good("香皂", 5, 5);
        String path = "/api/v1/volunteer/store/goods/" + good;
        assertThat(Http.as(port, "yiche").get(path).status()).isEqualTo(404);
        assertThat(Http.as(port, "yiche").postJson(path + "/donations", "{\"donor\": \"x\", \"quantity\": 1}").status())
                .isEqualTo(404);
        assertThat(p.http().postJson(path + "/donations", "{\"donor\": \"x\", \"quantity\": 1}").status()).isEqualTo(403);
        assertThat(p.http().postJson("/api/v1/volunteer/store/goods", """
                {"communityCode": "530326001001", "name": "x", "price": 1}""").status()).isEqualTo(403);
        assertThat(p.http().get("/api/v1/volunteer/store/movements?village=530326001001").status()).isEqualTo(404);
        assertThat(p.http().get("/api/v1/volunteer/store/goods?village=530326001001").status()).isEqualTo(200);
        assertThat(Http.as(port, "bumen").get(path).status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get("/api/v1/volunteer/store/goods?village=530326001001").status()).isEqualTo(403);
        assertThat(Http.as(port, "shequ").postJson(path + "/redeem", "{\"quantity\": 1}").status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").download("/api/v1/volunteer/store/statement.xlsx?village=530326001001").status())
                .isEqualTo(403);
        assertThat(Http.as(port, "yiche").get("/api/v1/volunteer/store/movements?village=530326001001").status())
                .isEqualTo(404);
    }
}
