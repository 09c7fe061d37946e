package org.jiceng.volunteer.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Scope;
import org.jiceng.identity.IdentityApi;
import org.jiceng.people.PeopleApi;
import org.jiceng.platform.DatabaseMode;
import org.jiceng.volunteer.VolunteerHoursConfirmed;
import org.jiceng.volunteer.internal.Volunteers;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: 堂琅社区's volunteer teams (户长 leads the 党员先锋队), jumin and three neighbours as volunteers, last
 * Saturday's 垃圾分类 activity with its times confirmed (so points have hours to count) and two coming activities
 * open for sign-up. Runs while the community has no team yet.
 */
@Component
@Profile("!command")
@Order(90)
class ActivityDemoSeeder implements ApplicationRunner {

    static final String COMMUNITY = "530326001001";

    private final DatabaseMode mode;
    private final JdbcClient jdbc;
    private final Volunteers volunteers;
    private final IdentityApi identity;
    private final PeopleApi people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityDemoSeeder(DatabaseMode mode, JdbcClient jdbc, Volunteers volunteers, IdentityApi identity,
                       PeopleApi people, ApplicationEventPublisher events, Clock clock) {
        this.mode = mode;
        this.jdbc = jdbc;
        this.volunteers = volunteers;
        this.identity = identity;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!mode.demo()) {
            return;
        }
        boolean seeded = jdbc.sql("select exists (select 1 from volunteer.team where community_code = :c)")
                .param("c", COMMUNITY).query(Boolean.class).single();
        if (seeded) {
            return;
        }
        long vanguard = team("党员先锋队", "PARTY_VANGUARD", "社区党员带头开展环境整治、文明劝导。");
        long women = team("巾帼志愿队", "WOMEN", "关爱独居老人、留守儿童。");
        team("银发志愿队", "SILVER", "退休居民参与楼道巡查、邻里调解。");
        long resident = account("jumin");
        long chief = account("huzhang");
        long neighbour1 = volunteers.register(new Volunteers.NewVolunteer(COMMUNITY, null, null, "李桂芬", null,
                List.of("缝补", "做饭"), "工作日白天"));
        long neighbour2 = volunteers.register(new Volunteers.NewVolunteer(COMMUNITY, null, null, "张德明", null,
                List.of("水电维修"), "周末"));
        member(vanguard, chief, true);
        member(vanguard, resident, false);
        member(vanguard, neighbour2, false);
        member(women, neighbour1, false);
        member(women, resident, false);

        LocalDate today = Beijing.today(clock);
        LocalDate lastSaturday = today.minusDays(today.getDayOfWeek().getValue() + 1L);
        OffsetDateTime pastStart = lastSaturday.atTime(9, 0).atOffset(Beijing.OFFSET);
        long past = activity(vanguard, "垃圾分类宣传与桶边督导", "堂琅社区小区垃圾分类投放点", pastStart, 2, 10, "DONE");
        confirmed(past, resident, pastStart.minusMinutes(5), pastStart.plusMinutes(121));
        confirmed(past, chief, pastStart.minusMinutes(10), pastStart.plusHours(2));
        confirmed(past, neighbour2, pastStart.plusMinutes(20), pastStart.plusHours(2));
        long coming = activity(vanguard, "文明劝导：规范停车", "堂琅社区东门",
                today.plusDays(1).atTime(9, 0).atOffset(Beijing.OFFSET), 2, 5, "OPEN");
        signUp(coming, resident);
        signUp(coming, chief);
        activity(women, "看望独居老人", "堂琅社区党群服务中心集合", today.plusDays(6).atTime(14, 30).atOffset(Beijing.OFFSET),
                2, 2, "OPEN");
    }

    private long team(String name, String kind, String description) {
        return jdbc.sql("""
                        insert into volunteer.team (county, community_code, name, kind, description, created_by)
                        values ('530326', :c, :name, :kind, :description, 0) returning id""")
                .param("c", COMMUNITY).param("name", name).param("kind", kind).param("description", description)
                .query(Long.class).single();
    }

    /** The volunteer of a demo account, linked to its resident where the account has one. */
    private long account(String username) {
        CurrentUser user = identity.findByUsername(username).orElseThrow();
        return volunteers.byUser(user.id()).map(Volunteers.Volunteer::id).orElseGet(() -> {
            var resident = user.residentId() == null ? null
                    : people.resident(user.residentId(), Scope.everything()).orElse(null);
            return volunteers.register(new Volunteers.NewVolunteer(COMMUNITY, user.id(),
                    resident == null ? null : resident.id(), resident == null ? user.displayName() : resident.name(),
                    null, List.of("宣传", "劝导"), "周末"));
        });
    }

    private void member(long team, long volunteer, boolean leader) {
        jdbc.sql("""
                        insert into volunteer.team_member (county, team_id, volunteer_id, leader)
                        values ('530326', :t, :v, :leader)""")
                .param("t", team).param("v", volunteer).param("leader", leader).update();
    }

    private long activity(long team, String title, String place, OffsetDateTime start, int hours, int capacity,
                          String status) {
        return jdbc.sql("""
                        insert into volunteer.activity (county, community_code, team_id, title, place, starts_at, ends_at,
                            capacity, status, created_by)
                        values ('530326', :c, :team, :title, :place, :start, :end, :capacity, :status, 0)
                        returning id""")
                .param("c", COMMUNITY).param("team", team).param("title", title).param("place", place)
                .param("start", start).param("end", start.plusHours(hours)).param("capacity", capacity)
                .param("status", status).query(Long.class).single();
    }

    private void signUp(long activity, long volunteer) {
        jdbc.sql("""
                        insert into volunteer.attendance (county, activity_id, volunteer_id, status, signed_up_at)
                        values ('530326', :a, :v, 'SIGNED_UP', :at)""")
                .param("a", activity).param("v", volunteer).param("at", clock.instant().atOffset(Beijing.OFFSET))
                .update();
    }

    /** An attendance confirmed by the organiser, published as the hours it earned. */
    private void confirmed(long activity, long volunteer, OffsetDateTime in, OffsetDateTime out) {
        int minutes = (int) java.time.Duration.between(in, out).toMinutes();
        OffsetDateTime at = out.plusHours(1);
        long id = jdbc.sql("""
                        insert into volunteer.attendance (county, activity_id, volunteer_id, status, signed_up_at,
                            checked_in_at, checked_out_at, confirmed_in, confirmed_out, minutes, confirmed_at, confirmed_by,
                            reminded)
                        values ('530326', :a, :v, 'SIGNED_UP', :signed, :in, :out, :in, :out, :minutes, :at, 0, true)
                        returning id""")
                .param("a", activity).param("v", volunteer).param("signed", in.minusDays(3)).param("in", in)
                .param("out", out).param("minutes", minutes).param("at", at).query(Long.class).single();
        String title = jdbc.sql("select title from volunteer.activity where id = :a").param("a", activity)
                .query(String.class).single();
        events.publishEvent(new VolunteerHoursConfirmed("530326", id, volunteer, COMMUNITY, activity, title, minutes,
                false, at.toInstant()));
    }
}
