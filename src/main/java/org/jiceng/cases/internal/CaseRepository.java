package org.jiceng.cases.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jiceng.ArrayColumns;
import org.jiceng.Beijing;
import org.jiceng.Scope;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.TimelineEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases and their timeline; every read takes a {@link Scope}, every change checks the version it read. */
@Repository
class CaseRepository {

    static final String COLUMNS = """
            c.id, c.number, c.state, c.category_code, k.name as category_name, c.description, c.territory_code,
            c.lat, c.lon, c.address, c.channel, c.external_id, c.level, c.routed_unit_id, c.lead_unit_id,
            c.assist_unit_ids, c.received_at, c.response_due_at, c.check_in_due_at, c.resolve_due_at,
            c.due_provisional, c.responded_at, c.resolved_at, c.replied_at, c.closed_at, c.closed_level,
            c.extension_days, c.extension_reason, c.merged_into, c.reopen_count, c.rating_solved,
            c.rating_satisfaction, c.reporter_name, c.version, c.reporter_id, c.dispatcher_territory, c.dispatched_at, c.public,
            c.source_ref""";
    private static final String VIEW = "select " + COLUMNS + " from cases.case_file c join cases.category k on k.code = c.category_code";

    /**
     * Who may see a case besides its territory's staff: its reporter, a whistled unit, anyone a public case (a
     * follower follows public cases only). The policy ({@link CaseAccess}) then decides on the row found.
     */
    private static final String OWN = " or c.reporter_id = :reporter or c.lead_unit_id = :unit or :unit = any(c.assist_unit_ids)"
            + " or (c.public and :mayPublic)";
    private static final String FOLLOWING = ", exists (select 1 from cases.case_follower f where f.case_id = c.id"
            + " and f.user_id = :reporter) as following";

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewCase(String number, String territoryCode, String categoryCode, String description, Double lat, Double lon,
                   String address, String channel, String externalId, Long reporterId, String reporterName,
                   String level, Long routedUnitId, Instant receivedAt, Instant responseDue, Instant resolveDue,
                   boolean provisional, boolean publicCase, ReporterPhones.Stored phone, String sourceRef) {

        NewCase(String number, String territoryCode, String categoryCode, String description, Double lat, Double lon,
                String address, String channel, String externalId, Long reporterId, String reporterName,
                String level, Long routedUnitId, Instant receivedAt, Instant responseDue, Instant resolveDue,
                boolean provisional, boolean publicCase, ReporterPhones.Stored phone) {
            this(number, territoryCode, categoryCode, description, lat, lon, address, channel, externalId, reporterId,
                    reporterName, level, routedUnitId, receivedAt, responseDue, resolveDue, provisional, publicCase, phone,
                    null);
        }

        NewCase withPhone(ReporterPhones.Stored given) {
            return new NewCase(number, territoryCode, categoryCode, description, lat, lon, address, channel, externalId,
                    reporterId, reporterName, level, routedUnitId, receivedAt, responseDue, resolveDue, provisional,
                    publicCase, given, sourceRef);
        }

        /** The same case, opened from another module's record ({@code visit:123}). */
        NewCase withSource(String source) {
            return new NewCase(number, territoryCode, categoryCode, description, lat, lon, address, channel, externalId,
                    reporterId, reporterName, level, routedUnitId, receivedAt, responseDue, resolveDue, provisional,
                    publicCase, phone, source);
        }
    }

    /**
     * A case with what only the service looks at: the reporter's user id, who whistled it, when, and whether the
     * person reading it follows it.
     */
    record Stored(CaseView view, Long reporterId, String dispatcherTerritory, Instant dispatchedAt, boolean following) {

        Stored(CaseView view, Long reporterId, String dispatcherTerritory, Instant dispatchedAt) {
            this(view, reporterId, dispatcherTerritory, dispatchedAt, false);
        }
    }

    /** A new case with its first timeline entry: who filed it, a note, the photos given. */
    record Filed(NewCase row, String actor, String note, List<String> photoIds) {
    }

    /** The source key of what a new case's filing wrote, followed by the case's id. */
    static final String FILED_KEY = "filed:";

    /** An inbox message about a new case, to a person or to a territory node, written with the case. */
    record Notice(String caseNumber, Long userId, String territoryCode, String kind, String title, String body) {
    }

