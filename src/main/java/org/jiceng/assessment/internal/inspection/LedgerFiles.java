package org.jiceng.assessment.internal.inspection;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.CjkFont;
import org.jiceng.XlsxSheet;
import org.jiceng.assessment.internal.inspection.FindingLedger.Ledger;
import org.jiceng.assessment.internal.inspection.FindingLedger.Line;
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
import org.springframework.stereotype.Service;

/**
 * The ledger of findings as files: an Excel sheet whose rate is a number (the exact fraction, shown as a
 * percentage with one decimal) beside its numerator and denominator, and an A4 PDF as the pages show it.
 */
@Service
public class LedgerFiles {

    static final List<String> HEADINGS = List.of("责任单位", "问题数", "整改中", "超期", "已验收", "已销账", "按期整改",
            "应整改", "按期整改率");

    private final String configuredFont;
    private Font title;
    private Font heading;
    private Font body;

    LedgerFiles(@Value("${jiceng.pdf.cjk-font:}") String font) {
        this.configuredFont = font;
    }

    public void xlsx(Ledger ledger, OutputStream out) throws IOException {
        try (XlsxSheet sheet = new XlsxSheet("整改台账", HEADINGS)) {
            sheet.width(0, 20);
            List<Line> lines = new ArrayList<>(ledger.lines());
            lines.add(ledger.total());
            for (Line l : lines) {
                sheet.row(l.unit(), l.findings(), l.open(), l.late(), l.accepted(), l.cancelled(), l.onTime(), l.due(),
                        XlsxSheet.Formatted.percent(l.fraction().fraction(), 1));
            }
            sheet.writeTo(out);
        }
    }

    public byte[] pdf(Ledger ledger) {
        fonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle("巡察整改台账");
        document.open();
        Paragraph head = new Paragraph("巡察整改台账（截至 " + ledger.on() + "）", title);
        head.setAlignment(Element.ALIGN_CENTER);
        head.setSpacingAfter(8);
        document.add(head);
        PdfPTable table = new PdfPTable(new float[]{5, 1, 1, 1, 1, 1, 1, 1, 3});
        table.setWidthPercentage(100);
        HEADINGS.forEach(h -> {
            PdfPCell cell = new PdfPCell(new Phrase(h, heading));
            cell.setBackgroundColor(new Color(0xf5, 0xe6, 0xe6));
            table.addCell(cell);
        });
        List<Line> lines = new ArrayList<>(ledger.lines());
        lines.add(ledger.total());
        for (Line l : lines) {
            for (Object value : List.of(l.unit(), l.findings(), l.open(), l.late(), l.accepted(), l.cancelled(), l.onTime(),
                    l.due(), l.rate())) {
                table.addCell(new Phrase(String.valueOf(value), body));
            }
        }
        document.add(table);
        document.add(new Paragraph("按期整改率 = 按期提交并验收通过的问题数 ÷ 应整改问题数（已验收、已销账或已过整改期限的问题），"
                + "百分比四舍五入保留一位小数。", body));
        document.close();
        return out.toByteArray();
    }

    private synchronized void fonts() {
        if (body != null) {
            return;
        }
        CjkFont cjk = CjkFont.choose(configuredFont);
        title = new Font(cjk.font(), 16, Font.BOLD);
        heading = new Font(cjk.font(), 10, Font.BOLD);
        body = new Font(cjk.font(), 9);
    }
}
