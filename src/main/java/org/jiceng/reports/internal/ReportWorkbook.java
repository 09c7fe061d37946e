package org.jiceng.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.jiceng.XlsxSheet;
import org.jiceng.XlsxSheet.Formatted;
import org.jiceng.reports.MonthlyReport;
import org.springframework.stereotype.Component;

/**
 * The report as an .xlsx workbook, one sheet a section, counts as numbers and percentages as numbers shown with one
 * decimal, so that a cadre can sum and chart them again. A change with nothing to compare with is an empty cell.
 */
@Component
class ReportWorkbook {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<String> LINES = List.of("代码", "名称", "本月", "上月", "环比", "去年同月", "同比");

    byte[] render(MonthlyReport r) {
        try (XlsxSheet book = new XlsxSheet("概况", List.of("项目", "数值", "分子", "分母"));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.width(0, 24);
            book.row(ReportText.title(r));
            book.row(ReportText.status(r));
            book.row("区划代码", r.territory());
            book.row("月份", r.month());
            book.row("诉求总量", r.total().cases());
            book.row("上月", r.total().previousMonth());
            book.row("环比", percent(r.total().monthOnMonth()));
            book.row("去年同月", r.total().lastYear());
            book.row("同比", percent(r.total().yearOnYear()));
            book.row("已结案", r.outcomes().closed());
            book.row("超期办理", r.outcomes().overdue());
            book.row("被退回", r.outcomes().returned());
            book.row("已解释未解决（办不了要解释）", r.outcomes().explained());
            book.row("不予受理", r.outcomes().rejected());
            book.row("反映 " + r.repeatReporters().atLeast() + " 次以上的居民（人）", r.repeatReporters().reporters());
            book.row("其反映件数", r.repeatReporters().cases());
            for (MonthlyReport.Rate rate : ReportText.rates(r)) {
                book.row(rate.name(), percent(rate.percent()), rate.numerator(), rate.denominator());
            }
            book.row("为民服务", ReportText.services(r));
            for (MonthlyReport.Rate rate : ReportText.serviceRates(r)) {
                book.row(rate.name(), percent(rate.percent()), rate.numerator(), rate.denominator());
            }
            book.next("分类", LINES).width(1, 12);
            r.categories().forEach(l -> line(book, l));
            book.next("渠道", LINES).width(1, 12);
            r.channels().forEach(l -> line(book, l));
            book.next("突出问题", List.of("小类代码", "问题", "件数")).width(1, 12);
            r.topProblems().forEach(c -> book.row(c.code(), c.name(), c.cases()));
            book.next("集中区域", List.of("网格代码", "网格（村社区）", "件数", "主要问题", "其件数")).width(1, 20);
            r.hotspots().forEach(h -> book.row(h.place(), h.placeName(), h.cases(), h.topCategory(), h.topCategoryCases()));
            book.next("反复出现的问题", List.of("网格代码", "网格（村社区）", "问题", "近几月件数")).width(1, 20).width(3, 30);
            r.recurring().forEach(x -> book.row(x.place(), x.placeName(), x.categoryName(), ReportText.months(x)));
            book.next("层级办结", List.of("层级", "说明", "办结件数", "占比"));
            r.levels().forEach(l -> book.row(l.label(), l.motto(), l.closed(), percent(l.percent())));
            book.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(XlsxSheet book, MonthlyReport.Line l) {
        book.row(l.code(), l.name(), l.cases(), l.previousMonth(), percent(l.monthOnMonth()), l.lastYear(),
                percent(l.yearOnYear()));
    }

    /** A percentage of the report (92.3) as Excel's fraction shown as 92.3%; none stays an empty cell. */
    private static Formatted percent(BigDecimal percent) {
        return percent == null ? null : Formatted.percent(percent.divide(HUNDRED), 1);
    }
}