    /**
     * Writes new cases, their first timeline entries and their inbox messages, and answers the cases as stored, in
     * one statement whatever their number (a batch of filings costs one round trip). A case is left out, with its
     * messages, when another system's order with the same channel and external id is already stored (or committed
     * meanwhile by a request filing it at the same moment): the transaction stays usable to read that one.
     */
    List<Stored> insertAll(List<Filed> filed, List<Notice> notices) {
        List<NewCase> rows = filed.stream().map(Filed::row).toList();
        return jdbc.sql("""
                        with u as (
                            select * from unnest(cast(:number as text[]), cast(:territory as text[]), cast(:category as text[]),
                                cast(:description as text[]), cast(:lat as float8[]), cast(:lon as float8[]), cast(:address as text[]),
                                cast(:channel as text[]), cast(:externalId as text[]), cast(:reporterId as bigint[]),
                                cast(:reporterName as text[]), cast(:level as text[]), cast(:routedUnit as bigint[]),
                                cast(:receivedAt as timestamptz[]), cast(:responseDue as timestamptz[]),
                                cast(:resolveDue as timestamptz[]), cast(:provisional as boolean[]), cast(:actor as text[]),
                                cast(:note as text[]), cast(:photos as text[]), cast(:public as boolean[]),
                                cast(:phoneSealed as text[]), cast(:phoneMasked as text[]), cast(:phoneIndex as text[]),
                                cast(:source as text[]))
                            with ordinality as u(number, territory_code, category_code, description, lat, lon, address, channel,
                                external_id, reporter_id, reporter_name, level, routed_unit_id, received_at, response_due_at,
                                resolve_due_at, due_provisional, actor, note, photos, public, phone_sealed, phone_masked, phone_index,
                                source_ref, n)),
                        c as (
                            insert into cases.case_file (county, number, territory_code, category_code, description, lat, lon,
                                address, channel, external_id, reporter_id, reporter_name, state, level, routed_unit_id,
                                received_at, response_due_at, resolve_due_at, due_provisional, public, reporter_phone_sealed,
                                reporter_phone_masked, reporter_phone_index, source_ref)
                            select left(territory_code, 6), number, territory_code, category_code, description, lat, lon,
                                address, channel, external_id,
                                reporter_id, reporter_name, 'RECEIVED', level, routed_unit_id, received_at, response_due_at,
                                resolve_due_at, due_provisional, public, decode(phone_sealed, 'hex'), phone_masked,
                                decode(phone_index, 'hex'), source_ref
                            from u order by n
                            on conflict (channel, external_id, county) where external_id is not null do nothing
                            returning *),
                        e as (
                            insert into cases.case_event (county, case_id, at, actor, action, from_state, to_state, note,
                                attachments)
                            select c.county, c.id, c.received_at, u.actor, 'file', null, 'RECEIVED', u.note,
                                string_to_array(u.photos, ',')
                            from c join u on u.number = c.number order by c.id),
                        m as (
                            insert into cases.inbox (source_key, user_id, territory_code, case_id, kind, title, body,
                                created_at)
                            select cast(:filedKey as text) || c.id, v.user_id, v.territory_code, c.id, v.kind, v.title, v.body,
                                c.received_at
                            from unnest(cast(:noticeCase as text[]), cast(:noticeUser as bigint[]),
                                cast(:noticeTerritory as text[]), cast(:noticeKind as text[]), cast(:noticeTitle as text[]),
                                cast(:noticeBody as text[]))
                            with ordinality as v(number, user_id, territory_code, kind, title, body, n)
                            join c on c.number = v.number order by v.n)
                        select\s""" + COLUMNS + " from c join cases.category k on k.code = c.category_code")
                .param("number", ArrayColumns.text(rows, NewCase::number))
                .param("territory", ArrayColumns.text(rows, NewCase::territoryCode))
                .param("category", ArrayColumns.text(rows, NewCase::categoryCode))
                .param("description", ArrayColumns.text(rows, NewCase::description))
                .param("lat", ArrayColumns.text(rows, NewCase::lat))
                .param("lon", ArrayColumns.text(rows, NewCase::lon))
                .param("address", ArrayColumns.text(rows, NewCase::address))
                .param("channel", ArrayColumns.text(rows, NewCase::channel))
                .param("externalId", ArrayColumns.text(rows, NewCase::externalId))
                .param("reporterId", ArrayColumns.text(rows, NewCase::reporterId))
                .param("reporterName", ArrayColumns.text(rows, NewCase::reporterName))
                .param("level", ArrayColumns.text(rows, NewCase::level))
                .param("routedUnit", ArrayColumns.text(rows, NewCase::routedUnitId))
                .param("receivedAt", ArrayColumns.text(rows, NewCase::receivedAt))
                .param("responseDue", ArrayColumns.text(rows, NewCase::responseDue))
                .param("resolveDue", ArrayColumns.text(rows, NewCase::resolveDue))
                .param("provisional", ArrayColumns.text(rows, NewCase::provisional))
                .param("public", ArrayColumns.text(rows, NewCase::publicCase))
                .param("phoneSealed", ArrayColumns.text(rows, r -> r.phone().sealedHex()))
                .param("phoneMasked", ArrayColumns.text(rows, r -> r.phone().masked()))
                .param("phoneIndex", ArrayColumns.text(rows, r -> r.phone().indexHex()))
                .param("source", ArrayColumns.text(rows, NewCase::sourceRef))
                .param("actor", ArrayColumns.text(filed, Filed::actor))
                .param("note", ArrayColumns.text(filed, Filed::note))
                .param("photos", ArrayColumns.text(filed, f -> String.join(",", f.photoIds())))
                .param("filedKey", FILED_KEY)
                .param("noticeCase", ArrayColumns.text(notices, Notice::caseNumber))
                .param("noticeUser", ArrayColumns.text(notices, Notice::userId))
                .param("noticeTerritory", ArrayColumns.text(notices, Notice::territoryCode))
                .param("noticeKind", ArrayColumns.text(notices, Notice::kind))
                .param("noticeTitle", ArrayColumns.text(notices, Notice::title))
                .param("noticeBody", ArrayColumns.text(notices, Notice::body))
                .query((rs, n) -> stored(rs)).list();
    }

