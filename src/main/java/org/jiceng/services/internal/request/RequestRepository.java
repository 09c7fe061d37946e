package org.jiceng.services.internal.request;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.jiceng.services.internal.request.RequestViews.DueLine;
import org.jiceng.services.internal.request.RequestViews.Event;
import org.jiceng.services.internal.request.RequestViews.Line;
import org.jiceng.services.internal.request.RequestViews.Summary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Requests, their lines, photos and timeline. */
@Repository
class RequestRepository {

    private static final String REQUEST = """
            select r.id, r.county, r.village_code, r.item_id, r.item_version, r.item_name, r.bundle, r.resident_id,
                   r.resident_name, r.resident_user_id, r.channel, r.agent_user_id, r.agent_name, r.asked_at, r.status,
                   r.note, r.satisfaction, r.rating_comment, r.rated_by_agent, r.version
              from services.request r""";
    private static final String LINE = """
            select l.*, l.state = 'HANDED_OVER' and l.due_at < :now as overdue from services.request_line l""";

    private final JdbcClient jdbc;

    RequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A request as stored: its view, its county and the resident's own account if they asked themselves. */
    record Stored(Summary summary, String county, Long residentUserId) {
    }

    /** A line as stored, with what the deadline needs beyond the view. */
    record LineRow(Line line, String county, long requestId, int daysUsed, OffsetDateTime acceptedAt) {
    }

    long insertRequest(String village, long itemId, int itemVersion, String itemName, boolean bundle, long residentId,
                       String residentName, Long residentUserId, Channel channel, Long agentUserId, String agentName,
                       long askedBy, OffsetDateTime at, String note) {
        return jdbc.sql("""
                        insert into services.request (county, village_code, item_id, item_version, item_name, bundle,
                            resident_id, resident_name, resident_user_id, channel, agent_user_id, agent_name, asked_by,
                            asked_at, note, status)
                        values (:county, :village, :item, :iv, :name, :bundle, :rid, :rname, :ruser, :channel, :agent,
                            :agentName, :by, :at, :note, 'ASKED') returning id""")
                .param("county", village.substring(0, 6)).param("village", village).param("item", itemId)
                .param("iv", itemVersion).param("name", itemName).param("bundle", bundle).param("rid", residentId)
                .param("rname", residentName).param("ruser", residentUserId).param("channel", channel.name())
                .param("agent", agentUserId).param("agentName", agentName).param("by", askedBy).param("at", at)
                .param("note", note).query(Long.class).single();
    }

    void insertLine(String county, long requestId, int position, long itemId, int itemVersion, String itemName,
                    Long officeUnitId, String officeName, int timeLimitDays, List<String> materials) {
        jdbc.sql("""
                        insert into services.request_line (county, request_id, position, item_id, item_version,
                            item_name, office_unit_id, office_name, time_limit_days, materials, state)
                        values (:county, :request, :position, :item, :iv, :name, :office, :officeName, :limit,
                            :materials, 'ASKED')""")
                .param("county", county).param("request", requestId).param("position", position)
                .param("item", itemId).param("iv", itemVersion).param("name", itemName).param("office", officeUnitId)
                .param("officeName", officeName).param("limit", timeLimitDays)
                .param("materials", materials.toArray(String[]::new)).update();
    }

    Optional<Stored> request(long id, boolean lock) {
        return jdbc.sql(REQUEST + " where r.id = :id" + (lock ? " for update" : "")).param("id", id)
                .query(RequestRepository::stored).optional();
    }

