package org.jiceng.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.identity.IdentityApi;
import org.jiceng.services.internal.booking.BookingSweeps;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * Bookings over HTTP: the waiting list moved up on a cancellation (and told), one booking per person, the check-in
 * window, the no-show sweep with its events (once, however often it runs) and the lapse of waiting places, and the
 * refusals of another town, a department and another resident.
 */
@AppTest
@RecordApplicationEvents
class BookingApiIT {

    @Autowired
    ApplicationEvents events;

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    @Autowired
    BookingSweeps sweeps;

    CentrePeople people;
    CentrePeople.Centre centre;

    @BeforeEach
    void centre() {
        people = new CentrePeople(port, identity);
        centre = people.centre("预约测试中心" + System.nanoTime() % 100000, 26.42, 103.30);
    }

    @AfterEach
    void time() {
        clock.reset();
    }

    JsonNode book(Http who, long session, int status) {
        var answer = who.postJson("/api/v1/services/bookings", CentrePeople.book(session));
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        return answer.json();
    }

    @Test
    void aCancelledSeatGoesToTheFirstWaitingResidentWhoIsToldInTheirInbox() throws Exception {
        long session = people.session(centre, 2, "09:00", "10:00", 1, 5).get("id").asLong();
        Http a = people.resident("wait-a");
        Http b = people.resident("wait-b");
        Http c = people.resident("wait-c");
        long first = book(a, session, 201).get("id").asLong();
        JsonNode second = book(b, session, 201);
        assertThat(second.get("status").asString()).isEqualTo("WAITING");
        assertThat(second.get("waitingPosition").asInt()).isEqualTo(1);
        assertThat(book(c, session, 201).get("waitingPosition").asInt()).isEqualTo(2);

        var cancelled = a.postJson("/api/v1/services/bookings/" + first + "/cancel", "");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        JsonNode moved = b.get("/api/v1/services/bookings/" + second.get("id").asLong()).json();
        assertThat(moved.get("status").asString()).isEqualTo("BOOKED");
        assertThat(people.shequ.get("/api/v1/services/bookings?session=" + session).json().get("items"))
                .extracting(n -> n.get("status").asString()).containsExactly("BOOKED", "WAITING");
        assertThat(jdbc.sql("select booked from services.session where id = :s").param("s", session)
                .query(Integer.class).single()).isEqualTo(1);
        long userB = identity.findByUsername(username(b)).orElseThrow().id();
        String title = null;
        for (int i = 0; i < 100 && title == null; i++) {
            title = jdbc.sql("select title from cases.inbox where user_id = :u and kind = 'services.booking'")
                    .param("u", userB).query(String.class).optional().orElse(null);
            Thread.sleep(50);
        }
        assertThat(title).isEqualTo("候补转正：测试课程");
        assertThat(a.postJson("/api/v1/services/bookings/" + first + "/cancel", "").status()).isEqualTo(409);
    }

