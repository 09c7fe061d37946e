package org.jiceng.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.Http;
import org.jiceng.volunteer.internal.Volunteers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Volunteers of 堂琅社区 for the points and store tests, each with an account of their own (a new resident, so no
 * other test's points are theirs), and confirmed hours that earn them points as the activities would.
 */
final class PointsPeople {

    static final String TANGLANG = "530326001001";
    static final String YICHE_VILLAGE_PREFIX = "530326103";
    private static final AtomicLong ATTENDANCE = new AtomicLong(System.nanoTime() % 1_000_000_000L * 1000);

    private final IdentityApi identity;
    private final Volunteers volunteers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final int port;

    PointsPeople(int port, IdentityApi identity, Volunteers volunteers, ApplicationEventPublisher events,
                 TransactionTemplate transaction, JdbcClient jdbc) {
        this.port = port;
        this.identity = identity;
        this.volunteers = volunteers;
        this.events = events;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    /** A resident account of the community and the volunteer it signed up as. */
    record Person(String username, long userId, long volunteerId, Http http) {
    }

    Person resident(String username, String community) {
        long userId = identity.findByUsername(username).map(CurrentUser::id).orElseGet(() -> identity.createUser(
                new IdentityApi.NewUser(username, "测试居民" + username, Http.DEMO_PASSWORD,
                        List.of(new CurrentUser.Grant(Role.RESIDENT, community, null)))));
        long volunteerId = volunteers.byUser(userId).map(Volunteers.Volunteer::id).orElseGet(() -> volunteers.register(
                new Volunteers.NewVolunteer(community, userId, null, "志愿者" + username, "13800001234", List.of(), "")));
        return new Person(username, userId, volunteerId, Http.as(port, username));
    }

    /** A volunteer without an account (registered by staff). */
    long volunteer(String community, String name) {
        return volunteers.register(new Volunteers.NewVolunteer(community, null, null, name, null, List.of(), ""));
    }

    /** Confirms {@code minutes} at an activity and waits for the points entry; answers the attendance id. */
    long confirmHours(long volunteerId, String community, int minutes) {
        long attendance = ATTENDANCE.incrementAndGet();
        publish(new VolunteerHoursConfirmed(community.substring(0, 6), attendance, volunteerId, community, 1,
                "测试活动", minutes, false, Instant.now()));
        awaitEntry("ATTENDANCE", attendance);
        return attendance;
    }

    void publish(Object event) {
        transaction.executeWithoutResult(s -> events.publishEvent(event));
    }

    void awaitEntry(String kind, long source) {
        for (int i = 0; i < 200; i++) {
            if (jdbc.sql("select exists (select 1 from volunteer.points_entry where source_kind = :k and source_id = :s)")
                    .param("k", kind).param("s", source).query(Boolean.class).single()) {
                return;
            }
            sleep();
        }
        assertThat(false).as("no points entry for " + kind + " " + source).isTrue();
    }

    static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