    /**
     * Requests the reader may list, newest first: those in {@code scope}, the resident's own, and those with a line
     * handed to {@code unitId}; {@code status} narrows when given.
     */
    List<Summary> list(Scope scope, Long ownUser, Long ownResident, Long unitId, String status, long idBelow,
                       int limit) {
        String sql = REQUEST + " where (" + scope.where("r.village_code")
                + " or r.resident_user_id = :ownUser or r.resident_id = :ownResident"
                + " or exists (select 1 from services.request_line l where l.request_id = r.id and l.county = r.county"
                + " and l.office_unit_id = :unit and l.state <> 'ASKED' and l.state <> 'MATERIALS_CHECKED'))"
                + (status == null ? "" : " and r.status = :status")
                + " and r.id < :below order by r.id desc limit :limit";
        return jdbc.sql(sql).params(scope.params()).param("ownUser", ownUser == null ? -1L : ownUser)
                .param("ownResident", ownResident == null ? -1L : ownResident).param("unit", unitId == null ? -1L : unitId)
                .param("status", status).param("below", idBelow).param("limit", limit + 1)
                .query((rs, n) -> stored(rs, n).summary()).list();
    }

    List<Line> lines(long requestId, OffsetDateTime now) {
        return jdbc.sql(LINE + " where l.request_id = :id order by l.position").param("id", requestId)
                .param("now", now).query(RequestRepository::line).list();
    }

    Optional<LineRow> lineForUpdate(long requestId, long lineId, OffsetDateTime now) {
        return jdbc.sql(LINE + " where l.request_id = :request and l.id = :id for update").param("request", requestId)
                .param("id", lineId).param("now", now)
                .query((rs, n) -> new LineRow(line(rs, n), rs.getString("county"), rs.getLong("request_id"),
                        rs.getInt("days_used"), rs.getObject("accepted_at", OffsetDateTime.class)))
                .optional();
    }

    /** Writes a line's new state and facts if it is still at {@code version}; false when someone moved it first. */
    boolean updateLine(long id, int version, LineState state, List<String> checked, OffsetDateTime acceptedAt,
                       OffsetDateTime handedOverAt, OffsetDateTime dueAt, boolean provisional, int daysUsed,
                       OffsetDateTime returnedAt, String returnReason, String result, String resultNote,
                       OffsetDateTime decidedAt, OffsetDateTime endedAt) {
        return jdbc.sql("""
                        update services.request_line set state = :state, checked = :checked,
                            accepted_at = coalesce(accepted_at, :accepted), handed_over_at = :handed, due_at = :due,
                            provisional = :provisional, days_used = :used, returned_at = :returned,
                            return_reason = :reason, result = :result, result_note = :resultNote, decided_at = :decided,
                            ended_at = :ended, reminded = case when :state = 'HANDED_OVER' then false else reminded end,
                            version = version + 1
                        where id = :id and version = :version""")
                .param("state", state.name()).param("checked", checked.toArray(String[]::new))
                .param("accepted", acceptedAt).param("handed", handedOverAt).param("due", dueAt)
                .param("provisional", provisional).param("used", daysUsed).param("returned", returnedAt)
                .param("reason", returnReason).param("result", result).param("resultNote", resultNote)
                .param("decided", decidedAt).param("ended", endedAt).param("id", id).param("version", version)
                .update() == 1;
    }

    void updateRequest(long id, RequestStatus status, Long agentUserId, String agentName) {
        jdbc.sql("""
                        update services.request set status = :status, agent_user_id = coalesce(agent_user_id, :agent),
                            agent_name = coalesce(agent_name, :agentName), version = version + 1 where id = :id""")
                .param("status", status.name()).param("agent", agentUserId).param("agentName", agentName)
                .param("id", id).update();
    }

    boolean rate(long id, int version, String satisfaction, String comment, boolean byAgent, OffsetDateTime at) {
        return jdbc.sql("""
                        update services.request set satisfaction = :s, rating_comment = :c, rated_by_agent = :agent,
                            rated_at = :at, version = version + 1
                        where id = :id and version = :version and satisfaction is null""")
                .param("s", satisfaction).param("c", comment).param("agent", byAgent).param("at", at)
                .param("id", id).param("version", version).update() == 1;
    }

