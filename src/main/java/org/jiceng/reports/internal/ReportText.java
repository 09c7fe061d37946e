package org.jiceng.reports.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jiceng.Beijing;
import org.jiceng.reports.MonthlyReport;

/** The report's words, one place for the page, the PDF and the workbook. */
public final class ReportText {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReportText() {
    }

    public static String title(MonthlyReport r) {
        YearMonth m = YearMonth.parse(r.month());
        return r.territoryName() + " " + m.getYear() + "年" + m.getMonthValue() + "月民情分析报告";
    }

    public static String status(MonthlyReport r) {
        String at = AT.format(r.generatedAt().atZone(Beijing.ZONE));
        return r.live() ? "本月尚未结束，数据截至今日（" + at + "）" : "生成于 " + at + "，此后不再变化";
    }

    public static String summary(MonthlyReport r) {
        MonthlyReport.Line t = r.total();
        return "本月共受理诉求 " + t.cases() + " 件，上月 " + t.previousMonth() + " 件（环比 " + ReportMonth.shown(t.monthOnMonth())
                + "），去年同月 " + t.lastYear() + " 件（同比 " + ReportMonth.shown(t.yearOnYear()) + "）。";
    }

    public static String repeat(MonthlyReport r) {
        MonthlyReport.Repeat p = r.repeatReporters();
        return p.reporters() == 0 ? "本月没有居民反映 " + p.atLeast() + " 次以上。"
                : p.reporters() + " 位居民本月反映 " + p.atLeast() + " 次以上（共 " + p.cases() + " 件），宜主动回访。";
    }

    public static String outcomes(MonthlyReport r) {
        MonthlyReport.Outcomes o = r.outcomes();
        return "已结案 " + o.closed() + " 件；超期办理 " + o.overdue() + " 件；被部门退回 " + o.returned() + " 件；"
                + "办不了要解释（已解释说明、未能解决）" + o.explained() + " 件；不予受理并告知理由 " + o.rejected() + " 件。";
    }

    /** The section 为民服务 in one sentence; a report kept before the section existed says so. */
    public static String services(MonthlyReport r) {
        MonthlyReport.Services s = r.services();
        if (s == null) {
            return "本报告生成时尚未统计为民服务。";
        }
        return "本月为民服务办结事项 " + s.handled() + " 件（另终止 " + s.ended() + " 件），按时办结率 "
                + percent(s.onTime().percent()) + "，代办占比 " + percent(s.agency().percent()) + "，平均办理 "
                + (s.averageWorkingDays() == null ? "—" : s.averageWorkingDays().toPlainString()) + " 个工作日；"
                + "党群服务中心预约 " + s.bookings() + " 次，到场 " + s.attended() + " 次、爽约 " + s.noShow()
                + " 次、取消 " + s.cancelled() + " 次，到场率 " + percent(s.attendance().percent()) + "。";
    }

    /** The section's rates, or none for a report kept before the section existed. */
    public static List<MonthlyReport.Rate> serviceRates(MonthlyReport r) {
        MonthlyReport.Services s = r.services();
        return s == null ? List.of() : List.of(s.onTime(), s.agency(), s.attendance());
    }

    public static List<MonthlyReport.Rate> rates(MonthlyReport r) {
        return List.of(r.rates().response(), r.rates().resolution(), r.rates().satisfaction());
    }

    /** "92.3%", or "—" when there is nothing to divide by. */
    public static String percent(BigDecimal percent) {
        return percent == null ? "—" : percent.toPlainString() + "%";
    }

    public static String change(BigDecimal change) {
        return ReportMonth.shown(change);
    }

    public static String months(MonthlyReport.Recurring x) {
        return IntStream.range(0, x.months().size())
                .mapToObj(i -> x.months().get(i).substring(5) + "月 " + x.cases().get(i) + " 件")
                .collect(Collectors.joining("，"));
    }

    static List<String> cells(MonthlyReport.Line l) {
        return List.of(l.name(), String.valueOf(l.cases()), String.valueOf(l.previousMonth()), change(l.monthOnMonth()),
                String.valueOf(l.lastYear()), change(l.yearOnYear()));
    }
}
