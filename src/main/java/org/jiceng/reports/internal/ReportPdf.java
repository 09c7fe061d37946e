package org.jiceng.reports.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jiceng.CjkFont;
import org.jiceng.reports.MonthlyReport;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The report as an A4 PDF for the 民情分析会: the page's sections in order, its charts drawn by {@link ReportCharts}. */
@Component
class ReportPdf {

    private final String configuredFont;
    private Font title;
    private Font heading;
    private Font body;
    private Font small;
    private ReportCharts charts;

    ReportPdf(@Value("${jiceng.pdf.cjk-font:}") String font) {
        this.configuredFont = font;
    }

    /** Chosen at the first PDF rather than at start-up: reading a CJK font for Java2D takes a moment. */
    private synchronized void fonts() {
        if (charts != null) {
            return;
        }
        CjkFont cjk = CjkFont.choose(configuredFont);
        this.title = new Font(cjk.font(), 18, Font.BOLD);
        this.heading = new Font(cjk.font(), 13, Font.BOLD);
        this.body = new Font(cjk.font(), 10.5f);
        this.small = new Font(cjk.font(), 9, Font.NORMAL, Color.DARK_GRAY);
        this.charts = new ReportCharts(cjk);
    }

    byte[] render(MonthlyReport r) {
        fonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(ReportText.title(r));
        document.open();
        Paragraph head = new Paragraph(ReportText.title(r), title);
        head.setAlignment(Element.ALIGN_CENTER);
        document.add(head);
        Paragraph status = new Paragraph(ReportText.status(r), small);
        status.setAlignment(Element.ALIGN_CENTER);
        status.setSpacingAfter(8);
        document.add(status);
        document.add(new Paragraph(ReportText.summary(r), body));

        section(document, "一、诉求分类（按大类）");
        document.add(lines(r.total(), r.categories()));
        if (!r.categories().isEmpty()) {
            document.add(chart(charts.comparison("诉求分类 · 环比与同比", r.categories().stream().limit(8).toList(), 900, 520)));
        }
        section(document, "二、诉求来源渠道");
        document.add(lines(null, r.channels()));
        if (!r.channels().isEmpty()) {
            document.add(chart(charts.comparison("来源渠道 · 环比与同比", r.channels(), 900, 400)));
        }
        section(document, "三、突出问题与集中区域");
        document.add(table(new float[] {5, 1}, List.of("问题（小类）", "件数"),
                r.topProblems().stream().map(c -> List.of(c.name(), String.valueOf(c.cases()))).toList()));
        document.add(table(new float[] {4, 1, 3}, List.of("网格（村社区）", "件数", "主要问题"),
                r.hotspots().stream().map(h -> List.of(h.placeName(), String.valueOf(h.cases()),
                        h.topCategory() + " " + h.topCategoryCases() + " 件")).toList()));
        section(document, "四、重复反映与反复出现的问题（未诉先办 · 每月一题候选）");
        document.add(new Paragraph(ReportText.repeat(r), body));
        document.add(table(new float[] {4, 2, 3}, List.of("网格（村社区）", "问题", "近几月件数"),
                r.recurring().stream().map(x -> List.of(x.placeName(), x.categoryName(), ReportText.months(x))).toList()));
        section(document, "五、办理情况");
        document.add(new Paragraph(ReportText.outcomes(r), body));
        section(document, "六、三率与层级办结");
        document.add(table(new float[] {2, 2, 3}, List.of("指标", "比率", "计算"),
                ReportText.rates(r).stream().map(rate -> List.of(rate.name(), ReportText.percent(rate.percent()),
                        rate.numerator().stripTrailingZeros().toPlainString() + " / " + rate.denominator())).toList()));
        document.add(table(new float[] {3, 2, 2}, List.of("层级", "办结件数", "占比"),
                r.levels().stream().map(l -> List.of(l.motto() + "（" + l.label() + "）", String.valueOf(l.closed()),
                        ReportText.percent(l.percent()))).toList()));
        section(document, "七、为民服务");
        document.add(new Paragraph(ReportText.services(r), body));
        document.close();
        return out.toByteArray();
    }

    private void section(Document document, String text) {
        Paragraph p = new Paragraph(text, heading);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private PdfPTable lines(MonthlyReport.Line total, List<MonthlyReport.Line> lines) {
        List<List<String>> rows = new java.util.ArrayList<>(lines.stream().map(ReportText::cells).toList());
        if (total != null) {
            rows.add(ReportText.cells(total));
        }
        return table(new float[] {3, 1, 1, 1, 1, 1}, List.of("类别", "本月", "上月", "环比", "去年同月", "同比"), rows);
    }

    private PdfPTable table(float[] widths, List<String> header, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        header.forEach(h -> {
            PdfPCell cell = new PdfPCell(new Phrase(h, heading));
            cell.setBackgroundColor(new Color(0xf5, 0xe6, 0xe6));
            table.addCell(cell);
        });
        if (rows.isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase("无", body));
            none.setColspan(header.size());
            table.addCell(none);
        }
        rows.forEach(row -> row.forEach(value -> table.addCell(new Phrase(value, body))));
        return table;
    }

    private static Image chart(byte[] png) {
        try {
            Image image = Image.getInstance(png);
            image.scaleToFit(PageSize.A4.getWidth() - 96, 300);
            image.setAlignment(Element.ALIGN_CENTER);
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
