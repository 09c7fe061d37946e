package org.jiceng.party.internal.branchlife;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Scope;
import org.springframework.stereotype.Service;

/**
 * A branch's year at a glance: for each kind of meeting the periods expected, covered and missed, the attendance
 * of its held meetings, its members' 党费 (for those who read them) and the service its members gave under 双报到;
 * and the branches of a territory whose last period passed without an expected meeting.
 */
@Service
public class BranchYear {

    private final BranchMeetingRepository meetings;
    private final BranchMeetings access;
    private final Dues dues;
    private final Clock clock;

    BranchYear(BranchMeetingRepository meetings, BranchMeetings access, Dues dues, Clock clock) {
        this.meetings = meetings;
        this.access = access;
        this.dues = dues;
        this.clock = clock;
    }

    /** One kind's line: the plan's periods and the meetings held; for 党小组会, summed over the groups. */
    public record KindLine(MeetingKind kind, int expected, int covered, int missed, int held) {
    }

    /** The year; {@code dues} is null for a reader who may not see 党费. */
    public record Year(BranchFacts organisation, int year, List<KindLine> kinds, long present, long leave,
                       long absent, String attendanceRate, int members, DuesArithmetic.Totals dues,
                       int membersInArrears, long serviceRecords) {
    }

    public Year year(long organisationId, int year, CurrentUser user) {
        BranchFacts organisation = access.organisation(organisationId, user);
        LocalDate today = Beijing.today(clock);
        if (year < 1949 || year > today.getYear() + 1) {
            throw new BadInputException("year", "年份须在 1949 到 " + (today.getYear() + 1) + " 之间");
        }
        List<BranchFacts> groups = organisation.level() == org.jiceng.party.OrganisationLevel.GROUP ? List.of()
                : meetings.groupsBelow(organisation.id());
        List<Long> ids = new ArrayList<>(List.of(organisation.id()));
        groups.forEach(g -> ids.add(g.id()));
        Map<Long, Map<MeetingKind, List<LocalDate>>> held = new HashMap<>();
        for (BranchMeetingRepository.HeldDay day : meetings.heldDays(ids, year)) {
            held.computeIfAbsent(day.organisationId(), k -> new HashMap<>())
                    .computeIfAbsent(day.kind(), k -> new ArrayList<>()).add(day.day());
        }
        List<KindLine> kinds = new ArrayList<>();
        for (MeetingKind kind : MeetingKind.values()) {
            List<BranchFacts> holders = kind.heldBy(organisation.level()) ? List.of(organisation)
                    : kind == MeetingKind.GROUP_MEETING ? groups : List.of();
            if (holders.isEmpty()) {
                continue;
            }
            int expected = 0, covered = 0, missed = 0, count = 0;
            for (BranchFacts holder : holders) {
                MeetingPlan.Year line = MeetingPlan.year(kind, year, holder.establishedOn(), today,
                        held.getOrDefault(holder.id(), Map.of()).getOrDefault(kind, List.of()));
                expected += line.expected();
                covered += line.covered();
                missed += line.missed();
                count += line.held();
            }
            kinds.add(new KindLine(kind, expected, covered, missed, count));
        }
        long[] attendance = meetings.attendanceCounts(organisation.id(), year);
        long attended = attendance[0] + attendance[1] + attendance[2];
        int members = meetings.members(organisation.id()).size();
        DuesArithmetic.Totals duesTotals = null;
        int inArrears = 0;
        if (BranchLifeAccess.duesScope(user).covers(organisation.territoryCode())) {
            YearMonth last = year < today.getYear() ? YearMonth.of(year, 12)
                    : year == today.getYear() ? YearMonth.from(today) : YearMonth.of(year, 1);
            Dues.BranchMonth month = dues.branchMonth(organisation.id(), last.toString(), user);
            duesTotals = month.arrears();
            inArrears = (int) month.lines().stream().filter(l -> l.owed().arrearsFen() > 0).count();
        }
        return new Year(organisation, year, kinds, attendance[0], attendance[1], attendance[2],
                DuesArithmetic.percent(attendance[0], attended), members, duesTotals, inArrears,
                meetings.serviceRecords(organisation.id(), year));
    }

    /** A kind of meeting whose last period passed without one. */
    public record Overdue(BranchFacts organisation, MeetingKind kind, LocalDate lastHeld) {
    }

    /** Branches and 党总支 of the person's territory (narrowed to {@code territory}) with an overdue meeting. */
    public List<Overdue> overdue(CurrentUser user, String territory, int limit) {
        Scope scope = BranchLifeAccess.meetingScope(user);
        if (territory != null && !territory.isBlank()) {
            scope = scope.narrowedTo(territory.strip());
        }
        LocalDate today = Beijing.today(clock);
        List<BranchFacts> branches = meetings.branches(scope, 5_000);
        Map<Long, Map<MeetingKind, LocalDate>> last = new HashMap<>();
        for (BranchMeetingRepository.HeldDay day : meetings.lastHeld(branches.stream().map(BranchFacts::id).toList())) {
            last.computeIfAbsent(day.organisationId(), k -> new HashMap<>()).put(day.kind(), day.day());
        }
        List<Overdue> result = new ArrayList<>();
        for (BranchFacts branch : branches) {
            for (MeetingKind kind : Arrays.stream(MeetingKind.values()).filter(k -> k.heldBy(branch.level())).toList()) {
                LocalDate lastHeld = last.getOrDefault(branch.id(), Map.of()).get(kind);
                if (MeetingPlan.overdue(kind, lastHeld, branch.establishedOn(), today)) {
                    result.add(new Overdue(branch, kind, lastHeld));
                    if (result.size() >= limit) {
                        return result;
                    }
                }
            }
        }
        return result;
    }

    /**
     * The arrears of this year so far over the first {@code limit} branches the person reads 党费 of, and how many
     * members owe: the branch secretary's home shows them. Null for one who reads no 党费.
     */
    public Dues.BranchMonth[] arrears(CurrentUser user, int limit) {
        Scope scope = BranchLifeAccess.duesScope(user);
        if (scope.isEmpty()) {
            return null;
        }
        String month = YearMonth.from(Beijing.today(clock)).toString();
        return meetings.branches(scope, limit).stream().map(b -> dues.branchMonth(b.id(), month, user))
                .toArray(Dues.BranchMonth[]::new);
    }

    /** The branches the person's pages offer, in their territory. */
    public List<BranchFacts> branches(CurrentUser user, String territory, int limit) {
        Scope scope = BranchLifeAccess.meetingScope(user);
        if (territory != null && !territory.isBlank()) {
            scope = scope.narrowedTo(territory.strip());
        }
        return meetings.branches(scope, limit);
    }
}
