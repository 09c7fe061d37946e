package org.jiceng.visits.internal.visit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jiceng.Beijing;
import org.jiceng.Cursor;
import org.jiceng.visits.internal.Holders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Visits, their requests, follow-ups and what they opened; every read of people's data takes {@link VisitAccess.Readers}. */
@Repository
class VisitRepository {

    private static final String COLUMNS = """
            v.id, v.county, v.household_id, h.address, v.territory_code, v.kind, v.visitor_id, v.visitor_name,
            v.visited_at, v.lat, v.lon, v.grid_code_found, v.position_check, v.found, v.photo_ids, v.round_id,
            v.client_id, v.client_digest, v.version""";
    private static final String FROM = " from visits.visit v left join visits.household h on h.id = v.household_id"
            + " and h.county = v.county";

    private final JdbcClient jdbc;

    VisitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A household of the projection: where it lies and its address. */
    record Household(long id, String county, String territoryCode, String address) {
    }

    /** A visit as stored. */
    record Stored(long id, String county, long householdId, String address, String territoryCode, String kind,
                  long visitorId, String visitorName, OffsetDateTime visitedAt, Double lat, Double lon,
                  String gridCodeFound, String positionCheck, String found, List<String> photoIds, Long roundId,
                  UUID clientId, String clientDigest, int version) {
    }

    /** A visit to write; {@code digest} is what was sent under the client id. */
    record NewRow(String county, long householdId, String territoryCode, String kind, long visitorId, String visitorName,
                  Instant visitedAt, Double lat, Double lon, String gridCodeFound, String positionCheck, String found,
                  List<String> photoIds, Long roundId, UUID clientId, String digest) {
    }

    Optional<Household> household(long id) {
        return jdbc.sql("select id, county, territory_code, address from visits.household where id = :id limit 1")
                .param("id", id)
                .query((rs, n) -> new Household(rs.getLong("id"), rs.getString("county"), rs.getString("territory_code"),
                        rs.getString("address")))
                .optional();
    }

    /** The households the readers reach, for the form's list: at most {@code limit}, by address. */
    List<Household> households(VisitAccess.Readers readers, int limit) {
        return jdbc.sql("select h.id, h.county, h.territory_code, h.address from visits.household h where "
                        + readers.where("h.territory_code", "h.id", "h.county") + " order by h.territory_code, h.id limit :limit")
                .params(readers.params()).param("limit", limit)
                .query((rs, n) -> new Household(rs.getLong("id"), rs.getString("county"), rs.getString("territory_code"),
                        rs.getString("address")))
                .list();
    }

    /** Whether the person holds the household now (an active HOUSEHOLD assignment or care plan naming them). */
    boolean responsible(Holders holders, Household household, LocalDate today) {
        VisitAccess.Readers readers = new VisitAccess.Readers(org.jiceng.Scope.nothing(), holders, today);
        return jdbc.sql("select exists (select 1 from visits.household h where h.id = :id and h.county = :county and "
                        + readers.where("h.territory_code", "h.id", "h.county") + ")")
                .params(readers.params()).param("id", household.id()).param("county", household.county())
                .query(Boolean.class).single();
    }

    /** The visit made under this client id in this county, whoever may read it (the caller checks). */
    Optional<Stored> byClientId(UUID clientId, String county) {
        return jdbc.sql("select " + COLUMNS + FROM + " where v.client_id = :client and v.county = :county")
                .param("client", clientId).param("county", county).query((rs, n) -> stored(rs)).optional();
    }