    void event(String county, long requestId, Long lineId, OffsetDateTime at, Long byUser, String byName, String kind,
               String note) {
        jdbc.sql("""
                        insert into services.request_event (county, request_id, line_id, at, by_user, by_name, kind, note)
                        values (:county, :request, :line, :at, :by, :name, :kind, :note)""")
                .param("county", county).param("request", requestId).param("line", lineId).param("at", at)
                .param("by", byUser).param("name", byName).param("kind", kind).param("note", note == null ? "" : note)
                .update();
    }

    List<Event> events(long requestId) {
        return jdbc.sql("""
                        select at, line_id, by_name, kind, note from services.request_event where request_id = :id
                        order by id""").param("id", requestId)
                .query((rs, n) -> new Event(rs.getObject("at", OffsetDateTime.class),
                        (Long) rs.getObject("line_id"), rs.getString("by_name"), rs.getString("kind"),
                        rs.getString("note"))).list();
    }

    long addPhoto(String county, long requestId, String contentType, byte[] content, long by, OffsetDateTime at) {
        return jdbc.sql("""
                        insert into services.request_photo (county, request_id, content_type, content, added_by, added_at)
                        values (:county, :request, :type, :content, :by, :at) returning id""")
                .param("county", county).param("request", requestId).param("type", contentType)
                .param("content", content).param("by", by).param("at", at).query(Long.class).single();
    }

    int photoCount(long requestId) {
        return jdbc.sql("select count(*) from services.request_photo where request_id = :id").param("id", requestId)
                .query(Integer.class).single();
    }

    List<Long> photoIds(long requestId) {
        return jdbc.sql("select id from services.request_photo where request_id = :id order by id")
                .param("id", requestId).query(Long.class).list();
    }

    record Photo(String contentType, byte[] content) {
    }

    Optional<Photo> photo(long requestId, long photoId) {
        return jdbc.sql("select content_type, content from services.request_photo where request_id = :r and id = :id")
                .param("r", requestId).param("id", photoId)
                .query((rs, n) -> new Photo(rs.getString(1), rs.getBytes(2))).optional();
    }

    /** Lines handed over and due before {@code before} (late ones too), in the scope or handed to the unit. */
    List<DueLine> dueLines(Scope scope, Long unitId, OffsetDateTime before, OffsetDateTime now, int limit) {
        return jdbc.sql("""
                        select r.id as request_id, l.id as line_id, r.village_code, r.resident_name, l.item_name,
                               l.office_name, l.state, l.due_at, l.due_at < :now as overdue
                          from services.request_line l join services.request r on r.id = l.request_id and r.county = l.county
                         where l.state = 'HANDED_OVER' and l.due_at < :before
                           and (%s or l.office_unit_id = :unit)
                         order by l.due_at, l.id limit :limit""".formatted(scope.where("r.village_code")))
                .params(scope.params()).param("unit", unitId == null ? -1L : unitId).param("before", before)
                .param("now", now).param("limit", limit)
                .query((rs, n) -> new DueLine(rs.getLong("request_id"), rs.getLong("line_id"),
                        rs.getString("village_code"), rs.getString("resident_name"), rs.getString("item_name"),
                        rs.getString("office_name"), rs.getString("state"),
                        LineState.valueOf(rs.getString("state")).label(), rs.getObject("due_at", OffsetDateTime.class),
                        rs.getBoolean("overdue")))
                .list();
    }

    /** The lines an office has in hand (handed over, returned for materials, decided), oldest deadline first. */
    List<DueLine> officeLines(String county, long unitId, OffsetDateTime now, int limit) {
        return jdbc.sql("""
                        select r.id as request_id, l.id as line_id, r.village_code, r.resident_name, l.item_name,
                               l.office_name, l.state, l.due_at, l.state = 'HANDED_OVER' and l.due_at < :now as overdue
                          from services.request_line l join services.request r on r.id = l.request_id and r.county = l.county
                         where l.county = :county and l.office_unit_id = :unit
                           and l.state in ('HANDED_OVER', 'RETURNED', 'DECIDED')
                           and r.status not in ('DONE', 'WITHDRAWN')
                         order by l.due_at nulls last, l.id limit :limit""")
                .param("county", county).param("unit", unitId).param("now", now).param("limit", limit)
                .query((rs, n) -> new DueLine(rs.getLong("request_id"), rs.getLong("line_id"),
                        rs.getString("village_code"), rs.getString("resident_name"), rs.getString("item_name"),
                        rs.getString("office_name"), rs.getString("state"),
                        LineState.valueOf(rs.getString("state")).label(), rs.getObject("due_at", OffsetDateTime.class),
                        rs.getBoolean("overdue")))
                .list();
    }

