package org.jiceng.assessment.internal.scorecard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.analytics.MonthRates;
import org.jiceng.assessment.internal.indicator.DisputeTally;
import org.jiceng.assessment.internal.indicator.EnteredValues;
import org.jiceng.assessment.internal.indicator.IndicatorView;
import org.jiceng.assessment.internal.indicator.ServiceTally;
import org.jiceng.assessment.internal.indicator.VolunteerTally;
import org.jiceng.assessment.internal.indicator.ValueView;
import org.jiceng.ledger.StatementFigures;
import org.jiceng.visits.CoverageFigures;
import org.jiceng.visits.CoverageReport;
import org.springframework.stereotype.Component;

/**
 * Computes an indicator for a subject and period from its source: the case loop's counters (analytics'
 * {@link MonthRates}), 走访覆盖 ({@link CoverageFigures}), this module's volunteer tally, or the accepted entered
 * value. Monthly counts are summed over the period before dividing, so a quarter's rate is its cases' rate, not an
 * average of three monthly rates.
 */
@Component
class Measures {

    private static final Ratio HUNDRED = Ratio.of(100);

    private final MonthRates rates;
    private final CoverageFigures coverage;
    private final VolunteerTally volunteers;
    private final EnteredValues entered;
    private final DisputeTally disputeTally;
    private final StatementFigures ledger;
    private final ServiceTally services;

    Measures(MonthRates rates, CoverageFigures coverage, VolunteerTally volunteers, EnteredValues entered,
             DisputeTally disputeTally, StatementFigures ledger, ServiceTally services) {
        this.services = services;
        this.disputeTally = disputeTally;
        this.ledger = ledger;
        this.rates = rates;
        this.coverage = coverage;
        this.volunteers = volunteers;
        this.entered = entered;
    }

    Measure measure(IndicatorView indicator, Subjects.Subject subject, Period period) {
        String territory = subject.territory();
        return switch (indicator.source()) {
            case RESPONSE_RATE, RESOLUTION_RATE, SATISFACTION_RATE, GRID_LEVEL_SHARE -> caseRate(indicator, territory, period);
            case VISIT_COVERAGE -> visits(territory, period);
            case CARE_PLANS_ON_TIME -> carePlans(territory, period);
            case VOLUNTEER_HOURS -> volunteerHours(territory, period);
            case DISPUTES_NOT_ESCALATED -> disputes(territory, period);
            case STATEMENTS_ON_TIME -> statements(territory, period);
            case AGENCY_ON_TIME, BOOKING_ATTENDANCE -> ServiceMeasures.measure(services, indicator.source(), territory, period);
            case ENTERED -> entered(indicator, subject, period);
        };
    }

    private Measure caseRate(IndicatorView indicator, String territory, Period period) {
        Ratio part = Ratio.ZERO;
        Ratio whole = Ratio.ZERO;
        List<Measure.Record> records = new ArrayList<>();
        String[] names = switch (indicator.source()) {
            case RESPONSE_RATE -> new String[]{"已响应", "受理"};
            case RESOLUTION_RATE -> new String[]{"已解决", "评价"};
            case SATISFACTION_RATE -> new String[]{"满意(含折算)", "评价"};
            default -> new String[]{"网格办结", "办结"};
        };
        for (YearMonth month : period.months()) {
            MonthRates.Figures f = rates.of(cut(territory), month);
            Ratio[] pw = switch (indicator.source()) {
                case RESPONSE_RATE -> new Ratio[]{Ratio.of(f.responded()), Ratio.of(f.cases())};
                case RESOLUTION_RATE -> new Ratio[]{Ratio.of(f.solved()), Ratio.of(f.rated())};
                case SATISFACTION_RATE -> new Ratio[]{Ratio.of(f.pleased()), Ratio.of(f.rated())};
                default -> new Ratio[]{Ratio.of(f.levels().stream().filter(l -> l.level().equals("GRID"))
                        .mapToLong(MonthRates.LevelClosed::closed).sum()), Ratio.of(f.closed())};
            };
            part = part.plus(pw[0]);
            whole = whole.plus(pw[1]);
            records.add(new Measure.Record(month + " 诉求", names[0] + " " + show(pw[0]) + "，" + names[1] + " "
                    + show(pw[1]), "/cases/desk?territory=" + cut(territory) + "&from=" + month.atDay(1) + "&to="
                    + month.atEndOfMonth()));
        }
        String workings = names[0] + " " + show(part) + " ÷ " + names[1] + " " + show(whole) + " × 100";
        return whole.isZero() ? Measure.none(workings + "（期内无数据）", records)
                : new Measure(part.dividedBy(whole).times(HUNDRED), workings, records);
    }

