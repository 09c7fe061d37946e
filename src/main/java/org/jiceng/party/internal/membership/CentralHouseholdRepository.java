package org.jiceng.party.internal.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 党员中心户 and the households each serves. {@code member.central_household} is kept in step here (other code reads
 * the flag), and a trigger of the migration keeps it the other way when only the flag is changed.
 */
@Repository
public class CentralHouseholdRepository {

    private static final String SELECT = """
            select c.id, c.county, c.member_id, m.name, m.organisation_id, o.name as organisation_name, c.territory_code,
                   c.since, c.until, c.version,
                   (select count(*) from party.central_household_link l
                    where l.county = c.county and l.central_household_id = c.id) as households
            from party.central_household c
                 join party.member m on m.county = c.county and m.id = c.member_id
                 join party.organisation o on o.id = m.organisation_id
            """;

    private final JdbcClient jdbc;

    CentralHouseholdRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(long id, String county, long memberId, String name, long organisationId, String organisationName,
               String territoryCode, LocalDate since, LocalDate until, int version, long households) {
    }

    /** One line of a community's 挂牌 list: the member's name, their branch and how many households they serve. */
    public record BoardLine(String name, String organisationName, long households) {
    }

    long insert(String county, long memberId, String territory, LocalDate since) {
        long id = jdbc.sql("""
                        insert into party.central_household (county, member_id, territory_code, since)
                        values (:county, :member, :territory, :since) returning id""")
                .param("county", county).param("member", memberId).param("territory", territory).param("since", since)
                .query(Long.class).single();
        flag(county, memberId, true);
        return id;
    }

    Optional<Row> openOf(String county, long memberId) {
        return jdbc.sql(SELECT + "where c.county = :county and c.member_id = :member and c.until is null")
                .param("county", county).param("member", memberId).query(Row.class).optional();
    }

    Optional<Row> find(long id, Scope scope) {
        return jdbc.sql(SELECT + "where c.id = :id and " + scope.where("c.territory_code", "c.county"))
                .params(scope.params()).param("id", id).query(Row.class).optional();
    }

    List<Row> within(Scope scope, boolean current, long after, int limit) {
        return jdbc.sql(SELECT + "where " + scope.where("c.territory_code", "c.county")
                        + " and (not :current or c.until is null) and c.id > :after order by c.id limit :limit")
                .params(scope.params()).param("current", current).param("after", after).param("limit", limit)
                .query(Row.class).list();
    }

    List<Long> households(String county, long id) {
        return jdbc.sql("""
                        select household_id from party.central_household_link
                        where county = :county and central_household_id = :id order by household_id""")
                .param("county", county).param("id", id).query(Long.class).list();
    }

    /** Replaces the households served, if nobody changed the record since {@code version}; answers whether it did. */
    boolean link(String county, long id, int version, List<Long> households) {
        if (jdbc.sql("update party.central_household set version = version + 1 where county = :county and id = :id"
                        + " and version = :version and until is null")
                .param("county", county).param("id", id).param("version", version).update() != 1) {
            return false;
        }
        jdbc.sql("delete from party.central_household_link where county = :county and central_household_id = :id")
                .param("county", county).param("id", id).update();
        for (long household : households) {
            jdbc.sql("""
                            insert into party.central_household_link (county, central_household_id, household_id)
                            values (:county, :id, :household)""")
                    .param("county", county).param("id", id).param("household", household).update();
        }
        return true;
    }

    boolean end(String county, long id, long memberId, LocalDate until) {
        boolean ended = jdbc.sql("""
                        update party.central_household set until = :until, version = version + 1
                        where county = :county and id = :id and until is null""")
                .param("county", county).param("id", id).param("until", until).update() == 1;
        if (ended) {
            flag(county, memberId, false);
        }
        return ended;
    }

    /** The 挂牌 list of a community: names, branches and counts, nothing more. */
    List<BoardLine> board(String community) {
        return jdbc.sql("""
                        select m.name, o.name as organisation_name,
                               (select count(*) from party.central_household_link l
                                where l.county = c.county and l.central_household_id = c.id) as households
                        from party.central_household c
                             join party.member m on m.county = c.county and m.id = c.member_id
                             join party.organisation o on o.id = m.organisation_id
                        where c.until is null and c.territory_code >= :community and c.territory_code < :above
                        order by o.name, m.name""")
                .param("community", community).param("above", community + "~")
                .query(BoardLine.class).list();
    }

    private void flag(String county, long memberId, boolean central) {
        jdbc.sql("""
                        update party.member set central_household = :central, version = version + 1
                        where county = :county and id = :id and central_household <> :central""")
                .param("county", county).param("id", memberId).param("central", central).update();
    }
}
