package org.jiceng.party.internal;

import org.jiceng.party.OrganisationYearFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The year's facts of an organisation and its subtree, counted for other modules' measures. */
@Repository
class OrganisationYearRepository {

    private static final String SUBTREE = """
            with recursive subtree (id) as (
                select id from party.organisation where id = :organisation
                union all
                select o.id from party.organisation o join subtree s on o.parent_id = s.id)
            """;

    private final JdbcClient jdbc;

    OrganisationYearRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    OrganisationYearFacts facts(long organisationId, int year) {
        return jdbc.sql(SUBTREE + """
                        select (select count(*) from party.member m where m.organisation_id in (select id from subtree)),
                               (select count(*) from party.meeting m where m.organisation_id in (select id from subtree)
                                  and m.status = 'HELD' and m.held_on >= make_date(:year, 1, 1)
                                  and m.held_on < make_date(:year + 1, 1, 1)),
                               (select count(*) from party.service_record s
                                  join party.dual_registration r on r.id = s.registration_id and r.county = s.county
                                  join party.member m on m.id = r.member_id and m.county = r.county
                                  where m.organisation_id in (select id from subtree)
                                    and s.served_on >= make_date(:year, 1, 1) and s.served_on < make_date(:year + 1, 1, 1))""")
                .param("organisation", organisationId).param("year", year)
                .query((rs, n) -> new OrganisationYearFacts(organisationId, year, rs.getLong(1), rs.getLong(2),
                        rs.getLong(3))).single();
    }
}
