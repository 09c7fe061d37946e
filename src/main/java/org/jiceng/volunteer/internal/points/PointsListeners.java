package org.jiceng.volunteer.internal.points;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jiceng.Scope;
import org.jiceng.party.MemberView;
import org.jiceng.party.PartyApi;
import org.jiceng.party.ServiceRecorded;
import org.jiceng.volunteer.VolunteerHoursConfirmed;
import org.jiceng.volunteer.internal.Volunteers;
import org.jiceng.volunteer.internal.Volunteers.Volunteer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns confirmed time into points: an activity's confirmed hours, and a 双报到 member's service when the member is a
 * volunteer (found through the member's resident). Persisted and retried by the event registry; a redelivery finds
 * the entry of its attendance or record already there and writes nothing.
 */
@Component
class PointsListeners {

    private final PointsRules rules;
    private final PointsLedger ledger;
    private final Volunteers volunteers;
    private final PartyApi party;
    private final JdbcClient jdbc;
    private final Clock clock;

    PointsListeners(PointsRules rules, PointsLedger ledger, Volunteers volunteers, PartyApi party, JdbcClient jdbc,
                    Clock clock) {
        this.rules = rules;
        this.ledger = ledger;
        this.volunteers = volunteers;
        this.party = party;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(VolunteerHoursConfirmed confirmed) {
        Optional<Volunteer> volunteer = volunteers.get(confirmed.volunteerId());
        if (volunteer.isEmpty()) {
            return;
        }
        Volunteer v = volunteer.get();
        RuleView rule = rules.effective(confirmed.communityCode());
        long points = PointsArithmetic.forMinutes(confirmed.minutes(), rule.perHour());
        if (points == 0) {
            return;
        }
        ledger.post(new PointsLedger.Posting(v.id(), v.county(), v.communityCode(), points, SourceKind.ATTENDANCE,
                confirmed.attendanceId(), rule.id(), note(confirmed), null));
    }

    @ApplicationModuleListener
    void on(ServiceRecorded service) {
        String county = service.communityCode().substring(0, 6);
        if (jdbc.sql("select exists (select 1 from volunteer.points_party_service where record_id = :r and county = :c)")
                .param("r", service.recordId()).param("c", county).query(Boolean.class).single()) {
            return;
        }
        Long volunteerId = null;
        Long entryId = null;
        String reason = "";
        Optional<MemberView> member = service.memberId() == null ? Optional.empty()
                : party.member(service.memberId(), Scope.everything());
        Optional<Volunteer> volunteer = member.flatMap(m -> volunteers.byResident(m.residentId()))
                .filter(Volunteer::active).filter(v -> v.county().equals(county));
        RuleView rule = rules.effective(service.communityCode());
        long points = PointsArithmetic.forMinutes(service.minutes(), rule.partyPerHour());
        if (service.memberId() == null) {
            reason = "单位的服务，不计个人积分";
        } else if (member.isEmpty()) {
            reason = "找不到这名党员";
        } else if (volunteer.isEmpty()) {
            reason = "该党员尚未在本县登记为志愿者";
        } else if (points == 0) {
            volunteerId = volunteer.get().id();
            reason = "按第 " + rule.version() + " 版积分规则，" + service.minutes() + " 分钟不足 1 分";
        } else {
            Volunteer v = volunteer.get();
            volunteerId = v.id();
            entryId = ledger.post(new PointsLedger.Posting(v.id(), v.county(), v.communityCode(), points,
                    SourceKind.PARTY_SERVICE, service.recordId(), rule.id(),
                    "双报到服务 " + service.servedOn() + "，" + service.minutes() + " 分钟", null));
        }
        jdbc.sql("""
                        insert into volunteer.points_party_service (record_id, county, community_code, member_id, minutes,
                                                                    volunteer_id, entry_id, reason, recorded_at)
                        values (:r, :c, :community, :member, :minutes, :v, :entry, :reason, :at) on conflict do nothing""")
                .param("r", service.recordId()).param("c", county).param("community", service.communityCode())
                .param("member", service.memberId()).param("minutes", service.minutes()).param("v", volunteerId)
                .param("entry", entryId).param("reason", reason).param("at", OffsetDateTime.now(clock)).update();
    }

    private static String note(VolunteerHoursConfirmed c) {
        String title = c.activityTitle() == null ? "" : c.activityTitle();
        if (title.length() > 100) {
            title = title.substring(0, 100);
        }
        return "活动“" + title + "”服务 " + c.minutes() + " 分钟" + (c.closedByRule() ? "（未签退，按规则结束）" : "");
    }
}
