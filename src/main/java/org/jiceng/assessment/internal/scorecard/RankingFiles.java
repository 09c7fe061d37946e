package org.jiceng.assessment.internal.scorecard;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.CjkFont;
import org.jiceng.XlsxSheet;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * A ranking as a download: an A4 PDF for the 赛道比拼 meeting and an Excel sheet whose totals are numbers with two
 * decimals (rounded half up from the exact fractions, which the sheet gives beside them), with the rules printed.
 */
@Service
public class RankingFiles {

    private static final MediaType XLSX = MediaType.parseMediaType(XlsxSheet.CONTENT_TYPE);
    private static final List<String> HEADINGS = List.of("名次", "代码", "名称", "综合得分", "上季度得分", "进步分", "进步名次");

    private final String configuredFont;
    private Font title;
    private Font heading;
    private Font body;

    RankingFiles(@Value("${jiceng.pdf.cjk-font:}") String font) {
        this.configuredFont = font;
    }

    public ResponseEntity<byte[]> pdf(RankingView r) {
        return download(renderPdf(r), MediaType.APPLICATION_PDF, r, "pdf");
    }

    public ResponseEntity<byte[]> xlsx(RankingView r) {
        return download(renderXlsx(r), XLSX, r, "xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, RankingView r, String extension) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, XlsxSheet.attachment(r.title() + "." + extension))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache").body(body);
    }

    private synchronized void fonts() {
        if (body != null) {
            return;
        }
        CjkFont cjk = CjkFont.choose(configuredFont);
        title = new Font(cjk.font(), 15, Font.BOLD);
        heading = new Font(cjk.font(), 10, Font.BOLD);
        body = new Font(cjk.font(), 9);
    }

    byte[] renderPdf(RankingView r) {
        fonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(r.title());
        document.open();
        Paragraph head = new Paragraph(r.title(), title);
        head.setAlignment(Element.ALIGN_CENTER);
        head.setSpacingAfter(6);
        document.add(head);
        document.add(new Paragraph((r.frozen() ? "本季度已关账，成绩已固定。" : "本季度尚未关账，成绩为即时计算。")
                + "上季度：" + r.previousQuarter(), body));
        PdfPTable table = new PdfPTable(new float[]{1, 3, 4, 2, 2, 2, 2});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        HEADINGS.forEach(h -> {
            PdfPCell cell = new PdfPCell(new Phrase(h, heading));
            cell.setBackgroundColor(new Color(0xf5, 0xe6, 0xe6));
            table.addCell(cell);
        });
        for (List<String> row : rows(r)) {
            row.forEach(v -> table.addCell(new Phrase(v, body)));
        }
        document.add(table);
        document.add(new Paragraph("计分规则", heading));
        r.rules().forEach(rule -> document.add(new Paragraph("· " + rule, body)));
        document.close();
        return out.toByteArray();
    }

    private static List<List<String>> rows(RankingView r) {
        List<List<String>> rows = new ArrayList<>();
        r.rows().forEach(row -> rows.add(List.of(text(row.rank()), row.subject(), row.name(), text(row.total()),
                text(row.previousTotal()), text(row.progress()), text(row.progressRank()))));
        return rows;
    }

    byte[] renderXlsx(RankingView r) {
        try (XlsxSheet book = new XlsxSheet("排名", List.of("名次", "代码", "名称", "综合得分", "综合得分(精确)", "上季度得分",
                "进步分", "进步分(精确)", "进步名次"));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.width(2, 20);
            for (RankingView.Row row : r.rows()) {
                book.row(row.rank(), row.subject(), row.name(), number(row.total()), row.totalExact(),
                        number(row.previousTotal()), number(row.progress()), row.progressExact(), row.progressRank());
            }
            book.next("规则", List.of("项目", "内容"));
            book.row("排名", r.title());
            book.row("季度", r.quarter());
            book.row("上季度", r.previousQuarter());
            book.row("状态", r.frozen() ? "已关账" : "即时计算");
            r.rules().forEach(rule -> book.row("规则", rule));
            book.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XlsxSheet.Formatted number(BigDecimal value) {
        return value == null ? null : XlsxSheet.Formatted.decimal(value, 2);
    }

    private static String text(Object value) {
        if (value == null) {
            return "—";
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