    @Test
    void aPersonBooksASessionOnceButMayBookForAFamilyMemberBesides() {
        long session = people.session(centre, 2, "10:00", "11:00", 5, 0).get("id").asLong();
        Http a = people.resident("once");
        book(a, session, 201);
        var again = a.postJson("/api/v1/services/bookings", CentrePeople.book(session));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.detail()).contains("不能重复预约");
        var child = a.postJson("/api/v1/services/bookings", """
                {"sessionId": %d, "attendee": "王小明"}""".formatted(session));
        assertThat(child.status()).as(child.body()).isEqualTo(201);
        assertThat(child.json().get("attendee").asString()).isEqualTo("王小明");
        assertThat(a.get("/api/v1/services/bookings").json().get("items").size()).isEqualTo(2);
    }

    @Test
    void theDeskChecksPeopleInOnlyFromHalfAnHourBeforeTheStartToHalfAnHourAfterTheEnd() {
        JsonNode session = people.session(centre, 1, "15:00", "16:00", 5, 0);
        Http a = people.resident("checkin");
        long booking = book(a, session.get("id").asLong(), 201).get("id").asLong();
        var early = people.shequ.postJson("/api/v1/services/bookings/" + booking + "/check-in", "");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.detail()).contains("签到时间");

        OffsetDateTime start = OffsetDateTime.parse(session.get("startsAt").asString());
        String resident = username(a);
        clock.advance(Duration.between(clock.instant(), start.toInstant().minus(Duration.ofMinutes(29))));
        a = Http.as(port, resident); // signed in again: the moved clock outlives the first sign-in
        people = new CentrePeople(port, identity);
        assertThat(a.postJson("/api/v1/services/bookings/" + booking + "/check-in", "").status())
                .as("a resident does not check themselves in").isEqualTo(403);
        assertThat(Http.as(port, "yiche").postJson("/api/v1/services/bookings/" + booking + "/check-in", "")
                .status()).isEqualTo(404);
        var in = people.shequ.postJson("/api/v1/services/bookings/" + booking + "/check-in", "");
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        assertThat(in.json().get("status").asString()).isEqualTo("ATTENDED");
        assertThat(people.shequ.postJson("/api/v1/services/bookings/" + booking + "/check-in", "").status())
                .isEqualTo(409);
        assertThat(a.postJson("/api/v1/services/bookings/" + booking + "/cancel", "").status()).isEqualTo(409);
    }

    @Test
    void seatsNobodyCheckedInForAreClosedAsNoShowAfterTheSessionAndTheEventIsPublished() {
        JsonNode session = people.session(centre, 1, "19:00", "20:00", 5, 5);
        Http a = people.resident("noshow-a");
        Http b = people.resident("noshow-b");
        long missed = book(a, session.get("id").asLong(), 201).get("id").asLong();
        long came = book(b, session.get("id").asLong(), 201).get("id").asLong();
        OffsetDateTime end = OffsetDateTime.parse(session.get("endsAt").asString());
        String missedBy = username(a);
        String cameBy = username(b);
        clock.advance(Duration.between(clock.instant(), end.toInstant().minus(Duration.ofMinutes(5))));
        a = Http.as(port, missedBy); // signed in again: the moved clock outlives the first sign-in
        b = Http.as(port, cameBy);
        people = new CentrePeople(port, identity);
        assertThat(people.shequ.postJson("/api/v1/services/bookings/" + came + "/check-in", "").status()).isEqualTo(200);
        sweeps.sweep();
        assertThat(a.get("/api/v1/services/bookings/" + missed).json().get("status").asString())
                .as("not swept before the check-in closes").isEqualTo("BOOKED");
        clock.advance(Duration.ofMinutes(36));
        a = Http.as(port, missedBy);
        b = Http.as(port, cameBy);
        sweeps.sweep();
        assertThat(a.get("/api/v1/services/bookings/" + missed).json().get("status").asString()).isEqualTo("NO_SHOW");
        assertThat(b.get("/api/v1/services/bookings/" + came).json().get("status").asString()).isEqualTo("ATTENDED");
        assertThat(events.stream(BookingClosed.class).filter(e -> e.bookingId() == missed))
                .singleElement().satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo("NO_SHOW");
                    assertThat(e.centreId()).isEqualTo(centre.id());
                    assertThat(e.communityCode()).isEqualTo(CentrePeople.TANGLANG);
                });
    }

    @Test
    void aWaitingPlaceTheSessionNeverReachedLapsesIsToldOnceAndASecondSweepClosesNothingTwice() throws Exception {
        JsonNode session = people.session(centre, 1, "17:00", "18:00", 1, 2);
        Http a = people.resident("lapse-a");
        Http b = people.resident("lapse-b");
        long seat = book(a, session.get("id").asLong(), 201).get("id").asLong();
        long waiting = book(b, session.get("id").asLong(), 201).get("id").asLong();
        OffsetDateTime end = OffsetDateTime.parse(session.get("endsAt").asString());
        String seatHolder = username(a);
        String waiter = username(b);
        clock.advance(Duration.between(clock.instant(), end.toInstant().plus(Duration.ofMinutes(31))));
        sweeps.sweep();
        sweeps.sweep();
        a = Http.as(port, seatHolder); // signed in again: the moved clock outlives the first sign-in
        b = Http.as(port, waiter);
        assertThat(a.get("/api/v1/services/bookings/" + seat).json().get("status").asString()).isEqualTo("NO_SHOW");
        JsonNode lapsed = b.get("/api/v1/services/bookings/" + waiting).json();
        assertThat(lapsed.get("status").asString()).isEqualTo("LAPSED");
        assertThat(lapsed.get("statusName").asString()).isEqualTo("候补未轮到");
        assertThat(events.stream(BookingClosed.class).filter(e -> e.bookingId() == seat))
                .as("the no-show is published once however often the sweep runs").singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo("NO_SHOW"));
        assertThat(events.stream(BookingClosed.class).filter(e -> e.bookingId() == waiting))
                .as("a waiting place never had a seat, so it closes no seat").isEmpty();
        assertThat(jdbc.sql("select swept from services.session where id = :s").param("s", session.get("id").asLong())
                .query(Boolean.class).single()).isTrue();
        assertThat(b.postJson("/api/v1/services/bookings/" + waiting + "/cancel", "").status()).isEqualTo(409);
        long waiterId = identity.findByUsername(waiter).orElseThrow().id();
        List<String> told = List.of();
        for (int i = 0; i < 100 && told.isEmpty(); i++) {
            told = jdbc.sql("select title from cases.inbox where user_id = :u and kind = 'services.booking'")
                    .param("u", waiterId).query(String.class).list();
            Thread.sleep(50);
        }
        assertThat(told).as("the waiter is told once that no seat came free").containsExactly("候补未轮到：测试课程");
    }

    @Test
    void anotherTownADepartmentAndAnotherResidentAreRefused() {
        long session = people.session(centre, 3, "09:00", "10:00", 5, 0).get("id").asLong();
        Http a = people.resident("refused-a");
        Http other = people.resident("refused-b");
        long booking = book(a, session, 201).get("id").asLong();
        Http yiche = Http.as(port, "yiche");
        assertThat(other.postJson("/api/v1/services/bookings/" + booking + "/cancel", "").status()).isEqualTo(404);
        assertThat(other.get("/api/v1/services/bookings/" + booking).status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/services/bookings/" + booking).status()).isEqualTo(404);
        assertThat(yiche.postJson("/api/v1/services/bookings/" + booking + "/cancel", "").status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/services/bookings?session=" + session).status()).isEqualTo(403);
        assertThat(a.get("/api/v1/services/bookings?session=" + session).status()).isEqualTo(403);
        assertThat(yiche.putJson("/api/v1/services/centres/" + centre.id(), "{\"name\": \"改名\"}").status())
                .isEqualTo(403);
        assertThat(yiche.postJson("/api/v1/services/centres/" + centre.id() + "/sessions", "{}").status())
                .isEqualTo(403);
        assertThat(Http.as(port, "bumen").postJson("/api/v1/services/bookings", CentrePeople.book(session)).status())
                .isEqualTo(403);
        assertThat(Http.as(port, "jumin").postJson("/api/v1/services/centres/" + centre.id() + "/sessions", "{}")
                .status()).isEqualTo(403);
        assertThat(people.shequ.get("/api/v1/services/bookings/" + booking).status()).isEqualTo(200);
    }

    private String username(Http http) {
        return http.get("/api/v1/me").json().get("username").asString();
    }
}
