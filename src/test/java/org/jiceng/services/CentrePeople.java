package org.jiceng.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.Http;
import tools.jackson.databind.JsonNode;

/**
 * A centre of 堂琅社区 open every day from 07:00 to 22:00 with one service, made by the community's staff (shequ), its
 * sessions, and residents of the community with accounts of their own (so no other test's bookings are theirs).
 */
final class CentrePeople {

    static final String TANGLANG = "530326001001";
    private static final AtomicInteger NAMES = new AtomicInteger();

    final int port;
    final IdentityApi identity;
    final Http shequ;

    CentrePeople(int port, IdentityApi identity) {
        this.port = port;
        this.identity = identity;
        this.shequ = Http.as(port, "shequ");
    }

    record Centre(long id, long serviceId) {
    }

    Centre centre(String name, double lat, double lon) {
        StringBuilder hours = new StringBuilder();
        for (int d = 1; d <= 7; d++) {
            hours.append(d > 1 ? "," : "").append("{\"weekday\": %d, \"opens\": \"07:00\", \"closes\": \"22:00\"}"
                    .formatted(d));
        }
        var created = shequ.postJson("/api/v1/services/centres", """
                {"territoryCode": "%s", "kind": "CENTRE", "name": "%s", "address": "堂琅社区测试楼",
                 "lat": %s, "lon": %s, "hours": [%s], "rooms": [{"name": "活动室", "capacity": 50}],
                 "services": [{"kind": "CLASS", "name": "测试课程"}]}"""
                .formatted(TANGLANG, name, lat, lon, hours));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        long service = shequ.get("/api/v1/services/centres/" + id).json().get("services").get(0).get("id").asLong();
        return new Centre(id, service);
    }

    /** A session {@code daysAhead} days from today (Beijing) at {@code start}–{@code end}. */
    JsonNode session(Centre centre, int daysAhead, String start, String end, int capacity, int waitingLimit) {
        String day = LocalDate.now(ZoneOffset.ofHours(8)).plusDays(daysAhead).toString();
        var made = shequ.postJson("/api/v1/services/centres/" + centre.id() + "/sessions", """
                {"serviceId": %d, "day": "%s", "startsAt": "%s", "endsAt": "%s", "capacity": %d, "waitingLimit": %d}"""
                .formatted(centre.serviceId(), day, start, end, capacity, waitingLimit));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().get("items").get(0);
    }

    /** A new resident of 堂琅社区 with an account, signed in. */
    Http resident(String prefix) {
        String username = prefix + "-" + NAMES.incrementAndGet() + "-" + (System.nanoTime() % 100000);
        identity.createUser(new IdentityApi.NewUser(username, "测试居民" + NAMES.get(), Http.DEMO_PASSWORD,
                List.of(new CurrentUser.Grant(Role.RESIDENT, TANGLANG, null))));
        return Http.as(port, username);
    }

    static String book(long session) {
        return "{\"sessionId\": %d}".formatted(session);
    }
}
