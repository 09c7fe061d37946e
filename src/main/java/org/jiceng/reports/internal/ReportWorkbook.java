package org.jiceng.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.reports.MonthlyReport;
import org.springframework.stereotype.Component;

/**
 * The report as an .xlsx workbook, one sheet a section, counts as numbers and percentages as numbers of percent
 * (92.3 for 92.3%) so that a cadre can sum and chart them again. A report is a few hundred rows: no streaming.
 */
@Component
class ReportWorkbook {

    byte[] render(MonthlyReport r) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<List<Object>> summary = new ArrayList<>();
            summary.add(List.of(ReportText.title(r)));
            summary.add(List.of(ReportText.status(r)));
            summary.add(List.of("区划代码", r.territory()));
            summary.add(List.of("月份", r.month()));
            summary.add(List.of("诉求总量", r.total().cases()));
            summary.add(List.of("上月", r.total().previousMonth()));
            summary.add(List.of("环比（%）", number(r.total().monthOnMonth())));
            summary.add(List.of("去年同月", r.total().lastYear()));
            summary.add(List.of("同比（%）", number(r.total().yearOnYear())));
            summary.add(List.of("已结案", r.outcomes().closed()));
            summary.add(List.of("超期办理", r.outcomes().overdue()));
            summary.add(List.of("被退回", r.outcomes().returned()));
            summary.add(List.of("已解释未解决（办不了要解释）", r.outcomes().explained()));
            summary.add(List.of("不予受理", r.outcomes().rejected()));
            summary.add(List.of("反映 " + r.repeatReporters().atLeast() + " 次以上的居民（人）", r.repeatReporters().reporters()));
            summary.add(List.of("其反映件数", r.repeatReporters().cases()));
            for (MonthlyReport.Rate rate : ReportText.rates(r)) {
                summary.add(List.of(rate.name() + "（%）", number(rate.percent()), rate.numerator(), rate.denominator()));
            }
            sheet(book, bold, "概况", List.of("项目", "数值"), summary);
            sheet(book, bold, "分类", List.of("大类代码", "大类", "本月", "上月", "环比（%）", "去年同月", "同比（%）"),
                    r.categories().stream().map(ReportWorkbook::line).toList());
            sheet(book, bold, "渠道", List.of("渠道代码", "渠道", "本月", "上月", "环比（%）", "去年同月", "同比（%）"),
                    r.channels().stream().map(ReportWorkbook::line).toList());
            sheet(book, bold, "突出问题", List.of("小类代码", "问题", "件数"),
                    r.topProblems().stream().map(c -> List.<Object>of(c.code(), c.name(), c.cases())).toList());
            sheet(book, bold, "集中区域", List.of("网格代码", "网格（村社区）", "件数", "主要问题", "其件数"),
                    r.hotspots().stream().map(h -> List.<Object>of(h.place(), h.placeName(), h.cases(), h.topCategory(),
                            h.topCategoryCases())).toList());
            sheet(book, bold, "反复出现的问题", List.of("网格代码", "网格（村社区）", "问题", "近几月件数"),
                    r.recurring().stream().map(x -> List.<Object>of(x.place(), x.placeName(), x.categoryName(),
                            ReportText.months(x))).toList());
            sheet(book, bold, "层级办结", List.of("层级", "说明", "办结件数", "占比（%）"),
                    r.levels().stream().map(l -> List.<Object>of(l.label(), l.motto(), l.closed(), number(l.percent()))).toList());
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> line(MonthlyReport.Line l) {
        return List.of(l.code(), l.name(), l.cases(), l.previousMonth(), number(l.monthOnMonth()), l.lastYear(),
                number(l.yearOnYear()));
    }

    /** A percentage as a number, or "—" (a text cell) where there is none. */
    private static Object number(BigDecimal value) {
        return value == null ? "—" : value;
    }

    private static void sheet(XSSFWorkbook book, CellStyle bold, String name, List<String> header, List<List<Object>> rows) {
        Sheet sheet = book.createSheet(name);
        Row head = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            head.createCell(i).setCellValue(header.get(i));
            head.getCell(i).setCellStyle(bold);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else {
                    row.createCell(c).setCellValue(String.valueOf(v));
                }
            }
        }
        sheet.setColumnWidth(1, 24 * 256);
    }
}
