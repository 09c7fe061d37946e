package org.jiceng.party.internal.branchlife;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jiceng.Scope;
import org.jiceng.party.OrganisationLevel;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** BranchMeetings, their attendance and photos, and the organisations and members they belong to. */
@Repository
class BranchMeetingRepository {

    private static final String SELECT = """
            select m.id, m.organisation_id, o.name, m.territory_code, m.kind, m.status, m.held_on, m.start_time,
                   m.place, m.topics, m.minutes, m.version
            from party.meeting m join party.organisation o on o.id = m.organisation_id
            """;

    static final String SUBTREE = """
            with recursive subtree (id) as (
                select id from party.organisation where id = :organisation
                union all
                select o.id from party.organisation o join subtree s on o.parent_id = s.id)
            """;

    private final JdbcClient jdbc;

    BranchMeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BranchFacts> organisation(long id) {
        return jdbc.sql("""
                        select id, parent_id, name, level, territory_code, established_on, dissolved_on
                        from party.organisation where id = :id""")
                .param("id", id).query((rs, n) -> new BranchFacts(rs.getLong(1), (Long) rs.getObject(2),
                        rs.getString(3), OrganisationLevel.valueOf(rs.getString(4)), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)))
                .optional();
    }

    /** The organisations a member belongs to as far as branch life goes: their own and the one above it. */
    Set<Long> organisationsOf(Long memberId, Long residentId) {
        if (memberId == null && residentId == null) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        select o.id from party.member m join party.organisation o on o.id = m.organisation_id
                        where m.id = :member or m.resident_id = :resident
                        union
                        select o.parent_id from party.member m join party.organisation o on o.id = m.organisation_id
                        where (m.id = :member or m.resident_id = :resident) and o.parent_id is not null""")
                .param("member", memberId == null ? -1L : memberId)
                .param("resident", residentId == null ? -1L : residentId).query(Long.class).list());
    }

    /** The members of an organisation and of those below it, by name. */
    List<MemberFacts> members(long organisationId) {
        return jdbc.sql(SUBTREE + """
                        select m.id, m.resident_id, m.name, m.territory_code, m.organisation_id from party.member m
                        where m.organisation_id in (select id from subtree) order by m.name, m.id limit 2000""")
                .param("organisation", organisationId).query((rs, n) -> new MemberFacts(rs.getLong(1),
                        rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5))).list();
    }

    record NewMeeting(long organisationId, String territoryCode, MeetingKind kind, boolean held, LocalDate heldOn,
                      LocalTime startTime, String place, String topics, String minutes, long createdBy) {
    }

    long insert(NewMeeting m) {
        return jdbc.sql("""
                        insert into party.meeting (county, organisation_id, territory_code, kind, status, held_on,
                                                   start_time, place, topics, minutes, created_by)
                        values (left(:territory, 6), :organisation, :territory, :kind, :status, :heldOn, :startTime,
                                :place, :topics, :minutes, :createdBy)
                        returning id""")
                .param("territory", m.territoryCode()).param("organisation", m.organisationId())
                .param("kind", m.kind().name()).param("status", m.held() ? "HELD" : "PLANNED")
                .param("heldOn", m.heldOn()).param("startTime", m.startTime()).param("place", m.place())
                .param("topics", m.topics()).param("minutes", m.minutes()).param("createdBy", m.createdBy())
                .query(Long.class).single();
    }

    /** Records the meeting as held, if nobody changed it since {@code version}; answers whether it did. */
    boolean record(long id, int version, LocalDate heldOn, LocalTime startTime, String place, String topics,
                   String minutes) {
        return jdbc.sql("""
                        update party.meeting set status = 'HELD', held_on = :heldOn, start_time = :startTime,
                            place = :place, topics = :topics, minutes = :minutes, version = version + 1
                        where id = :id and version = :version""")
                .param("id", id).param("version", version).param("heldOn", heldOn).param("startTime", startTime)
                .param("place", place).param("topics", topics).param("minutes", minutes).update() == 1;
    }

    void replaceAttendance(long meetingId, String territoryCode, List<MeetingView.Attendance> attendance) {
        jdbc.sql("delete from party.meeting_attendance where county = left(:territory, 6) and meeting_id = :meeting")
                .param("territory", territoryCode).param("meeting", meetingId).update();
        for (MeetingView.Attendance a : attendance) {
            jdbc.sql("""
                            insert into party.meeting_attendance (county, meeting_id, member_id, status, reason)
                            values (left(:territory, 6), :meeting, :member, :status, :reason)""")
                    .param("territory", territoryCode).param("meeting", meetingId).param("member", a.memberId())
                    .param("status", a.status().name()).param("reason", a.reason()).update();
        }
    }

    Optional<MeetingView> find(long id) {
        return jdbc.sql(SELECT + "where m.id = :id").param("id", id).query(mapper()).optional()
                .map(m -> m.with(attendance(id), photoIds(id)));
    }

    List<MeetingView.Attendance> attendance(long meetingId) {
        return jdbc.sql("""
                        select a.member_id, p.name, a.status, a.reason from party.meeting_attendance a
                        join party.member p on p.id = a.member_id and p.county = a.county
                        where a.meeting_id = :meeting order by a.status, p.name, a.member_id""")
                .param("meeting", meetingId).query((rs, n) -> new MeetingView.Attendance(rs.getLong(1),
                        rs.getString(2), AttendanceStatus.valueOf(rs.getString(3)), rs.getString(4))).list();
    }

    List<Long> photoIds(long meetingId) {
        return jdbc.sql("select id from party.meeting_photo where meeting_id = :meeting order by id")
                .param("meeting", meetingId).query(Long.class).list();
    }

    /**
     * BranchMeetings in the scope or of the given organisations (a member's own branch), between two days, newest first
     * after the cursor's (day, id); attendance is not read for a list.
     */
    List<MeetingView> list(Scope scope, Collection<Long> ownOrganisations, Long organisationId, LocalDate from,
                           LocalDate to, LocalDate afterDay, long afterId, int limit) {
        String own = ownOrganisations.isEmpty() ? "false" : "m.organisation_id in (:own)";
        var sql = jdbc.sql(SELECT + "where (" + scope.where("m.territory_code", "m.county") + " or " + own + ")"
                        + (organisationId == null ? "" : " and m.organisation_id = :organisation")
                        + " and m.held_on between :from and :to"
                        + (afterDay == null ? "" : " and (m.held_on, m.id) < (:afterDay, :afterId)")
                        + " order by m.held_on desc, m.id desc limit :limit")
                .params(scope.params()).param("from", from).param("to", to).param("limit", limit);
        if (!ownOrganisations.isEmpty()) {
            sql = sql.param("own", ownOrganisations);
        }
        if (organisationId != null) {
            sql = sql.param("organisation", organisationId);
        }
        if (afterDay != null) {
            sql = sql.param("afterDay", afterDay).param("afterId", afterId);
        }
        return sql.query(mapper()).list();
    }

    /** The days the organisation held meetings of each kind in a year. */
    List<HeldDay> heldDays(Collection<Long> organisationIds, int year) {
        return jdbc.sql("""
                        select m.organisation_id, m.kind, m.held_on from party.meeting m
                        where m.organisation_id in (:organisations) and m.status = 'HELD'
                          and m.held_on >= make_date(:year, 1, 1) and m.held_on < make_date(:year + 1, 1, 1)""")
                .param("organisations", organisationIds).param("year", year)
                .query((rs, n) -> new HeldDay(rs.getLong(1), MeetingKind.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class))).list();
    }

    record HeldDay(long organisationId, MeetingKind kind, LocalDate day) {
    }

    /** Attendance of the organisation's held meetings in a year: [present, leave, absent]. */
    long[] attendanceCounts(long organisationId, int year) {
        return jdbc.sql("""
                        select count(*) filter (where a.status = 'PRESENT'), count(*) filter (where a.status = 'LEAVE'),
                               count(*) filter (where a.status = 'ABSENT')
                        from party.meeting m join party.meeting_attendance a on a.meeting_id = m.id and a.county = m.county
                        where m.organisation_id = :organisation and m.status = 'HELD'
                          and m.held_on >= make_date(:year, 1, 1) and m.held_on < make_date(:year + 1, 1, 1)""")
                .param("organisation", organisationId).param("year", year)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    /** The groups directly or indirectly below an organisation. */
    List<BranchFacts> groupsBelow(long organisationId) {
        return jdbc.sql(SUBTREE + """
                        select id, parent_id, name, level, territory_code, established_on, dissolved_on
                        from party.organisation where id in (select id from subtree) and level = 'GROUP'
                          and dissolved_on is null order by id""")
                .param("organisation", organisationId)
                .query((rs, n) -> new BranchFacts(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3),
                        OrganisationLevel.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class))).list();
    }

    /** Branches and 党总支 standing in the scope, by territory, at most {@code limit}. */
    List<BranchFacts> branches(Scope scope, int limit) {
        return jdbc.sql("""
                        select id, parent_id, name, level, territory_code, established_on, dissolved_on
                        from party.organisation o
                        where o.level in ('BRANCH', 'GENERAL_BRANCH') and o.dissolved_on is null and """
                        + scope.where("o.territory_code") + " order by o.territory_code, o.id limit :limit")
                .params(scope.params()).param("limit", limit)
                .query((rs, n) -> new BranchFacts(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3),
                        OrganisationLevel.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class))).list();
    }

    /** The last day each kind was held by each of the organisations (absent when never). */
    List<HeldDay> lastHeld(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select m.organisation_id, m.kind, max(m.held_on) from party.meeting m
                        where m.organisation_id in (:organisations) and m.status = 'HELD'
                        group by m.organisation_id, m.kind""")
                .param("organisations", organisationIds)
                .query((rs, n) -> new HeldDay(rs.getLong(1), MeetingKind.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class))).list();
    }

    /** The service records of the organisation's members under 双报到 in a year. */
    long serviceRecords(long organisationId, int year) {
        return jdbc.sql(SUBTREE + """
                        select count(*) from party.service_record s
                        join party.dual_registration r on r.id = s.registration_id and r.county = s.county
                        join party.member m on m.id = r.member_id and m.county = r.county
                        where m.organisation_id in (select id from subtree)
                          and s.served_on >= make_date(:year, 1, 1) and s.served_on < make_date(:year + 1, 1, 1)""")
                .param("organisation", organisationId).param("year", year).query(Long.class).single();
    }

    long insertPhoto(long meetingId, String territoryCode, String type, byte[] content, String sha256, long userId) {
        return jdbc.sql("""
                        insert into party.meeting_photo (county, meeting_id, content_type, size_bytes, sha256, content,
                                                         uploaded_by)
                        values (left(:territory, 6), :meeting, :type, :size, :sha, :content, :user) returning id""")
                .param("territory", territoryCode).param("meeting", meetingId).param("type", type)
                .param("size", content.length).param("sha", sha256).param("content", content).param("user", userId)
                .query(Long.class).single();
    }

    record Photo(String contentType, byte[] content) {
    }

    Optional<Photo> photo(long meetingId, long photoId) {
        return jdbc.sql("select content_type, content from party.meeting_photo where meeting_id = :meeting and id = :id")
                .param("meeting", meetingId).param("id", photoId)
                .query((rs, n) -> new Photo(rs.getString(1), rs.getBytes(2))).optional();
    }

    /** Locks the meeting's row, so photos counted and added at once cannot pass the limit together. */
    void lock(long meetingId) {
        jdbc.sql("select id from party.meeting where id = :id for update").param("id", meetingId)
                .query(Long.class).list();
    }

    private static RowMapper<MeetingView> mapper() {
        return (rs, n) -> new MeetingView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                MeetingKind.valueOf(rs.getString(5)), "HELD".equals(rs.getString(6)), rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalTime.class), rs.getString(9), rs.getString(10), rs.getString(11), rs.getInt(12),
                List.of(), List.of());
    }
}
