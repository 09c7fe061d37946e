package org.jiceng.assessment.internal.rating;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ratings and list stays; every read of a list takes the caller's {@link Scope} on the organisation's territory. */
@Repository
class StarRatingRepository {

    private static final String COLUMNS = """
            r.id, r.organisation_id, r.organisation, r.territory_code, r.year, r.proposed_stars, r.measures,
            r.proposed_at, r.status, r.confirmed_stars, r.reason, r.confirmed_by_name, r.confirmed_at, r.version""";
    private static final String ENTRY_COLUMNS = """
            e.id, e.list, e.organisation_id, e.organisation, e.territory_code, e.entered_year, e.entered_reason,
            e.entered_at, e.left_year, e.left_as, e.left_reason, e.left_at""";

    private final JdbcClient jdbc;

    StarRatingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a proposal, replacing one not yet confirmed; answers false when the county has confirmed the year. */
    boolean propose(long organisationId, String organisation, String territoryCode, int year, int stars,
                    String measures, Instant at) {
        return jdbc.sql("""
                        insert into assessment.star_rating (county, organisation_id, organisation, territory_code, year,
                                                            proposed_stars, measures, proposed_at)
                        values (left(:territory, 6), :organisation, :name, :territory, :year, :stars, :measures, :at)
                        on conflict (county, organisation_id, year) do update
                        set proposed_stars = excluded.proposed_stars, measures = excluded.measures,
                            proposed_at = excluded.proposed_at, organisation = excluded.organisation,
                            version = star_rating.version + 1
                        where star_rating.status = 'PROPOSED'""")
                .param("territory", territoryCode).param("organisation", organisationId).param("name", organisation)
                .param("year", year).param("stars", stars).param("measures", measures).param("at", utc(at))
                .update() == 1;
    }

    Optional<StarRatingView> find(long id, Scope scope) {
        return jdbc.sql("select " + COLUMNS + " from assessment.star_rating r where r.id = :id and "
                        + scope.where("r.territory_code", "r.county"))
                .params(scope.params()).param("id", id).query(StarRatingView.class).optional();
    }

    /** Ratings in the scope (a year, or every year when null), by id after the cursor. */
    List<StarRatingView> within(Scope scope, Integer year, long after, int limit) {
        return jdbc.sql("select " + COLUMNS + " from assessment.star_rating r where " + scope.where("r.territory_code", "r.county")
                        + (year == null ? "" : " and r.year = :year") + " and r.id > :after order by r.id limit :limit")
                .params(scope.params()).param("year", year == null ? 0 : year).param("after", after)
                .param("limit", limit).query(StarRatingView.class).list();
    }

    boolean confirm(long id, String county, int version, int stars, String reason, long by, String byName, Instant at) {
        return jdbc.sql("""
                        update assessment.star_rating set status = 'CONFIRMED', confirmed_stars = :stars, reason = :reason,
                               confirmed_by = :by, confirmed_by_name = :name, confirmed_at = :at, version = version + 1
                        where id = :id and county = :county and version = :version""")
                .param("id", id).param("county", county).param("version", version).param("stars", stars)
                .param("reason", reason).param("by", by).param("name", byName).param("at", utc(at)).update() == 1;
    }

    List<ListEntryView> openStays(String county, long organisationId) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from assessment.rating_list_entry e where e.county = :county"
                        + " and e.organisation_id = :organisation and e.left_at is null")
                .param("county", county).param("organisation", organisationId).query(ListEntryView.class).list();
    }

    void enter(String list, StarRatingView rating, String reason, long by, Instant at) {
        jdbc.sql("""
                        insert into assessment.rating_list_entry (county, list, organisation_id, organisation,
                                territory_code, entered_year, entered_reason, entered_at, decided_by)
                        values (left(:territory, 6), :list, :organisation, :name, :territory, :year, :reason, :at, :by)""")
                .param("territory", rating.territoryCode()).param("list", list)
                .param("organisation", rating.organisationId()).param("name", rating.organisation())
                .param("year", rating.year()).param("reason", reason).param("at", utc(at)).param("by", by).update();
    }

    void leave(long id, String county, int year, String as, String reason, Instant at) {
        jdbc.sql("""
                        update assessment.rating_list_entry set left_year = :year, left_as = :leftAs, left_reason = :reason,
                               left_at = :at where id = :id and county = :county and left_at is null""")
                .param("id", id).param("county", county).param("year", year).param("leftAs", as).param("reason", reason)
                .param("at", utc(at)).update();
    }

    /** Stays on a list (or both when null) in the scope, open and past: the lists with their history. */
    List<ListEntryView> stays(Scope scope, String list, long after, int limit) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from assessment.rating_list_entry e where "
                        + scope.where("e.territory_code", "e.county") + (list == null ? "" : " and e.list = :list")
                        + " and e.id > :after order by e.id limit :limit")
                .params(scope.params()).param("list", list == null ? "" : list).param("after", after)
                .param("limit", limit).query(ListEntryView.class).list();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
