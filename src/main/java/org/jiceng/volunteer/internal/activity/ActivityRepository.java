package org.jiceng.volunteer.internal.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.Beijing;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Activities, in SQL. */
@Repository
class ActivityRepository {

    record ActivityRow(long id, String county, String communityCode, long teamId, String teamName, String title,
                       String place, String description, OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity,
                       ActivityState status, int signedUp, int waiting, int version) {

        Instant start() {
            return startsAt.toInstant();
        }

        Instant end() {
            return endsAt.toInstant();
        }
    }

    record NewActivity(String communityCode, long teamId, String title, String place, String description,
                       OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity, ActivityState status) {
    }

    private static final String SELECT = """
            select a.id, a.county, a.community_code, a.team_id, t.name as team_name, a.title, a.place, a.description,
                   a.starts_at, a.ends_at, a.capacity, a.status, a.version,
                   (select count(*) from volunteer.attendance s where s.county = a.county and s.activity_id = a.id
                      and s.status = 'SIGNED_UP') as signed_up,
                   (select count(*) from volunteer.attendance s where s.county = a.county and s.activity_id = a.id
                      and s.status = 'WAITING') as waiting
            from volunteer.activity a join volunteer.team t on t.county = a.county and t.id = a.team_id""";

    private final JdbcClient jdbc;

    ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewActivity a, long by) {
        return jdbc.sql("""
                        insert into volunteer.activity (county, community_code, team_id, title, place, description,
                                                        starts_at, ends_at, capacity, status, created_by)
                        values (:county, :community, :team, :title, :place, :description, :starts, :ends, :capacity,
                                :status, :by) returning id""")
                .param("county", a.communityCode().substring(0, 6)).param("community", a.communityCode())
                .param("team", a.teamId()).param("title", a.title()).param("place", a.place())
                .param("description", a.description()).param("starts", a.startsAt()).param("ends", a.endsAt())
                .param("capacity", a.capacity()).param("status", a.status().name()).param("by", by)
                .query(Long.class).single();
    }

    Optional<ActivityRow> find(long id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(ActivityRepository::map).optional();
    }

    /** Locks the activity's row: sign-ups, cancellations and check-ins of one activity take turns. */
    Optional<ActivityRow> lock(long id) {
        jdbc.sql("select 1 from volunteer.activity where id = :id for update").param("id", id).query(Integer.class)
                .optional();
        return find(id);
    }

    /** The activities in {@code scope} or of a team {@code userId} leads, newest first. */
    List<ActivityRow> within(Scope scope, long userId, Long teamId, ActivityState status, long below, int limit) {
        return jdbc.sql(SELECT + " where (" + scope.where("a.community_code", "a.county") + " or a.team_id in ("
                        + "select m.team_id from volunteer.team_member m join volunteer.volunteer v"
                        + " on v.county = m.county and v.id = m.volunteer_id where v.user_id = :user and m.leader))"
                        + (teamId == null ? "" : " and a.team_id = :team")
                        + (status == null ? "" : " and a.status = :status")
                        + " and a.id < :below order by a.id desc limit :limit")
                .params(scope.params()).param("user", userId).param("team", teamId)
                .param("status", status == null ? null : status.name()).param("below", below).param("limit", limit)
                .query(ActivityRepository::map).list();
    }

    boolean move(long id, int version, ActivityState to) {
        return jdbc.sql("update volunteer.activity set status = :to, version = version + 1 where id = :id and version = :v")
                .param("to", to.name()).param("id", id).param("v", version).update() == 1;
    }

    /** Open activities whose start has come. */
    List<Long> dueToRun(Instant now) {
        return jdbc.sql("select id from volunteer.activity where status = 'OPEN' and starts_at <= :now order by id limit 200")
                .param("now", now.atOffset(Beijing.OFFSET)).query(Long.class).list();
    }

    /** Open or running activities whose end lies before {@code before} (the end plus the grace period). */
    List<Long> dueToClose(Instant before) {
        return jdbc.sql("""
                        select id from volunteer.activity where status in ('OPEN', 'RUNNING') and ends_at <= :before
                        order by id limit 200""")
                .param("before", before.atOffset(Beijing.OFFSET)).query(Long.class).list();
    }

    /** Open activities starting before {@code until} with a volunteer holding a place who has not been reminded. */
    List<Long> dueForReminder(Instant now, Instant until) {
        return jdbc.sql("""
                        select a.id from volunteer.activity a where a.status = 'OPEN'
                          and a.starts_at > :now and a.starts_at <= :until
                          and exists (select 1 from volunteer.attendance s where s.county = a.county
                                      and s.activity_id = a.id and s.status = 'SIGNED_UP' and not s.reminded)
                        order by a.id limit 200""")
                .param("now", now.atOffset(Beijing.OFFSET)).param("until", until.atOffset(Beijing.OFFSET))
                .query(Long.class).list();
    }

    private static ActivityRow map(ResultSet rs, int row) throws SQLException {
        return new ActivityRow(rs.getLong("id"), rs.getString("county"), rs.getString("community_code"),
                rs.getLong("team_id"), rs.getString("team_name"), rs.getString("title"), rs.getString("place"),
                rs.getString("description"), Beijing.shown(rs.getObject("starts_at", OffsetDateTime.class)),
                Beijing.shown(rs.getObject("ends_at", OffsetDateTime.class)), rs.getInt("capacity"),
                ActivityState.valueOf(rs.getString("status")), rs.getInt("signed_up"), rs.getInt("waiting"),
                rs.getInt("version"));
    }
}
