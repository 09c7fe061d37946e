package org.jiceng.party.internal.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A member's affiliations with functional and temporary organisations; the member is read in scope first. */
@Repository
public class AffiliationRepository {

    private static final String SELECT = """
            select a.id, a.member_id, a.organisation_id, o.name as organisation_name, o.kind, a.since, a.until
            from party.affiliation a join party.organisation o on o.id = a.organisation_id
            """;

    private final JdbcClient jdbc;

    AffiliationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Affiliation(long id, long memberId, long organisationId, String organisationName, String kind,
                       LocalDate since, LocalDate until) {
    }

    long insert(String county, long memberId, long organisationId, LocalDate since) {
        return jdbc.sql("""
                        insert into party.affiliation (county, member_id, organisation_id, since)
                        values (:county, :member, :organisation, :since) returning id""")
                .param("county", county).param("member", memberId).param("organisation", organisationId)
                .param("since", since).query(Long.class).single();
    }

    boolean isOpen(String county, long memberId, long organisationId) {
        return jdbc.sql("""
                        select exists (select 1 from party.affiliation where county = :county and member_id = :member
                                       and organisation_id = :organisation and until is null)""")
                .param("county", county).param("member", memberId).param("organisation", organisationId)
                .query(Boolean.class).single();
    }

    List<Affiliation> ofMember(String county, long memberId) {
        return jdbc.sql(SELECT + "where a.county = :county and a.member_id = :member order by a.since desc, a.id desc")
                .param("county", county).param("member", memberId).query(Affiliation.class).list();
    }

    Optional<Affiliation> find(String county, long memberId, long id) {
        return jdbc.sql(SELECT + "where a.county = :county and a.member_id = :member and a.id = :id")
                .param("county", county).param("member", memberId).param("id", id).query(Affiliation.class).optional();
    }

    boolean end(String county, long id, LocalDate until) {
        return jdbc.sql("update party.affiliation set until = :until where county = :county and id = :id and until is null")
                .param("county", county).param("id", id).param("until", until).update() == 1;
    }
}
