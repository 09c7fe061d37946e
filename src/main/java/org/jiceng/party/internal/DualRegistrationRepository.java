package org.jiceng.party.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 双报到 registrations and the service they record; scoped by the community registered with. */
@Repository
class DualRegistrationRepository {

    private final JdbcClient jdbc;

    DualRegistrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A registration with the name of who registered and the service recorded so far. */
    record Registration(long id, String communityCode, String unitName, Long memberId, String memberName,
                        LocalDate registeredOn, long services, long minutes) {

        String registrant() {
            return unitName != null ? unitName : memberName;
        }
    }

    private static final String SELECT = """
            select r.id, r.community_code, r.unit_name, r.member_id, m.name as member_name, r.registered_on,
                   count(s.id) as services, coalesce(sum(s.minutes), 0) as minutes
            from party.dual_registration r
            left join party.member m on m.id = r.member_id
            left join party.service_record s on s.registration_id = r.id
            """;

    long insert(String communityCode, String unitName, Long memberId, LocalDate registeredOn) {
        return jdbc.sql("""
                        insert into party.dual_registration (county, community_code, unit_name, member_id, registered_on)
                        values (left(:community, 6), :community, :unit, :member, :on) returning id""")
                .param("community", communityCode).param("unit", unitName).param("member", memberId)
                .param("on", registeredOn)
                .query(Long.class).single();
    }

    boolean exists(String communityCode, String unitName, Long memberId) {
        return jdbc.sql("""
                        select exists (select 1 from party.dual_registration where community_code = :community
                            and (unit_name = :unit or member_id = :member))""")
                .param("community", communityCode).param("unit", unitName).param("member", memberId)
                .query(Boolean.class).single();
    }

    Optional<Registration> find(long id, Scope scope) {
        return jdbc.sql(SELECT + "where r.id = :id and " + scope.where("r.community_code", "r.county") + " group by r.id, r.county, m.name")
                .params(scope.params()).param("id", id).query(Registration.class).optional();
    }

    /** Registrations with communities under the scope (already narrowed by the caller), by id (keyset). */
    List<Registration> within(Scope scope, long after, int limit) {
        return jdbc.sql(SELECT + "where " + scope.where("r.community_code", "r.county")
                        + " and r.id > :after group by r.id, r.county, m.name order by r.id limit :limit")
                .params(scope.params()).param("after", after).param("limit", limit)
                .query(Registration.class).list();
    }

    long insertService(long registrationId, LocalDate servedOn, int minutes, String description) {
        return jdbc.sql("""
                        insert into party.service_record (county, registration_id, served_on, minutes, description)
                        select county, id, :on, :minutes, :description from party.dual_registration
                        where id = :registration returning id""")
                .param("registration", registrationId).param("on", servedOn).param("minutes", minutes)
                .param("description", description)
                .query(Long.class).single();
    }
}