    Optional<Long> findExternal(String channel, String externalId) {
        return jdbc.sql("select id from cases.case_file where channel = :channel and external_id = :id")
                .param("channel", channel).param("id", externalId).query(Long.class).optional();
    }

    /** The rows a person may be shown, before the policy decides: see {@link CaseAccess#reach}. */
    record Reach(Scope scope, long userId, Long unitId, boolean publicCases) {
    }

    /** A case the reach covers: in the scope, the user's own, whistled to their unit, or public. */
    Optional<Stored> find(long id, Reach reach) {
        return jdbc.sql("select " + COLUMNS + FOLLOWING + " from cases.case_file c join cases.category k on k.code = c.category_code"
                        + " where c.id = :id and (" + reach.scope().where("c.territory_code", "c.county") + OWN + ")")
                .params(reach.scope().params()).param("id", id).param("reporter", reach.userId())
                .param("unit", reach.unitId()).param("mayPublic", reach.publicCases())
                .query((rs, n) -> stored(rs, rs.getBoolean("following"))).optional();
    }

    /** A case by its readable number, within the same reach as {@link #find}. */
    Optional<Stored> findByNumber(String number, Reach reach) {
        return jdbc.sql("select " + COLUMNS + FOLLOWING + " from cases.case_file c join cases.category k on k.code = c.category_code"
                        + " where c.number = :number and (" + reach.scope().where("c.territory_code", "c.county") + OWN + ")")
                .params(reach.scope().params()).param("number", number).param("reporter", reach.userId())
                .param("unit", reach.unitId()).param("mayPublic", reach.publicCases())
                .query((rs, n) -> stored(rs, rs.getBoolean("following"))).optional();
    }

    /** Makes a case public or private; false when it changed meanwhile. */
    boolean setPublic(long id, int version, boolean publicCase) {
        return jdbc.sql("update cases.case_file set public = :public, version = version + 1 where id = :id and version = :version")
                .param("public", publicCase).param("id", id).param("version", version).update() == 1;
    }

    boolean setCategory(long id, int version, String categoryCode) {
        return jdbc.sql("update cases.case_file set category_code = :code, version = version + 1 where id = :id and version = :version")
                .param("code", categoryCode).param("id", id).param("version", version).update() == 1;
    }

    /** Any case by id, for the system's own sweeps and the public Open311 view. */
    Optional<Stored> findAny(long id) {
        return jdbc.sql(VIEW + " where c.id = :id").param("id", id).query((rs, n) -> stored(rs)).optional();
    }

    /** A timeline entry at {@code at}, the clock's instant of the change (not the transaction's start). */
    void appendEvent(long caseId, Instant at, String actor, String action, CaseState from, CaseState to, String note,
                     List<String> attachments) {
        jdbc.sql("""
                        insert into cases.case_event (county, case_id, at, actor, action, from_state, to_state, note,
                            attachments)
                        select county, id, :at, :actor, :action, :from, :to, :note, :attachments
                        from cases.case_file where id = :case""")
                .param("case", caseId).param("at", Timestamp.from(at)).param("actor", actor).param("action", action)
                .param("from", from == null ? null : from.name()).param("to", to.name()).param("note", note)
                .param("attachments", attachments.toArray(String[]::new)).update();
    }

    List<TimelineEntry> timeline(long caseId) {
        return jdbc.sql("select id, at, actor, action, from_state, to_state, note, attachments from cases.case_event"
                        + " where case_id = :id order by id")
                .param("id", caseId)
                .query((rs, n) -> new TimelineEntry(rs.getLong("id"), beijing(rs, "at"), rs.getString("actor"),
                        rs.getString("action"), rs.getString("from_state"), rs.getString("to_state"), rs.getString("note"),
                        Arrays.asList((String[]) rs.getArray("attachments").getArray())))
                .list();
    }