    private Measure visits(String territory, Period period) {
        long visited = 0;
        long households = 0;
        List<Measure.Record> records = new ArrayList<>();
        for (YearMonth month : period.months()) {
            CoverageReport.Figures f = coverage.of(cut(territory), month);
            visited += f.visited();
            households += f.households();
            records.add(new Measure.Record(month + " 走访", "走访 " + f.visited() + " 户，在册 " + f.households() + " 户",
                    "/visits/coverage?territory=" + cut(territory) + "&month=" + month));
        }
        String workings = "走访户数 " + visited + " ÷ 在册户数 " + households + " × 100";
        return households == 0 ? Measure.none(workings + "（无在册户）", records)
                : new Measure(Ratio.of(visited, households).times(HUNDRED), workings, records);
    }

    private Measure carePlans(String territory, Period period) {
        CoverageReport.Figures f = coverage.of(cut(territory), period.months().getLast());
        List<Measure.Record> records = List.of(new Measure.Record("在办关爱计划", "共 " + f.plans() + " 份，逾期 "
                + f.plansOverdue() + " 份", "/visits/care-plans/overdue?territory=" + cut(territory)));
        String workings = "未逾期 " + f.plansOnTime() + " ÷ 在办 " + f.plans() + " × 100";
        return f.plans() == 0 ? Measure.none(workings + "（无在办计划）", records)
                : new Measure(Ratio.of(f.plansOnTime(), f.plans()).times(HUNDRED), workings, records);
    }

    private Measure volunteerHours(String territory, Period period) {
        long minutes = volunteers.minutes(territory, period.first(), period.end());
        List<Measure.Record> records = new ArrayList<>();
        volunteers.attendances(territory, period.first(), period.end(), 500).forEach(a -> records.add(
                new Measure.Record(a.confirmedOn() + " " + a.activityTitle(), a.minutes() + " 分钟（签到记录 "
                        + a.attendanceId() + "）", "/volunteer/activities/" + a.activityId())));
        return new Measure(Ratio.of(minutes, 60), "确认分钟数 " + minutes + " ÷ 60", records);
    }

    private Measure statements(String territory, Period period) {
        long due = 0;
        long onTime = 0;
        List<Measure.Record> records = new ArrayList<>();
        for (YearMonth month : period.months()) {
            StatementFigures.Figures f = ledger.of(cut(territory), month);
            due += f.accounts();
            onTime += f.onTime();
            records.add(new Measure.Record(month + " 账目公示", "应公示 " + f.accounts() + " 本，已公示 " + f.published()
                    + " 本，按时 " + f.onTime() + " 本", "/ledger/statements"));
        }
        String workings = "按时公示 " + onTime + " ÷ 应公示 " + due + " × 100";
        return due == 0 ? Measure.none(workings + "（无账本）", records)
                : new Measure(Ratio.of(onTime, due).times(HUNDRED), workings, records);
    }

    private Measure disputes(String territory, Period period) {
        DisputeTally.Counts c = disputeTally.counts(territory, period.first(), period.end());
        List<Measure.Record> records = new ArrayList<>();
        disputeTally.outcomes(territory, period.first(), period.end(), 500).forEach(o -> records.add(new Measure.Record(
                o.concludedOn() + " 纠纷 " + o.disputeId(), (o.settledBelowCounty() ? "未上交：" : "计入分母：") + o.level()
                + " " + o.outcome(), "/mediation/disputes/" + o.disputeId())));
        String workings = "乡镇及以下达成协议 " + c.settledBelowCounty() + " ÷ 调解终结 " + c.concluded() + " × 100";
        return c.concluded() == 0 ? Measure.none(workings + "（期内无调解终结的纠纷）", records)
                : new Measure(Ratio.of(c.settledBelowCounty(), c.concluded()).times(HUNDRED), workings, records);
    }

    private Measure entered(IndicatorView indicator, Subjects.Subject subject, Period period) {
        List<ValueView> values = entered.accepted(indicator.county(), indicator.id(), subject.code(), period);
        List<Measure.Record> records = values.stream().map(v -> new Measure.Record(v.period() + " 填报值 "
                + v.value().toPlainString() + v.unit(), "填报 " + v.enteredBy() + "，审核 " + v.reviewedBy() + "，佐证 "
                + v.files().size() + " 件", v.href())).toList();
        if (values.isEmpty()) {
            return Measure.none("期内没有审核通过的填报值", records);
        }
        ValueView latest = values.getFirst();
        return new Measure(Ratio.of(latest.value()), "审核通过的填报值 " + latest.value().toPlainString()
                + "（" + latest.period() + "）", records);
    }

    /** Analytics and visits count towns and villages; a party organisation of a grid is counted at its village. */
    private static String cut(String territory) {
        return territory.length() > 12 ? territory.substring(0, 12) : territory;
    }

    private static String show(Ratio r) {
        return r.denominator().equals(java.math.BigInteger.ONE) ? r.numerator().toString()
                : r.rounded(2).stripTrailingZeros().toPlainString();
    }

    static BigDecimal decimal(Ratio r) {
        return r == null ? null : r.rounded(2);
    }
}
