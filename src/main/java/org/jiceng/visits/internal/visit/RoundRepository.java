package org.jiceng.visits.internal.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 走院子 rounds and their planned households; reads take the {@link Scope} of the person's visits. */
@Repository
class RoundRepository {

    private static final String COLUMNS = "r.id, r.county, r.territory_code, r.courtyard, r.week_of, r.cadre_name,"
            + " (select count(*) from visits.visit_round_household p where p.round_id = r.id and p.county = r.county) as planned,"
            + " (select count(*) from visits.visit_round_household p where p.round_id = r.id and p.county = r.county"
            + " and exists (select 1 from visits.visit v where v.round_id = r.id and v.county = r.county"
            + " and v.household_id = p.household_id)) as done";

    private final JdbcClient jdbc;

    RoundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long id, String county, String territoryCode, String courtyard, LocalDate week, String cadreName,
               int planned, int done) {
    }

    long insert(String county, String territoryCode, String courtyard, LocalDate week, long cadreId, String cadreName) {
        return jdbc.sql("""
                        insert into visits.visit_round (county, territory_code, courtyard, week_of, cadre_id, cadre_name)
                        values (:county, :territory, :courtyard, :week, :cadre, :cadreName) returning id""")
                .param("county", county).param("territory", territoryCode).param("courtyard", courtyard)
                .param("week", week).param("cadre", cadreId).param("cadreName", cadreName)
                .query(Long.class).single();
    }

    void plan(long roundId, String county, List<Long> householdIds) {
        for (long household : householdIds) {
            jdbc.sql("""
                            insert into visits.visit_round_household (county, round_id, household_id)
                            values (:county, :round, :household) on conflict do nothing""")
                    .param("county", county).param("round", roundId).param("household", household).update();
        }
    }

    /** The territory a round covers, for the system's own check of a visit carrying it. */
    Optional<String> territoryOf(long roundId, String county) {
        return jdbc.sql("select territory_code from visits.visit_round where id = :id and county = :county")
                .param("id", roundId).param("county", county).query(String.class).optional();
    }

    Optional<Row> find(long id, Scope scope) {
        return jdbc.sql("select " + COLUMNS + " from visits.visit_round r where r.id = :id and " + scope.where("r.territory_code", "r.county"))
                .params(scope.params()).param("id", id).query((rs, n) -> row(rs)).optional();
    }

    /** Newest first below {@code beforeId}; {@code week} (a Monday) narrows to one week. */
    List<Row> list(Scope scope, LocalDate week, long beforeId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from visits.visit_round r where " + scope.where("r.territory_code", "r.county")
                        + (week == null ? "" : " and r.week_of = :week") + " and r.id < :before order by r.id desc limit :limit")
                .params(scope.params()).param("week", week).param("before", beforeId).param("limit", limit)
                .query((rs, n) -> row(rs)).list();
    }

    List<VisitViews.RoundHousehold> households(long roundId, String county) {
        return jdbc.sql("""
                        select p.household_id, h.address,
                            exists (select 1 from visits.visit v where v.round_id = p.round_id and v.county = p.county
                                and v.household_id = p.household_id) as visited
                        from visits.visit_round_household p
                        left join visits.household h on h.id = p.household_id and h.county = p.county
                        where p.round_id = :round and p.county = :county order by h.territory_code, p.household_id""")
                .param("round", roundId).param("county", county)
                .query((rs, n) -> new VisitViews.RoundHousehold(rs.getLong("household_id"), rs.getString("address"),
                        rs.getBoolean("visited")))
                .list();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getString("county"), rs.getString("territory_code"), rs.getString("courtyard"),
                rs.getObject("week_of", LocalDate.class), rs.getString("cadre_name"), rs.getInt("planned"),
                rs.getInt("done"));
    }
}
