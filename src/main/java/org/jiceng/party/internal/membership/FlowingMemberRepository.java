package org.jiceng.party.internal.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 流动党员 and 候鸟 members; the sealed phone never leaves this class, only its masked form. */
@Repository
public class FlowingMemberRepository {

    private static final String SELECT = """
            select f.id, f.kind, f.member_id, f.name, f.territory_code, f.home_organisation, f.local_organisation_id,
                   o.name as local_organisation_name, f.whereabouts, f.phone_masked, f.since, f.until
            from party.flowing_member f left join party.organisation o on o.id = f.local_organisation_id
            """;

    private final JdbcClient jdbc;

    FlowingMemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(long id, String kind, Long memberId, String name, String territoryCode, String homeOrganisation,
               Long localOrganisationId, String localOrganisationName, String whereabouts, String phoneMasked,
               LocalDate since, LocalDate until) {
    }

    record NewRow(String kind, Long memberId, String name, String territoryCode, String homeOrganisation,
                  Long localOrganisationId, String whereabouts, byte[] phoneSealed, String phoneMasked, LocalDate since,
                  LocalDate until) {
    }

    long insert(NewRow r) {
        return jdbc.sql("""
                        insert into party.flowing_member (county, kind, member_id, name, territory_code, home_organisation,
                            local_organisation_id, whereabouts, phone_sealed, phone_masked, since, until)
                        values (left(:territory, 6), :kind, :member, :name, :territory, :home, :local, :whereabouts,
                            :sealed, :masked, :since, :until)
                        returning id""")
                .param("kind", r.kind()).param("member", r.memberId()).param("name", r.name())
                .param("territory", r.territoryCode()).param("home", r.homeOrganisation())
                .param("local", r.localOrganisationId()).param("whereabouts", r.whereabouts())
                .param("sealed", r.phoneSealed()).param("masked", r.phoneMasked()).param("since", r.since())
                .param("until", r.until()).query(Long.class).single();
    }

    Optional<Row> find(long id, Scope scope) {
        return jdbc.sql(SELECT + "where f.id = :id and " + scope.where("f.territory_code", "f.county"))
                .params(scope.params()).param("id", id).query(Row.class).optional();
    }

    boolean openForMember(long memberId) {
        return jdbc.sql("select exists (select 1 from party.flowing_member where member_id = :member and until is null)")
                .param("member", memberId).query(Boolean.class).single();
    }

    List<Row> within(Scope scope, String kind, boolean current, long after, int limit) {
        return jdbc.sql(SELECT + "where " + scope.where("f.territory_code", "f.county")
                        + " and (cast(:kind as text) is null or f.kind = :kind) and (not :current or f.until is null)"
                        + " and f.id > :after order by f.id limit :limit")
                .params(scope.params()).param("kind", kind).param("current", current).param("after", after)
                .param("limit", limit).query(Row.class).list();
    }

    boolean end(long id, String territory, LocalDate until) {
        return jdbc.sql("""
                        update party.flowing_member set until = :until
                        where county = left(:territory, 6) and id = :id""")
                .param("id", id).param("territory", territory).param("until", until).update() == 1;
    }
}
