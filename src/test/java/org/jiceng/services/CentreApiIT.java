package org.jiceng.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jiceng.Scope;
import org.jiceng.identity.IdentityApi;
import org.jiceng.people.PeopleApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Centres over HTTP: written by the committees of their place with opening hours that sessions must keep to, read
 * by everyone, and found within 1,000 m of a household's building or a point.
 */
@AppTest
class CentreApiIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    @Autowired
    PeopleApi peopleApi;

    @Test
    void hoursThatCloseBeforeTheyOpenAreRefusedAndSessionsMustLieInsideTheOpeningHours() {
        Http shequ = Http.as(port, "shequ");
        var bad = shequ.postJson("/api/v1/services/centres", """
                {"territoryCode": "530326001001", "name": "时间倒置中心", "address": "堂琅社区", "lat": 26.4, "lon": 103.3,
                 "hours": [{"weekday": 1, "opens": "18:00", "closes": "08:00"}]}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.detail()).contains("关门时间须晚于开门时间");
        assertThat(shequ.get("/api/v1/services/centres?territory=530326001001").json().get("items"))
                .noneMatch(c -> c.get("name").asString().equals("时间倒置中心"));

        LocalDate monday = LocalDate.now(ZoneOffset.ofHours(8)).plusDays(1);
        while (monday.getDayOfWeek().getValue() != 1) {
            monday = monday.plusDays(1);
        }
        var created = shequ.postJson("/api/v1/services/centres", """
                {"territoryCode": "530326001001", "name": "工作日中心%d", "address": "堂琅社区", "lat": 26.4,
                 "lon": 103.3, "hours": [{"weekday": 1, "opens": "08:30", "closes": "17:30"},
                                         {"weekday": 2, "opens": "08:30", "closes": "17:30"}],
                 "closedDays": [{"day": "%s", "reason": "设备检修"}],
                 "services": [{"kind": "MEAL", "name": "午餐", "priceFen": 800}]}"""
                .formatted(System.nanoTime() % 100000, monday.plusDays(1)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        JsonNode centre = shequ.get("/api/v1/services/centres/" + id).json();
        assertThat(centre.get("hoursSummary").asString()).isEqualTo("周一 08:30–17:30；周二 08:30–17:30");
        long meal = centre.get("services").get(0).get("id").asLong();
        assertThat(centre.get("services").get(0).get("priceFen").asLong()).isEqualTo(800);
        String path = "/api/v1/services/centres/" + id + "/sessions";
        String session = "{\"serviceId\": %d, \"day\": \"%s\", \"startsAt\": \"%s\", \"endsAt\": \"%s\", \"capacity\": 30, \"weeks\": %d}";
        var late = shequ.postJson(path, session.formatted(meal, monday, "17:00", "18:00", 1));
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.detail()).contains("开放时间内");
        var sunday = shequ.postJson(path, session.formatted(meal, monday.plusDays(6), "11:00", "12:00", 1));
        assertThat(sunday.status()).isEqualTo(400);
        assertThat(sunday.detail()).contains("周日服务中心不开放");
        var closed = shequ.postJson(path, session.formatted(meal, monday.plusDays(1), "11:00", "12:00", 1));
        assertThat(closed.status()).isEqualTo(400);
        assertThat(closed.detail()).contains("闭馆");
        var weekly = shequ.postJson(path, session.formatted(meal, monday.plusDays(1), "11:30", "13:00", 1));
        assertThat(weekly.status()).isEqualTo(400);
        var threeMondays = shequ.postJson(path, session.formatted(meal, monday, "11:30", "13:00", 3));
        assertThat(threeMondays.status()).as(threeMondays.body()).isEqualTo(201);
        assertThat(threeMondays.json().get("items").size()).isEqualTo(3);
        var tuesdays = shequ.postJson(path, session.formatted(meal, monday.plusDays(8), "11:30", "13:00", 2));
        assertThat(tuesdays.json().get("items").size()).isEqualTo(2);
        assertThat(shequ.get(path + "?from=" + monday + "&days=21").json().get("items").size()).isEqualTo(5);
    }

    @Test
    void theCentresWithinOneThousandMetresOfAPointAreFoundAndOneFartherIsNot() {
        CentrePeople people = new CentrePeople(port, identity);
        double lat = 26.3001;
        double lon = 103.5001;
        var near = people.centre("九百九十米中心", north(lat, 990), lon);
        var far = people.centre("一千零一十米中心", north(lat, 1010), lon);
        JsonNode answer = Http.as(port, "jumin").get("/api/v1/services/centres/nearby?lat=" + lat + "&lon=" + lon).json();
        assertThat(answer.get("centres")).extracting(c -> c.get("centre").get("id").asLong())
                .contains(near.id()).doesNotContain(far.id());
        JsonNode found = answer.get("centres").get(0);
        assertThat(found.get("metres").asLong()).isEqualTo(990);
        assertThat(found.get("minutes").asLong()).isEqualTo(15);
        assertThat(Http.as(port, "jumin").get("/api/v1/services/centres/nearby").status()).isEqualTo(400);
    }

    @Test
    void aResidentSeesTheCentresNearTheirHomeAndNoOneElsesHousehold() {
        var jumin = identity.findByUsername("jumin").orElseThrow();
        long household = peopleApi.resident(jumin.residentId(), Scope.everything()).orElseThrow().householdId();
        Http http = Http.as(port, "jumin");
        JsonNode home = http.get("/api/v1/services/centres/nearby?household=" + household).json();
        assertThat(home.get("household").asLong()).isEqualTo(household);
        double lat = home.get("lat").asDouble();
        double lon = home.get("lon").asDouble();
        var beside = new CentrePeople(port, identity).centre("楼下服务点" + System.nanoTime() % 1000, north(lat, 300), lon);
        home = http.get("/api/v1/services/centres/nearby?household=" + household).json();
        assertThat(home.get("centres")).extracting(c -> c.get("centre").get("id").asLong()).contains(beside.id());
        assertThat(home.get("centres")).allMatch(c -> c.get("metres").asLong() <= 1000);
        assertThat(Http.as(port, "gucheng").get("/api/v1/services/centres/nearby?household=" + household).status())
                .isEqualTo(200);
        assertThat(Http.as(port, "yiche").get("/api/v1/services/centres/nearby?household=" + household).status())
                .isEqualTo(404);
        assertThat(new CentrePeople(port, identity).resident("stranger")
                .get("/api/v1/services/centres/nearby?household=" + household).status()).isEqualTo(404);
    }

    @Test
    void onlyTheCommitteesOfItsPlaceWriteACentre() {
        String body = """
                {"territoryCode": "530326001001", "name": "越权中心", "address": "堂琅社区", "lat": 26.4, "lon": 103.3,
                 "hours": [{"weekday": 1, "opens": "08:00", "closes": "12:00"}]}""";
        assertThat(Http.as(port, "yiche").postJson("/api/v1/services/centres", body).status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").postJson("/api/v1/services/centres", body).status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").postJson("/api/v1/services/centres", body).status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get("/api/v1/services/centres").status()).isEqualTo(200);
    }

    private static double north(double lat, double metres) {
        return WalkingDistanceTests.destination(lat, 0, metres, 0)[0];
    }
}
