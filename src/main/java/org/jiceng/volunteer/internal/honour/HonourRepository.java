package org.jiceng.volunteer.internal.honour;

import org.jiceng.County;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.jiceng.volunteer.internal.honour.HonourViews.BlackEntry;
import org.jiceng.volunteer.internal.honour.HonourViews.RedEntry;
import org.jiceng.volunteer.internal.honour.HonourViews.RedList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The monthly tally, the 红榜 and the 黑榜. */
@Repository
class HonourRepository {

    private static final String BLACK = """
            select id, community_code, subject_user_id, subject_resident_id, display_name, conduct, rule_broken,
                   decided_by, decided_on, ends_on, status, told_at, told_how, appeal_reason, appealed_at, appeal_upheld,
                   appeal_decision, version
            from volunteer.black_entry""";

    private final JdbcClient jdbc;

    HonourRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts an attendance's minutes into its month once; false when it was counted before. */
    boolean tally(String county, long attendanceId, long volunteerId, String community, LocalDate month, int minutes) {
        int fresh = jdbc.sql("""
                        insert into volunteer.hours_tally_source (county, attendance_id) values (:county, :a)
                        on conflict do nothing""").param("county", county).param("a", attendanceId).update();
        if (fresh == 0) {
            return false;
        }
        jdbc.sql("""
                        insert into volunteer.hours_tally (county, volunteer_id, month, community_code, minutes)
                        values (:county, :v, :month, :community, :minutes)
                        on conflict (county, volunteer_id, month)
                        do update set minutes = hours_tally.minutes + excluded.minutes,
                                      community_code = excluded.community_code""")
                .param("county", county).param("v", volunteerId).param("month", month).param("community", community)
                .param("minutes", minutes).update();
        return true;
    }

    record Tallied(long volunteerId, int minutes) {
    }

    List<Tallied> topOfMonth(String community, LocalDate month, int limit) {
        return jdbc.sql("""
                        select volunteer_id, minutes from volunteer.hours_tally
                        where county = :county and community_code = :c and month = :m and minutes > 0
                        order by minutes desc, volunteer_id limit :limit""")
                .param("county", County.of(community)).param("c", community).param("m", month).param("limit", limit)
                .query((rs, n) -> new Tallied(rs.getLong("volunteer_id"), rs.getInt("minutes"))).list();
    }

    Optional<Long> redListOf(String community, LocalDate month) {
        return jdbc.sql("select id from volunteer.red_list where county = :county and community_code = :c and month = :m")
                .param("county", County.of(community)).param("c", community).param("m", month).query(Long.class).optional();
    }

    long newRedList(String community, LocalDate month, long by) {
        return jdbc.sql("""
                        insert into volunteer.red_list (county, community_code, month, created_by)
                        values (:county, :c, :m, :by) returning id""")
                .param("county", community.substring(0, 6)).param("c", community).param("m", month).param("by", by)
                .query(Long.class).single();
    }

    void addRedEntry(long listId, String county, String category, String name, Long volunteerId, Integer minutes,
                     String evidence, long by, OffsetDateTime at) {
        jdbc.sql("""
                        insert into volunteer.red_entry (county, list_id, category, display_name, volunteer_id, minutes,
                            evidence, verified_by, created_at)
                        values (:county, :list, :category, :name, :v, :minutes, :evidence, :by, :at)""")
                .param("county", county).param("list", listId).param("category", category).param("name", name)
                .param("v", volunteerId).param("minutes", minutes).param("evidence", evidence).param("by", by)
                .param("at", at).update();
    }

    Optional<RedList> redList(long id) {
        return jdbc.sql("select id, community_code, month, status, version from volunteer.red_list where id = :id")
                .param("id", id)
                .query((rs, n) -> {
                    long list = rs.getLong("id");
                    String status = rs.getString("status");
                    return new RedList(list, rs.getString("community_code"),
                            YearMonth.from(rs.getObject("month", LocalDate.class)), status,
                            status.equals("DRAFT") ? "草稿" : "已公布", List.of(), rs.getInt("version"));
                }).optional()
                .map(l -> new RedList(l.id(), l.communityCode(), l.month(), l.status(), l.statusName(), redEntries(l.id()),
                        l.version()));
    }

    List<RedEntry> redEntries(long listId) {
        return jdbc.sql("""
                        select id, category, display_name, minutes, evidence from volunteer.red_entry
                        where list_id = :list order by category desc, minutes desc nulls last, id""")
                .param("list", listId)
                .query((rs, n) -> new RedEntry(rs.getLong("id"), rs.getString("category"),
                        HonourViews.categoryName(rs.getString("category")), rs.getString("display_name"),
                        rs.getObject("minutes", Integer.class), rs.getString("evidence")))
                .list();
    }

    boolean publish(long listId, int version, long by, OffsetDateTime at) {
        return jdbc.sql("""
                        update volunteer.red_list set status = 'PUBLISHED', published_by = :by, published_at = :at,
                            version = version + 1
                        where id = :id and version = :version and status = 'DRAFT'""")
                .param("by", by).param("at", at).param("id", listId).param("version", version).update() == 1;
    }

