package org.jiceng.assessment.internal.indicator;

import java.time.LocalDate;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.Scope;
import org.jiceng.volunteer.VolunteerHoursConfirmed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Volunteer hours as this module counts them: one row per confirmed attendance (a second delivery of the same
 * event changes nothing), so a month's hours of a place are a sum and each hour traces back to its attendance.
 */
@Component
public class VolunteerTally {

    /** One confirmed attendance: what the drill-down of a volunteer-hours figure lists. */
    public record Attendance(long attendanceId, String communityCode, long activityId, String activityTitle,
                             int minutes, LocalDate confirmedOn) {
    }

    private final JdbcClient jdbc;

    VolunteerTally(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(VolunteerHoursConfirmed confirmed) {
        record(confirmed);
    }

    public void record(VolunteerHoursConfirmed c) {
        jdbc.sql("""
                insert into assessment.volunteer_hours (county, attendance_id, community_code, activity_id, activity_title,
                    minutes, confirmed_on)
                values (:county, :attendance, :community, :activity, :title, :minutes, :on)
                on conflict (county, attendance_id) do nothing""")
                .param("county", c.communityCode().substring(0, 6)).param("attendance", c.attendanceId())
                .param("community", c.communityCode()).param("activity", c.activityId())
                .param("title", c.activityTitle()).param("minutes", Math.max(0, c.minutes()))
                .param("on", LocalDate.ofInstant(c.confirmedAt(), Beijing.ZONE)).update();
    }

    /** Minutes confirmed in the territory from {@code from} to the day before {@code to}. */
    public long minutes(String territory, LocalDate from, LocalDate to) {
        Scope scope = Scope.of(territory);
        return jdbc.sql("select coalesce(sum(minutes), 0) from assessment.volunteer_hours where " + scope.where("community_code", "county")
                        + " and confirmed_on >= :from and confirmed_on < :to")
                .params(scope.params()).param("from", from).param("to", to).query(Long.class).single();
    }

    public List<Attendance> attendances(String territory, LocalDate from, LocalDate to, int limit) {
        Scope scope = Scope.of(territory);
        return jdbc.sql("select * from assessment.volunteer_hours where " + scope.where("community_code", "county")
                        + " and confirmed_on >= :from and confirmed_on < :to order by confirmed_on desc, attendance_id desc limit :limit")
                .params(scope.params()).param("from", from).param("to", to).param("limit", limit)
                .query((rs, n) -> new Attendance(rs.getLong("attendance_id"), rs.getString("community_code"),
                        rs.getLong("activity_id"), rs.getString("activity_title"), rs.getInt("minutes"),
                        rs.getObject("confirmed_on", LocalDate.class))).list();
    }
}
