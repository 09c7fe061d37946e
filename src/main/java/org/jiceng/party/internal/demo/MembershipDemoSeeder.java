package org.jiceng.party.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.SealedPhone;
import org.jiceng.platform.DatabaseMode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only, after the members: in 堂琅社区 (where the branch secretary's demo account works) three 党员中心户
 * with the households they serve, a member working away, a 候鸟 member wintering here and a transfer applied for,
 * so every membership page has something to show. Runs once, while no household is linked.
 */
@Component
@Profile("!command")
@Order(42)
class MembershipDemoSeeder implements ApplicationRunner {

    static final String VILLAGE = "530326001001";
    /** The purpose the flowing members' phones are sealed for (as FlowingMembers seals them). */
    static final String PHONE_PURPOSE = "party.flowing_member.phone";

    private final DatabaseMode mode;
    private final JdbcClient jdbc;
    private final ObjectProvider<PeopleApi> people;
    private final Clock clock;

    MembershipDemoSeeder(DatabaseMode mode, JdbcClient jdbc, ObjectProvider<PeopleApi> people, Clock clock) {
        this.mode = mode;
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        PeopleApi register = people.getIfAvailable();
        if (!mode.demo() || register == null
                || jdbc.sql("select exists (select 1 from party.central_household_link)").query(Boolean.class).single()) {
            return;
        }
        List<Member> members = jdbc.sql("""
                        select id, county, name, territory_code, organisation_id from party.member
                        where territory_code >= :village and territory_code < :above and transferred_out_on is null
                        order by id limit 6""")
                .param("village", VILLAGE).param("above", VILLAGE + "~").query(Member.class).list();
        if (members.size() < 6) {
            return;
        }
        LocalDate today = Beijing.today(clock);
        for (Member m : members.subList(0, 3)) {
            List<Long> households = new ArrayList<>();
            register.forEachHousehold(m.territoryCode(), h -> {
                if (households.size() < 4) {
                    households.add(h.id());
                }
            });
            centralHousehold(m, households, today.minusMonths(6));
        }
        Member away = members.get(3);
        SealedPhone phone = register.sealPhone(PHONE_PURPOSE, "13987400123");
        jdbc.sql("""
                        insert into party.flowing_member (county, kind, member_id, name, territory_code, home_organisation,
                            whereabouts, phone_sealed, phone_masked, since)
                        select m.county, 'FLOWING', m.id, m.name, m.territory_code, o.name, '广东省东莞市长安镇', :sealed,
                               :masked, :since
                        from party.member m join party.organisation o on o.id = m.organisation_id
                        where m.county = :county and m.id = :id""")
                .param("sealed", phone.sealed()).param("masked", phone.masked()).param("since", today.minusMonths(3))
                .param("county", away.county()).param("id", away.id()).update();
        Member host = members.get(4);
        jdbc.sql("""
                        insert into party.flowing_member (county, kind, name, territory_code, home_organisation,
                            local_organisation_id, whereabouts, since, until)
                        select :county, 'MIGRANT', '王秀兰', o.territory_code, '中共哈尔滨市道里区某社区党支部', o.id,
                               '堂琅社区金钟小区', :since, :until
                        from party.organisation o where o.id = :organisation""")
                .param("county", host.county()).param("organisation", host.organisationId())
                .param("since", today.minusMonths(1)).param("until", today.plusMonths(3)).update();
        Member leaving = members.get(5);
        long transfer = jdbc.sql("""
                        insert into party.transfer (county, direction, member_id, resident_id, name, territory_code,
                            from_organisation_id, to_outside, reason, state, applied_on, created_by)
                        select m.county, 'OUT', m.id, m.resident_id, m.name, m.territory_code, m.organisation_id,
                               '中共昆明市五华区华山街道某社区党委', '随子女迁居', 'APPLIED', :today, 0
                        from party.member m where m.county = :county and m.id = :id
                        returning id""")
                .param("today", today).param("county", leaving.county()).param("id", leaving.id())
                .query(Long.class).single();
        jdbc.sql("""
                        insert into party.transfer_step (county, transfer_id, state, note, user_id, at)
                        values (:county, :transfer, 'APPLIED', '随子女迁居', 0, :at)""")
                .param("county", leaving.county()).param("transfer", transfer)
                .param("at", java.time.OffsetDateTime.ofInstant(clock.instant(), Beijing.OFFSET)).update();
    }

    record Member(long id, String county, String name, String territoryCode, long organisationId) {
    }

    private void centralHousehold(Member m, List<Long> households, LocalDate since) {
        Long id = jdbc.sql("""
                        select id from party.central_household where county = :county and member_id = :member
                        and until is null""")
                .param("county", m.county()).param("member", m.id()).query(Long.class).optional().orElse(null);
        if (id == null) {
            id = jdbc.sql("""
                            insert into party.central_household (county, member_id, territory_code, since)
                            values (:county, :member, :territory, :since) returning id""")
                    .param("county", m.county()).param("member", m.id()).param("territory", m.territoryCode())
                    .param("since", since).query(Long.class).single();
            jdbc.sql("update party.member set central_household = true where county = :county and id = :id")
                    .param("county", m.county()).param("id", m.id()).update();
        }
        for (long household : households) {
            jdbc.sql("""
                            insert into party.central_household_link (county, central_household_id, household_id)
                            values (:county, :id, :household) on conflict do nothing""")
                    .param("county", m.county()).param("id", id).param("household", household).update();
        }
    }
}
