package org.jiceng.party.internal.branchlife;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo branch life of one community's branches, deterministic: this year's meetings by the plan (the last month's
 * 支委会 left out, so it shows as overdue), a 支委会 planned this week, and every member's 党费 of the year with a few
 * months unpaid.
 */
@Component
public class BranchLifeDemoData {

    private final BranchMeetingRepository meetings;
    private final DuesRepository dues;
    private final JdbcClient jdbc;

    BranchLifeDemoData(BranchMeetingRepository meetings, DuesRepository dues, JdbcClient jdbc) {
        this.meetings = meetings;
        this.dues = dues;
        this.jdbc = jdbc;
    }

    public boolean empty() {
        return jdbc.sql("select not exists (select 1 from party.meeting)").query(Boolean.class).single();
    }

    /** Seeds the branches of {@code village}; answers how many meetings it wrote. */
    @Transactional
    public int seed(String village, LocalDate today) {
        List<Long> branchIds = jdbc.sql("""
                        select id from party.organisation where territory_code = :village and level = 'BRANCH'
                          and dissolved_on is null order by id""")
                .param("village", village).query(Long.class).list();
        int written = 0;
        for (long branchId : branchIds) {
            BranchFacts branch = meetings.organisation(branchId).orElseThrow();
            List<MemberFacts> members = meetings.members(branchId);
            written += seedMeetings(branch, members, today);
            seedDues(members, today);
        }
        return written;
    }

    private int seedMeetings(BranchFacts branch, List<MemberFacts> members, LocalDate today) {
        int written = 0;
        YearMonth last = YearMonth.from(today).minusMonths(1);
        for (YearMonth month = YearMonth.of(today.getYear(), 1); month.isBefore(YearMonth.from(today));
             month = month.plusMonths(1)) {
            if (!month.equals(last)) {
                written += held(branch, members, MeetingKind.COMMITTEE, month.atDay(5), "研究本月党建和为民服务工作");
            }
            written += held(branch, members, MeetingKind.THEME_DAY, month.atDay(20), "主题党日：学习交流、志愿服务");
            if (month.getMonthValue() % 3 == 0) {
                written += held(branch, members, MeetingKind.GENERAL_ASSEMBLY, month.atDay(25), "通报本季度支部工作，听取党员意见");
                written += held(branch, members, MeetingKind.PARTY_LECTURE, month.atDay(26), "书记讲党课：党建引领基层治理");
            }
        }
        LocalDate friday = today.with(DayOfWeek.FRIDAY);
        meetings.insert(new BranchMeetingRepository.NewMeeting(branch.id(), branch.territoryCode(), MeetingKind.COMMITTEE,
                false, friday.isBefore(today) ? today : friday, LocalTime.of(9, 0), "社区党群服务中心",
                "补开上月支委会；研究年终党员评议", null, 0));
        return written + 1;
    }

    private int held(BranchFacts branch, List<MemberFacts> members, MeetingKind kind, LocalDate day, String topics) {
        if (branch.establishedOn() != null && day.isBefore(branch.establishedOn())) {
            return 0;
        }
        long id = meetings.insert(new BranchMeetingRepository.NewMeeting(branch.id(), branch.territoryCode(), kind, true, day,
                LocalTime.of(kind == MeetingKind.THEME_DAY ? 14 : 9, 0), "社区党群服务中心", topics, "会议按议程进行，形成意见并分工落实。", 0));
        List<MeetingView.Attendance> attendance = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            MemberFacts m = members.get(i);
            int turn = (int) ((m.id() + day.getDayOfYear()) % 10);
            AttendanceStatus status = turn == 0 ? AttendanceStatus.LEAVE : turn == 1 ? AttendanceStatus.ABSENT
                    : AttendanceStatus.PRESENT;
            attendance.add(new MeetingView.Attendance(m.id(), m.name(), status,
                    status == AttendanceStatus.LEAVE ? "外出务工" : null));
        }
        meetings.replaceAttendance(id, branch.territoryCode(), attendance);
        return 1;
    }

    private void seedDues(List<MemberFacts> members, LocalDate today) {
        for (MemberFacts m : members) {
            boolean employed = m.id() % 3 != 0;
            long base = employed ? 250_000 + (m.id() % 7) * 100_000 : 0;
            for (YearMonth month = YearMonth.of(today.getYear(), 1); !month.isAfter(YearMonth.from(today));
                 month = month.plusMonths(1)) {
                DuesCategory category = employed ? DuesCategory.EMPLOYED : DuesCategory.FIXED;
                long due = employed ? DuesRule.due(category, base) : 100;
                boolean unpaid = month.equals(YearMonth.from(today)) || (m.id() % 5 == 0 && month.getMonthValue() % 4 == 0);
                dues.insert(new DuesRepository.NewDues(m, month, category, employed ? base : null, due,
                        unpaid ? 0 : due, unpaid ? null : month.atDay(10), 0));
            }
        }
    }
}