    /** Writes the visit; empty when a visit with the same client id was committed first. */
    Optional<Long> insert(NewRow row) {
        return jdbc.sql("""
                        insert into visits.visit (county, household_id, territory_code, kind, visitor_id, visitor_name,
                            visited_at, lat, lon, grid_code_found, position_check, found, photo_ids, round_id, client_id,
                            client_digest)
                        values (:county, :household, :territory, :kind, :visitor, :visitorName, :visitedAt, :lat, :lon,
                            :grid, :position, :found, cast(:photos as text[]), :round, :client, :digest)
                        on conflict (client_id, county) where client_id is not null do nothing
                        returning id""")
                .param("county", row.county()).param("household", row.householdId()).param("territory", row.territoryCode())
                .param("kind", row.kind()).param("visitor", row.visitorId()).param("visitorName", row.visitorName())
                .param("visitedAt", row.visitedAt().atOffset(Beijing.OFFSET)).param("lat", row.lat()).param("lon", row.lon())
                .param("grid", row.gridCodeFound()).param("position", row.positionCheck()).param("found", row.found())
                .param("photos", row.photoIds().toArray(String[]::new)).param("round", row.roundId())
                .param("client", row.clientId()).param("digest", row.digest())
                .query(Long.class).optional();
    }

    void insertRequests(long visitId, String county, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            jdbc.sql("insert into visits.visit_request (county, visit_id, position, text) values (:county, :visit, :n, :text)")
                    .param("county", county).param("visit", visitId).param("n", i + 1).param("text", texts.get(i)).update();
        }
    }

    void insertFollowUp(long visitId, String county, String note, LocalDate dueOn) {
        jdbc.sql("insert into visits.visit_follow_up (county, visit_id, note, due_on) values (:county, :visit, :note, :due)")
                .param("county", county).param("visit", visitId).param("note", note).param("due", dueOn).update();
    }

    /** Marks a follow-up done; false when the visit has no such follow-up. */
    boolean followUpDone(long visitId, long followUpId, Instant at) {
        return jdbc.sql("update visits.visit_follow_up set done_at = coalesce(done_at, :at) where id = :id and visit_id = :visit")
                .param("at", at.atOffset(Beijing.OFFSET)).param("id", followUpId).param("visit", visitId).update() == 1;
    }

    Optional<Stored> find(long id, VisitAccess.Readers readers) {
        return jdbc.sql("select " + COLUMNS + FROM + " where v.id = :id and "
                        + readers.where("v.territory_code", "v.household_id", "v.county"))
                .params(readers.params()).param("id", id).query((rs, n) -> stored(rs)).optional();
    }

    /** The filters of a visit list; any may be null. */
    record Filter(Long householdId, String kind, Instant from, Instant to) {
    }

    /** Newest first, below the cursor; {@code limit} rows at most. */
    List<Stored> list(VisitAccess.Readers readers, Filter filter, Cursor.TimeId before, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + FROM + " where "
                + readers.where("v.territory_code", "v.household_id", "v.county"));
        if (filter.householdId() != null) {
            sql.append(" and v.household_id = :household");
        }
        if (filter.kind() != null) {
            sql.append(" and v.kind = :kind");
        }
        if (filter.from() != null) {
            sql.append(" and v.visited_at >= :from");
        }
        if (filter.to() != null) {
            sql.append(" and v.visited_at < :to");
        }
        if (before != null) {
            sql.append(" and (v.visited_at, v.id) < (:beforeAt, :beforeId)");
        }
        sql.append(" order by v.visited_at desc, v.id desc limit :limit");
        var statement = jdbc.sql(sql.toString()).params(readers.params()).param("limit", limit);
        if (filter.householdId() != null) {
            statement = statement.param("household", filter.householdId());
        }
        if (filter.kind() != null) {
            statement = statement.param("kind", filter.kind());
        }
        if (filter.from() != null) {
            statement = statement.param("from", filter.from().atOffset(Beijing.OFFSET));
        }
        if (filter.to() != null) {
            statement = statement.param("to", filter.to().atOffset(Beijing.OFFSET));
        }
        if (before != null) {
            statement = statement.param("beforeAt", before.time()).param("beforeId", before.id());
        }
        return statement.query((rs, n) -> stored(rs)).list();
    }

    List<VisitViews.Request> requests(long visitId) {
        return jdbc.sql("select id, text, status from visits.visit_request where visit_id = :visit order by position")
                .param("visit", visitId)
                .query((rs, n) -> new VisitViews.Request(rs.getLong("id"), rs.getString("text"), rs.getString("status"),
                        VisitViews.requestLabel(rs.getString("status"))))
                .list();
    }

    /** The request's text if it is the visit's and still open. */
    Optional<String> openRequest(long visitId, long requestId) {
        return jdbc.sql("select text from visits.visit_request where id = :id and visit_id = :visit and status = 'OPEN'")
                .param("id", requestId).param("visit", visitId).query(String.class).optional();
    }

    void turnedIntoCase(long visitId, long requestId) {
        jdbc.sql("update visits.visit_request set status = 'TURNED_INTO_CASE' where id = :id and visit_id = :visit")
                .param("id", requestId).param("visit", visitId).update();
    }

    List<VisitViews.FollowUp> followUps(long visitId) {
        return jdbc.sql("select id, note, due_on, done_at from visits.visit_follow_up where visit_id = :visit order by due_on, id")
                .param("visit", visitId)
                .query((rs, n) -> {
                    OffsetDateTime done = beijing(rs, "done_at");
                    return new VisitViews.FollowUp(rs.getLong("id"), rs.getString("note"),
                            rs.getObject("due_on", LocalDate.class), done != null, done);
                })
                .list();
    }

    List<VisitViews.Opened> opened(long visitId) {
        return jdbc.sql("select kind, target_id, label, opened_at from visits.visit_opened where visit_id = :visit order by id")
                .param("visit", visitId)
                .query((rs, n) -> new VisitViews.Opened(rs.getString("kind"), VisitViews.openedLabel(rs.getString("kind")),
                        rs.getLong("target_id"), rs.getString("label"), beijing(rs, "opened_at")))
                .list();
    }

    void addOpened(Stored visit, String kind, long targetId, String label, long openedBy, Instant at) {
        jdbc.sql("""
                        insert into visits.visit_opened (county, visit_id, kind, target_id, label, opened_by, opened_at)
                        values (:county, :visit, :kind, :target, :label, :by, :at)""")
                .param("county", visit.county()).param("visit", visit.id()).param("kind", kind).param("target", targetId)
                .param("label", label).param("by", openedBy).param("at", at.atOffset(Beijing.OFFSET)).update();
    }

    /**
     * Appends a dated line to the household's active care plan and moves its version on; empty when the household
     * has no active plan.
     */
    Optional<Long> appendToCarePlan(Stored visit, String needsLine, String measuresLine) {
        return jdbc.sql("""
                        update visits.care_plan set
                            needs = case when cast(:needs as text) is null then needs
                                         when needs = '' then :needs else needs || E'\\n' || :needs end,
                            measures = case when cast(:measures as text) is null then measures
                                            when measures = '' then :measures else measures || E'\\n' || :measures end,
                            version = version + 1, updated_at = now()
                        where household_id = :household and county = :county and status = 'ACTIVE'
                        returning id""")
                .param("needs", needsLine).param("measures", measuresLine)
                .param("household", visit.householdId()).param("county", visit.county())
                .query(Long.class).optional();
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        java.sql.Array photos = rs.getArray("photo_ids");
        return new Stored(rs.getLong("id"), rs.getString("county"), rs.getLong("household_id"), rs.getString("address"),
                rs.getString("territory_code"), rs.getString("kind"), rs.getLong("visitor_id"), rs.getString("visitor_name"),
                beijing(rs, "visited_at"), (Double) rs.getObject("lat"), (Double) rs.getObject("lon"),
                rs.getString("grid_code_found"), rs.getString("position_check"), rs.getString("found"),
                photos == null ? List.of() : Arrays.asList((String[]) photos.getArray()), (Long) rs.getObject("round_id"),
                rs.getObject("client_id", UUID.class), rs.getString("client_digest"), rs.getInt("version"));
    }

    private static OffsetDateTime beijing(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant().atOffset(Beijing.OFFSET);
    }
}
