package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.identity.IdentityApi;
import org.jiceng.people.PeopleApi;
import org.jiceng.support.Http;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The people of the co-building tests, made as they would be: an in-service member admitted by the party
 * administrator, registered with 堂琅社区 by its staff, with an account of their own linked to the member; a unit
 * registered by the community; a need, an offer and a project.
 */
final class CoBuildingPeople {

    static final String TANGLANG = "530326001001";

    record Member(String username, long memberId, long registrationId) {
    }

    private final int port;
    private final JdbcClient jdbc;
    private final PeopleApi people;
    private final IdentityApi identity;

    CoBuildingPeople(int port, JdbcClient jdbc, PeopleApi people, IdentityApi identity) {
        this.port = port;
        this.jdbc = jdbc;
        this.people = people;
        this.identity = identity;
    }

    Member member(String username) {
        LocalDate today = Beijing.today(Beijing.systemClock());
        Set<Long> members = new HashSet<>(jdbc.sql("select resident_id from party.member").query(Long.class).list());
        List<Long> adults = new ArrayList<>();
        people.forEachResident(TANGLANG, r -> {
            if (!r.birthDate().isAfter(today.minusYears(25)) && r.birthDate().isAfter(today.minusYears(60))
                    && !members.contains(r.id())) {
                adults.add(r.id());
            }
        });
        long resident = adults.get(ThreadLocalRandom.current().nextInt(adults.size()));
        long group = jdbc.sql("select id from party.organisation where kind = 'GRID_GROUP' and territory_code like :v || '%' order by id limit 1")
                .param("v", TANGLANG).query(Long.class).single();
        var admitted = Http.as(port, "dangjian").postJson("/api/v1/party/members", """
                {"residentId": %d, "organisationId": %d, "joinedOn": "%s", "status": "FULL",
                 "inService": true, "employer": "县自然资源局"}""".formatted(resident, group, today.minusYears(2).minusDays(3)));
        assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);
        long member = admitted.json().get("id").asLong();
        long registration = created(Http.as(port, "shequ").postJson("/api/v1/party/dual-registrations", """
                {"communityCode": "%s", "memberId": %d}""".formatted(TANGLANG, member)));
        long account = identity.findByUsername(username).map(CurrentUser::id).orElseGet(() -> identity.createUser(
                new IdentityApi.NewUser(username, "在职党员", Http.DEMO_PASSWORD,
                        List.of(new CurrentUser.Grant(Role.RESIDENT, TANGLANG, null)))));
        identity.linkResident(account, resident);
        identity.linkPartyMember(account, member);
        return new Member(username, member, registration);
    }

    long unit(String name) {
        return created(Http.as(port, "shequ").postJson("/api/v1/party/dual-registrations", """
                {"communityCode": "%s", "unitName": "%s"}""".formatted(TANGLANG, name)));
    }

    long need(String title, String kind) {
        return created(Http.as(port, "shequ").postJson("/api/v1/party/needs", """
                {"communityCode": "%s", "title": "%s", "description": "社区居民反映的需求", "kind": "%s"}"""
                .formatted(TANGLANG, title, kind)));
    }

    long offer(long registration, String title) {
        return created(Http.as(port, "shequ").postJson("/api/v1/party/resources", """
                {"registrationId": %d, "title": "%s", "description": "党员志愿服务", "available": "每周六上午"}"""
                .formatted(registration, title)));
    }

    long project(long need, long offer, long lead) {
        LocalDate today = Beijing.today(Beijing.systemClock());
        return created(Http.as(port, "gucheng").postJson("/api/v1/party/projects", """
                {"title": "共建项目%d", "needIds": [%d], "offerIds": [%d], "leadRegistrationId": %d,
                 "startsOn": "%s", "endsOn": "%s"}""".formatted(need, need, offer, lead, today.minusDays(10),
                today.plusDays(30))));
    }

    static long created(Http.Response answer) {
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
        return answer.json().get("id").asLong();
    }

    static String unique() {
        return String.valueOf(System.nanoTime() % 1_000_000_000L);
    }
}
