package org.jiceng.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.TimelineEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases and their timeline; every read takes a {@link Scope}, every change checks the version it read. */
@Repository
class CaseRepository {

    private static final String VIEW = """
            select c.id, c.number, c.state, c.category_code, k.name as category_name, c.description, c.territory_code,
                   c.lat, c.lon, c.address, c.channel, c.level, c.lead_unit_id, c.received_at, c.response_due_at,
                   c.check_in_due_at, c.resolve_due_at, c.due_provisional, c.reporter_name, c.version, c.reporter_id
            from cases.case_file c join cases.category k on k.code = c.category_code""";

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewCase(String number, String territoryCode, String categoryCode, String description, Double lat, Double lon,
                   String address, String channel, Long reporterId, String reporterName, String level,
                   Instant responseDue, Instant resolveDue, boolean provisional) {
    }

    /** A case with the reporter's user id, which only the service looks at. */
    record Stored(CaseView view, Long reporterId) {
    }

    int nextNumber(String county, LocalDate day) {
        return jdbc.sql("""
                        insert into cases.case_number (county, day, last) values (:county, :day, 1)
                        on conflict (county, day) do update set last = case_number.last + 1
                        returning last""")
                .param("county", county).param("day", day).query(Integer.class).single();
    }

    long insert(NewCase c) {
        return jdbc.sql("""
                        insert into cases.case_file (number, territory_code, category_code, description, lat, lon, address,
                            channel, reporter_id, reporter_name, state, level, response_due_at, resolve_due_at, due_provisional)
                        values (:number, :territory, :category, :description, :lat, :lon, :address, :channel, :reporterId,
                                :reporterName, 'RECEIVED', :level, :responseDue, :resolveDue, :provisional)
                        returning id""")
                .param("number", c.number()).param("territory", c.territoryCode()).param("category", c.categoryCode())
                .param("description", c.description()).param("lat", c.lat()).param("lon", c.lon())
                .param("address", c.address()).param("channel", c.channel()).param("reporterId", c.reporterId())
                .param("reporterName", c.reporterName()).param("level", c.level())
                .param("responseDue", Timestamp.from(c.responseDue())).param("resolveDue", Timestamp.from(c.resolveDue()))
                .param("provisional", c.provisional())
                .query(Long.class).single();
    }

    /** Cases the scope covers, or reported by {@code reporterId}, or dispatched to {@code unitId}. */
    Optional<Stored> find(long id, Scope scope, Long reporterId, Long unitId) {
        return jdbc.sql(VIEW + " where c.id = :id and (" + scope.where("c.territory_code")
                        + " or c.reporter_id = :reporter or c.lead_unit_id = :unit)")
                .params(scope.params()).param("id", id).param("reporter", reporterId).param("unit", unitId)
                .query((rs, n) -> new Stored(view(rs), (Long) rs.getObject("reporter_id"))).optional();
    }

    /** Newest first, keyset on (received_at, id); filters are optional. */
    List<CaseView> list(Scope scope, Long reporterId, Long unitId, CaseState state, String category,
                        boolean overdueOnly, OffsetDateTime beforeTime, long beforeId, int limit) {
        StringBuilder where = new StringBuilder(" where (" + scope.where("c.territory_code")
                + " or c.reporter_id = :reporter or c.lead_unit_id = :unit)")
                .append(" and (c.received_at, c.id) < (:beforeTime, :beforeId)");
        if (state != null) {
            where.append(" and c.state = :state");
        }
        if (category != null) {
            where.append(" and c.category_code like :category");
        }
        if (overdueOnly) {
            where.append(" and c.state not in ('CLOSED', 'REJECTED', 'RESOLVED', 'VERIFIED', 'REPLIED') and c.resolve_due_at < now()");
        }
        var spec = jdbc.sql(VIEW + where + " order by c.received_at desc, c.id desc limit :limit")
                .params(scope.params()).param("reporter", reporterId).param("unit", unitId)
                .param("beforeTime", beforeTime).param("beforeId", beforeId).param("limit", limit);
        if (state != null) {
            spec = spec.param("state", state.name());
        }
        if (category != null) {
            spec = spec.param("category", category + "%");
        }
        return spec.query((rs, n) -> view(rs)).list();
    }

    boolean move(long id, int version, CaseState to, Long leadUnit, Instant checkInDue) {
        return jdbc.sql("""
                        update cases.case_file set state = :to, version = version + 1,
                            lead_unit_id = coalesce(:unit, lead_unit_id),
                            check_in_due_at = coalesce(:checkInDue, check_in_due_at)
                        where id = :id and version = :version""")
                .param("to", to.name()).param("unit", leadUnit)
                .param("checkInDue", checkInDue == null ? null : Timestamp.from(checkInDue))
                .param("id", id).param("version", version).update() == 1;
    }

    void rate(long id, boolean solved, String satisfaction) {
        jdbc.sql("update cases.case_file set rating_solved = :solved, rating_satisfaction = :satisfaction where id = :id")
                .param("solved", solved).param("satisfaction", satisfaction).param("id", id).update();
    }

    void appendEvent(long caseId, String actor, String action, CaseState from, CaseState to, String note) {
        jdbc.sql("""
                        insert into cases.case_event (case_id, actor, action, from_state, to_state, note)
                        values (:case, :actor, :action, :from, :to, :note)""")
                .param("case", caseId).param("actor", actor).param("action", action)
                .param("from", from == null ? null : from.name()).param("to", to.name()).param("note", note).update();
    }

    List<TimelineEntry> timeline(long caseId) {
        return jdbc.sql("select id, at, actor, action, from_state, to_state, note from cases.case_event where case_id = :id order by id")
                .param("id", caseId)
                .query((rs, n) -> new TimelineEntry(rs.getLong("id"), beijing(rs, "at"), rs.getString("actor"),
                        rs.getString("action"), rs.getString("from_state"), rs.getString("to_state"), rs.getString("note")))
                .list();
    }

    /** Times are answered in Beijing time, with their offset (DESIGN §9). */
    private static OffsetDateTime beijing(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(org.jiceng.cases.WorkingCalendar.BEIJING).toOffsetDateTime();
    }

    private static CaseView view(ResultSet rs) throws SQLException {
        return new CaseView(rs.getLong("id"), rs.getString("number"), CaseState.valueOf(rs.getString("state")),
                rs.getString("category_code"), rs.getString("category_name"), rs.getString("description"),
                rs.getString("territory_code"), (Double) rs.getObject("lat"), (Double) rs.getObject("lon"),
                rs.getString("address"), rs.getString("channel"), rs.getString("level"),
                (Long) rs.getObject("lead_unit_id"), beijing(rs, "received_at"), beijing(rs, "response_due_at"),
                beijing(rs, "check_in_due_at"), beijing(rs, "resolve_due_at"), rs.getBoolean("due_provisional"),
                rs.getString("reporter_name"), rs.getInt("version"));
    }
}