    /** A handed-over line the sweep looks at. */
    record Watched(long requestId, long lineId, String county, String villageCode, String itemName,
                   String residentName, Long agentUserId, OffsetDateTime dueAt, boolean reminded, boolean supervised) {
    }

    List<Watched> watched(OffsetDateTime before) {
        return jdbc.sql("""
                        select r.id as request_id, l.id as line_id, l.county, r.village_code, l.item_name,
                               r.resident_name, r.agent_user_id, l.due_at, l.reminded, l.supervised
                          from services.request_line l join services.request r on r.id = l.request_id and r.county = l.county
                         where l.state = 'HANDED_OVER' and l.due_at < :before and not (l.reminded and l.supervised)
                         order by l.due_at, l.id limit 1000""").param("before", before)
                .query((rs, n) -> new Watched(rs.getLong("request_id"), rs.getLong("line_id"), rs.getString("county"),
                        rs.getString("village_code"), rs.getString("item_name"), rs.getString("resident_name"),
                        (Long) rs.getObject("agent_user_id"), rs.getObject("due_at", OffsetDateTime.class),
                        rs.getBoolean("reminded"), rs.getBoolean("supervised")))
                .list();
    }

    /** Marks a line reminded or supervised; false when another sweep got there first. */
    boolean mark(long lineId, boolean supervised) {
        String column = supervised ? "supervised" : "reminded";
        return jdbc.sql("update services.request_line set " + column + " = true where id = :id and not " + column
                        + " and state = 'HANDED_OVER'").param("id", lineId).update() == 1;
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        Channel channel = Channel.valueOf(rs.getString("channel"));
        RequestStatus status = RequestStatus.valueOf(rs.getString("status"));
        Summary summary = new Summary(rs.getLong("id"), rs.getString("village_code"), rs.getLong("item_id"),
                rs.getInt("item_version"), rs.getString("item_name"), rs.getBoolean("bundle"),
                rs.getLong("resident_id"), rs.getString("resident_name"), channel.name(), channel.label(),
                (Long) rs.getObject("agent_user_id"), rs.getString("agent_name"),
                rs.getObject("asked_at", OffsetDateTime.class), status.name(), status.label(), rs.getString("note"),
                rs.getString("satisfaction"), rs.getString("rating_comment"), (Boolean) rs.getObject("rated_by_agent"),
                rs.getInt("version"));
        return new Stored(summary, rs.getString("county"), (Long) rs.getObject("resident_user_id"));
    }

    private static Line line(ResultSet rs, int n) throws SQLException {
        LineState state = LineState.valueOf(rs.getString("state"));
        return new Line(rs.getLong("id"), rs.getInt("position"), rs.getLong("item_id"), rs.getInt("item_version"),
                rs.getString("item_name"), (Long) rs.getObject("office_unit_id"), rs.getString("office_name"),
                rs.getInt("time_limit_days"), texts(rs.getArray("materials")), texts(rs.getArray("checked")),
                state.name(), state.label(), rs.getObject("handed_over_at", OffsetDateTime.class),
                rs.getObject("due_at", OffsetDateTime.class), rs.getBoolean("provisional"),
                rs.getString("return_reason"), rs.getString("result"), rs.getString("result_note"),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getObject("ended_at", OffsetDateTime.class),
                rs.getBoolean("overdue"), rs.getInt("version"));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
