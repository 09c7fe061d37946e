package org.jiceng.party.internal.cobuilding;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Service hours reported on projects, their confirmation, and the summary each registrant's organisation gets. */
@Repository
class HoursRepository {

    record Hours(long id, String communityCode, long projectId, String projectTitle, long registrationId,
                 String registrant, Long memberId, LocalDate servedOn, int minutes, String description,
                 List<String> photoIds, String status, String reason, long reportedBy) {
    }

    /** One registrant's confirmed service in a community: what goes back to their unit or organisation. */
    record Summary(long registrationId, String registrant, boolean unit, String organisationName, long projects,
                   long confirmed, long minutes, long pending) {
    }

    private static final String SELECT = """
            select h.id, h.community_code, h.project_id, p.title as project_title, h.registration_id,
                   coalesce(r.unit_name, m.name) as registrant, r.member_id, h.served_on, h.minutes, h.description,
                   h.photo_ids, h.status, h.reason, h.reported_by
            from party.service_hours h
            join party.project p on p.county = h.county and p.id = h.project_id
            join party.dual_registration r on r.county = h.county and r.id = h.registration_id
            left join party.member m on m.county = r.county and m.id = r.member_id
            """;

    private final JdbcClient jdbc;

    HoursRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ProjectRepository.Project project, long registrationId, LocalDate servedOn, int minutes,
                String description, List<String> photoIds, long by) {
        return jdbc.sql("""
                        insert into party.service_hours (county, community_code, project_id, registration_id, served_on,
                            minutes, description, photo_ids, status, reported_by)
                        values (left(:community, 6), :community, :project, :registration, :on, :minutes, :description,
                            cast(:photos as text[]), 'REPORTED', :by)
                        returning id""")
                .param("community", project.communityCode()).param("project", project.id())
                .param("registration", registrationId).param("on", servedOn).param("minutes", minutes)
                .param("description", description).param("photos", photoIds.toArray(String[]::new))
                .param("by", by).query(Long.class).single();
    }

    Optional<Hours> find(long id) {
        return jdbc.sql(SELECT + "where h.id = :id").param("id", id).query(HoursRepository::row).optional();
    }

    /** The hours of a project: all of them, or only those of one member's registration when {@code memberId} is set. */
    List<Hours> ofProject(long project, Long memberId) {
        return jdbc.sql(SELECT + "where h.project_id = :project and (cast(:member as bigint) is null or r.member_id = :member)"
                        + " order by h.id desc")
                .param("project", project).param("member", memberId).query(HoursRepository::row).list();
    }

    /** Hours waiting for the community's confirmation under the scope, oldest first. */
    List<Hours> waiting(Scope scope, int limit) {
        return jdbc.sql(SELECT + "where h.status = 'REPORTED' and " + scope.where("h.community_code", "h.county")
                        + " order by h.id limit :limit")
                .params(scope.params()).param("limit", limit).query(HoursRepository::row).list();
    }

    /** The service record written on confirmation, as {@code recordService} of 双报到 writes it. */
    long insertServiceRecord(Hours hours) {
        return jdbc.sql("""
                        insert into party.service_record (county, registration_id, served_on, minutes, description)
                        values (left(:community, 6), :registration, :on, :minutes, :description) returning id""")
                .param("community", hours.communityCode()).param("registration", hours.registrationId())
                .param("on", hours.servedOn()).param("minutes", hours.minutes())
                .param("description", hours.projectTitle() + "：" + hours.description())
                .query(Long.class).single();
    }

    boolean confirm(long id, long by, long record) {
        return jdbc.sql("""
                        update party.service_hours set status = 'CONFIRMED', decided_by = :by, decided_at = now(),
                            service_record_id = :record
                        where id = :id and status = 'REPORTED'""")
                .param("id", id).param("by", by).param("record", record).update() == 1;
    }

    boolean giveBack(long id, long by, String reason) {
        return jdbc.sql("""
                        update party.service_hours set status = 'RETURNED', decided_by = :by, decided_at = now(),
                            reason = :reason
                        where id = :id and status = 'REPORTED'""")
                .param("id", id).param("by", by).param("reason", reason).update() == 1;
    }

    /** Per registrant of a community: projects served, confirmed reports and minutes, reports still waiting. */
    List<Summary> summary(String community, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select r.id as registration_id, coalesce(r.unit_name, m.name) as registrant,
                               r.unit_name is not null as unit, o.name as organisation_name,
                               count(distinct h.project_id) filter (where h.status = 'CONFIRMED') as projects,
                               count(h.id) filter (where h.status = 'CONFIRMED') as confirmed,
                               coalesce(sum(h.minutes) filter (where h.status = 'CONFIRMED'), 0) as minutes,
                               count(h.id) filter (where h.status = 'REPORTED') as pending
                        from party.dual_registration r
                        left join party.member m on m.county = r.county and m.id = r.member_id
                        left join party.organisation o on o.id = m.organisation_id
                        left join party.service_hours h on h.county = r.county and h.registration_id = r.id
                            and h.served_on between :from and :to
                        where r.community_code = :community and r.county = left(:community, 6)
                        group by r.id, r.county, r.unit_name, m.name, o.name
                        order by minutes desc, r.id""")
                .param("community", community).param("from", from).param("to", to)
                .query(Summary.class).list();
    }

    /** The confirmed hours of a community in a period, for the export sent back to each unit. */
    List<Hours> confirmed(String community, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + """
                        where h.community_code = :community and h.status = 'CONFIRMED' and h.served_on between :from and :to
                        order by h.registration_id, h.served_on, h.id""")
                .param("community", community).param("from", from).param("to", to)
                .query(HoursRepository::row).list();
    }

    private static Hours row(ResultSet rs, int n) throws SQLException {
        Array photos = rs.getArray("photo_ids");
        return new Hours(rs.getLong("id"), rs.getString("community_code"), rs.getLong("project_id"),
                rs.getString("project_title"), rs.getLong("registration_id"), rs.getString("registrant"),
                (Long) rs.getObject("member_id"), rs.getObject("served_on", LocalDate.class), rs.getInt("minutes"),
                rs.getString("description"), photos == null ? List.of() : Arrays.asList((String[]) photos.getArray()),
                rs.getString("status"), rs.getString("reason"), rs.getLong("reported_by"));
    }
}
