package org.jiceng.party.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jiceng.Fen;
import org.jiceng.party.internal.branchlife.BranchYear;
import org.jiceng.party.internal.branchlife.DuesArithmetic;
import org.jiceng.party.internal.branchlife.DuesView;
import org.jiceng.party.internal.branchlife.Dues;
import org.jiceng.party.internal.branchlife.MeetingView;

/** The JSON shapes of branch life: money in fen, enums with their Chinese names beside them. */
final class BranchLifeJson {

    private BranchLifeJson() {
    }

    record Created(long id) {
    }

    record Attendee(long memberId, String name, String status, String statusName, String reason) {
    }

    record Meeting(long id, long organisationId, String organisationName, String territoryCode, String kind,
                   String kindName, boolean held, LocalDate heldOn, LocalTime startTime, String place, String topics,
                   String minutes, int version, List<Attendee> attendance, List<Long> photoIds) {
        static Meeting of(MeetingView m) {
            return new Meeting(m.id(), m.organisationId(), m.organisationName(), m.territoryCode(), m.kind().name(),
                    m.kind().label(), m.held(), m.heldOn(), m.startTime(), m.place(), m.topics(), m.minutes(),
                    m.version(), m.attendance().stream().map(a -> new Attendee(a.memberId(), a.name(),
                            a.status().name(), a.status().label(), a.reason())).toList(), m.photoIds());
        }
    }

    record Overdue(long organisationId, String organisationName, String territoryCode, String kind, String kindName,
                   String cadence, LocalDate lastHeld) {
        static Overdue of(BranchYear.Overdue o) {
            return new Overdue(o.organisation().id(), o.organisation().name(), o.organisation().territoryCode(),
                    o.kind().name(), o.kind().label(), o.kind().cadence(), o.lastHeld());
        }
    }

    record Totals(long dueFen, long paidFen, long arrearsFen, int unpaidMonths) {
        static Totals of(DuesArithmetic.Totals t) {
            return t == null ? null : new Totals(t.dueFen(), t.paidFen(), t.arrearsFen(), t.unpaidMonths());
        }
    }

    record DuesMonth(long id, long memberId, String memberName, String month, String category, String categoryName,
                     Long baseFen, long dueFen, long paidFen, long arrearsFen, LocalDate paidOn, int version) {
        static DuesMonth of(DuesView d) {
            return d == null ? null : new DuesMonth(d.id(), d.memberId(), d.memberName(), d.month().toString(),
                    d.category().name(), d.category().label(), d.baseFen(), d.dueFen(), d.paidFen(), d.arrearsFen(),
                    d.paidOn(), d.version());
        }
    }

    record MemberYear(long memberId, String name, int year, List<DuesMonth> months, Totals totals) {
        static MemberYear of(Dues.MemberYear y) {
            return new MemberYear(y.member().id(), y.member().name(), y.year(),
                    y.months().stream().map(DuesMonth::of).toList(), Totals.of(y.totals()));
        }
    }

    record BranchLine(long memberId, String name, DuesMonth month, Totals owedThisYear) {
    }

    record BranchMonth(long organisationId, String organisationName, String month, List<BranchLine> members,
                       Totals totals, Totals arrearsThisYear) {
        static BranchMonth of(Dues.BranchMonth m) {
            return new BranchMonth(m.organisation().id(), m.organisation().name(), m.month().toString(),
                    m.lines().stream().map(l -> new BranchLine(l.member().id(), l.member().name(),
                            DuesMonth.of(l.month()), Totals.of(l.owed()))).toList(),
                    Totals.of(m.totals()), Totals.of(m.arrears()));
        }
    }

    record KindLine(String kind, String kindName, String cadence, int expected, int covered, int missed, int held) {
    }

    record Year(long organisationId, String organisationName, int year, List<KindLine> meetings, long present,
                long leave, long absent, String attendanceRate, int members, Totals dues, Integer membersInArrears,
                long serviceRecords) {
        static Year of(BranchYear.Year y) {
            return new Year(y.organisation().id(), y.organisation().name(), y.year(), y.kinds().stream()
                    .map(k -> new KindLine(k.kind().name(), k.kind().label(), k.kind().cadence(), k.expected(),
                            k.covered(), k.missed(), k.held())).toList(), y.present(), y.leave(), y.absent(),
                    y.attendanceRate(), y.members(), Totals.of(y.dues()), y.dues() == null ? null : y.membersInArrears(),
                    y.serviceRecords());
        }
    }

    /** Yuan with two decimals, for pages. */
    static String yuan(long fen) {
        return Fen.grouped(fen);
    }
}