    long decideBlack(String community, Long userId, Long residentId, Long volunteerId, String name, String conduct,
                     String rule, String decidedBy, LocalDate decidedOn, LocalDate endsOn, long by, OffsetDateTime at) {
        return jdbc.sql("""
                        insert into volunteer.black_entry (county, community_code, subject_user_id, subject_resident_id,
                            subject_volunteer_id, display_name, conduct, rule_broken, decided_by, decided_on, ends_on,
                            recorded_by, recorded_at, status)
                        values (:county, :c, :user, :resident, :volunteer, :name, :conduct, :rule, :decidedBy, :decidedOn,
                            :endsOn, :by, :at, 'UNTOLD') returning id""")
                .param("county", community.substring(0, 6)).param("c", community).param("user", userId)
                .param("resident", residentId).param("volunteer", volunteerId).param("name", name)
                .param("conduct", conduct).param("rule", rule).param("decidedBy", decidedBy)
                .param("decidedOn", decidedOn).param("endsOn", endsOn).param("by", by).param("at", at)
                .query(Long.class).single();
    }

    record Black(BlackEntry entry, Long subjectUserId, Long subjectResidentId) {
    }

    Optional<Black> black(long id) {
        return jdbc.sql(BLACK + " where id = :id").param("id", id).query(HonourRepository::black).optional();
    }

    List<Black> blacks(Scope scope, long idBelow, int limit) {
        return jdbc.sql(BLACK + " where " + scope.where("community_code", "county") + " and id < :below order by id desc limit :limit")
                .params(scope.params()).param("below", idBelow).param("limit", limit + 1)
                .query(HonourRepository::black).list();
    }

    List<Black> ofSubject(long userId, Long residentId) {
        return jdbc.sql(BLACK + " where subject_user_id = :u or subject_resident_id = :r order by id desc limit 50")
                .param("u", userId).param("r", residentId == null ? -1L : residentId)
                .query(HonourRepository::black).list();
    }

    /** The entries a community's public board shows: told, not under appeal, not revoked, not ended. */
    List<BlackEntry> shownBlack(String community, LocalDate today) {
        return jdbc.sql(BLACK + " where county = :county and community_code = :c and status = 'ACTIVE' and ends_on > :today order by id")
                .param("county", County.of(community)).param("c", community).param("today", today).query(HonourRepository::black).list().stream()
                .map(Black::entry).toList();
    }

    boolean told(long id, int version, String how, long by, OffsetDateTime at) {
        return jdbc.sql("""
                        update volunteer.black_entry set status = 'ACTIVE', told_at = :at, told_how = :how, told_by = :by,
                            version = version + 1
                        where id = :id and version = :version and status = 'UNTOLD'""")
                .param("at", at).param("how", how).param("by", by).param("id", id).param("version", version)
                .update() == 1;
    }

    boolean appeal(long id, int version, String reason, OffsetDateTime at) {
        return jdbc.sql("""
                        update volunteer.black_entry set status = 'APPEALED', appeal_reason = :reason, appealed_at = :at,
                            version = version + 1
                        where id = :id and version = :version and status = 'ACTIVE' and appealed_at is null""")
                .param("reason", reason).param("at", at).param("id", id).param("version", version).update() == 1;
    }

    boolean decideAppeal(long id, int version, boolean upheld, String decision, long by, OffsetDateTime at) {
        return jdbc.sql("""
                        update volunteer.black_entry set status = :status, appeal_upheld = :upheld,
                            appeal_decision = :decision, appeal_decided_by = :by, appeal_decided_at = :at,
                            version = version + 1
                        where id = :id and version = :version and status = 'APPEALED'""")
                .param("status", upheld ? "REVOKED" : "ACTIVE").param("upheld", upheld).param("decision", decision)
                .param("by", by).param("at", at).param("id", id).param("version", version).update() == 1;
    }

    /** Ends every entry whose term is over; an ended entry leaves the public list. */
    int endExpired(LocalDate today, OffsetDateTime at) {
        return jdbc.sql("""
                        update volunteer.black_entry set status = 'ENDED', ended_at = :at, version = version + 1
                        where ends_on <= :today and status in ('UNTOLD', 'ACTIVE', 'APPEALED')""")
                .param("today", today).param("at", at).update();
    }

    private static Black black(ResultSet rs, int row) throws SQLException {
        String status = rs.getString("status");
        BlackEntry entry = new BlackEntry(rs.getLong("id"), rs.getString("community_code"),
                rs.getString("display_name"), rs.getString("conduct"), rs.getString("rule_broken"),
                rs.getString("decided_by"), rs.getObject("decided_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), status, HonourViews.blackStatusName(status),
                rs.getObject("told_at", OffsetDateTime.class), rs.getString("told_how"), rs.getString("appeal_reason"),
                rs.getObject("appealed_at", OffsetDateTime.class), rs.getObject("appeal_upheld", Boolean.class),
                rs.getString("appeal_decision"), rs.getInt("version"));
        return new Black(entry, rs.getObject("subject_user_id", Long.class),
                rs.getObject("subject_resident_id", Long.class));
    }
}
