package org.jiceng.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two residents race for the last seat of a session over real HTTP, round after round: exactly one gets the seat,
 * the other the waiting-list place (or a 409 when the session keeps no waiting list), and the database never holds
 * more seats than the session has.
 */
@AppTest
class BookingRaceIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    @Autowired
    JdbcClient jdbc;

    record Answer(int status, String bookingStatus) {
    }

    @Test
    void twoResidentsRacingForTheLastSeatNeverBothGetIt() throws Exception {
        CentrePeople people = new CentrePeople(port, identity);
        var centre = people.centre("抢座测试中心", 26.41, 103.29);
        Http a = people.resident("race-a");
        Http b = people.resident("race-b");
        Http first = people.resident("race-first");
        for (int round = 0; round < 8; round++) {
            boolean keepsWaitingList = round % 2 == 0;
            // two seats, one already taken: the racers fight for the last
            long session = people.session(centre, 1 + round / 4, "%02d:00".formatted(8 + round % 4),
                    "%02d:50".formatted(8 + round % 4), 2, keepsWaitingList ? 1 : 0).get("id").asLong();
            assertThat(first.postJson("/api/v1/services/bookings", CentrePeople.book(session)).status()).isEqualTo(201);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> answers = new ArrayList<>();
            try (var pool = Executors.newFixedThreadPool(2)) {
                for (Http racer : List.of(a, b)) {
                    answers.add(pool.submit(() -> {
                        go.await();
                        var answer = racer.postJson("/api/v1/services/bookings", CentrePeople.book(session));
                        return new Answer(answer.status(),
                                answer.status() == 201 ? answer.json().get("status").asString() : null);
                    }));
                }
                go.countDown();
                List<Answer> got = new ArrayList<>();
                for (var f : answers) {
                    got.add(f.get());
                }
                assertThat(got.stream().filter(x -> "BOOKED".equals(x.bookingStatus())).count())
                        .as("round %d: %s", round, got).isEqualTo(1);
                if (keepsWaitingList) {
                    assertThat(got).as("round %d", round).extracting(Answer::bookingStatus)
                            .containsExactlyInAnyOrder("BOOKED", "WAITING");
                } else {
                    assertThat(got).as("round %d", round).extracting(Answer::status)
                            .containsExactlyInAnyOrder(201, 409);
                }
            }
            int seats = jdbc.sql("select count(*) from services.booking where session_id = :s and status = 'BOOKED'")
                    .param("s", session).query(Integer.class).single();
            int counted = jdbc.sql("select booked from services.session where id = :s").param("s", session)
                    .query(Integer.class).single();
            assertThat(seats).isEqualTo(2);
            assertThat(counted).isEqualTo(2);
        }
    }
}