    // ---- whistled units, followers, merges ----

    void whistle(long caseId, long unitId, boolean lead, Instant at, Instant checkInDue) {
        jdbc.sql("""
                        insert into cases.case_unit (county, case_id, unit_id, lead, whistled_at, check_in_due_at)
                        select county, id, :unit, :lead, :at, :due from cases.case_file where id = :case
                        on conflict (case_id, unit_id, county) do update set lead = excluded.lead, whistled_at = excluded.whistled_at,
                            check_in_due_at = excluded.check_in_due_at, checked_in_at = null""")
                .param("case", caseId).param("unit", unitId).param("lead", lead).param("at", Timestamp.from(at))
                .param("due", Timestamp.from(checkInDue)).update();
    }

    /** Records a unit's check-in; false when the unit was not whistled or has checked in already. */
    boolean checkIn(long caseId, long unitId, Instant at) {
        return jdbc.sql("update cases.case_unit set checked_in_at = :at where case_id = :case and unit_id = :unit and checked_in_at is null")
                .param("at", Timestamp.from(at)).param("case", caseId).param("unit", unitId).update() == 1;
    }

    void clearUnits(long caseId) {
        jdbc.sql("delete from cases.case_unit where case_id = :case").param("case", caseId).update();
    }

    void follow(long caseId, long userId) {
        jdbc.sql("insert into cases.case_follower (county, case_id, user_id) select county, id, :user"
                        + " from cases.case_file where id = :case on conflict do nothing")
                .param("case", caseId).param("user", userId).update();
    }

    /** Everyone told of a case's public changes: its reporter, its followers, and the reporters of cases merged into it. */
    List<Long> audience(long caseId) {
        return jdbc.sql("""
                        select reporter_id from cases.case_file where id = :case and reporter_id is not null
                        union select user_id from cases.case_follower where case_id = :case
                        union select reporter_id from cases.case_file where merged_into = :case and reporter_id is not null""")
                .param("case", caseId).query(Long.class).list();
    }

    /** Replies nobody rated within the waiting time: the auto-close sweep's work, oldest first. */
    List<Long> unratedRepliesBefore(Instant before, int limit) {
        return jdbc.sql("select id from cases.case_file where state = 'REPLIED' and replied_at < :before order by replied_at limit :limit")
                .param("before", Timestamp.from(before)).param("limit", limit).query(Long.class).list();
    }

    /** Times are answered in Beijing time, with their offset (DESIGN §9). */
    static OffsetDateTime beijing(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(Beijing.ZONE).toOffsetDateTime();
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        return stored(rs, false);
    }

    private static Stored stored(ResultSet rs, boolean following) throws SQLException {
        OffsetDateTime dispatched = rs.getObject("dispatched_at", OffsetDateTime.class);
        return new Stored(view(rs), (Long) rs.getObject("reporter_id"), rs.getString("dispatcher_territory"),
                dispatched == null ? null : dispatched.toInstant(), following);
    }

    static CaseView view(ResultSet rs) throws SQLException {
        return new CaseView(rs.getLong("id"), rs.getString("number"), CaseState.valueOf(rs.getString("state")),
                rs.getString("category_code"), rs.getString("category_name"), rs.getString("description"),
                rs.getString("territory_code"), (Double) rs.getObject("lat"), (Double) rs.getObject("lon"),
                rs.getString("address"), rs.getString("channel"), rs.getString("external_id"), rs.getString("level"),
                (Long) rs.getObject("routed_unit_id"), (Long) rs.getObject("lead_unit_id"), longs(rs.getArray("assist_unit_ids")),
                beijing(rs, "received_at"), beijing(rs, "response_due_at"), beijing(rs, "check_in_due_at"),
                beijing(rs, "resolve_due_at"), rs.getBoolean("due_provisional"), beijing(rs, "responded_at"),
                beijing(rs, "resolved_at"), beijing(rs, "replied_at"), beijing(rs, "closed_at"), rs.getString("closed_level"),
                (Integer) rs.getObject("extension_days"), rs.getString("extension_reason"), (Long) rs.getObject("merged_into"),
                rs.getInt("reopen_count"), (Boolean) rs.getObject("rating_solved"), rs.getString("rating_satisfaction"),
                rs.getString("reporter_name"), rs.getInt("version"), rs.getBoolean("public"), rs.getString("source_ref"));
    }

    private static List<Long> longs(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<Long> values = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            values.add(((Number) o).longValue());
        }
        return values;
    }
}
