package org.jiceng.assessment.internal.rating;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/** The ratings list of a year as an A4 PDF and as an Excel sheet whose allowances are numbers in yuan. */
@Service
public class RatingFiles {

    private static final List<String> HEADINGS = List.of("党组织", "区划代码", "年度", "建议星级", "确认星级", "状态",
            "每月补贴（元）", "调整理由", "确认人");

    private final String configuredFont;
    private Font title;
    private Font body;

    RatingFiles(@Value("${jiceng.pdf.cjk-font:}") String font) {
        this.configuredFont = font;
    }

    public ResponseEntity<byte[]> xlsx(List<StarRatingView> ratings, RatingSettings settings, String name) {
        try (XlsxSheet sheet = new XlsxSheet("星级评定", HEADINGS)) {
            sheet.width(0, 30).width(7, 30);
            for (StarRatingView r : ratings) {
                sheet.row(r.organisation(), r.territoryCode(), r.year(), r.proposedStars(),
                        r.confirmedStars() == null ? "" : r.confirmedStars(), r.statusLabel(),
                        XlsxSheet.Formatted.decimal(java.math.BigDecimal.valueOf(settings.allowance(r.stars()), 2), 2),
                        r.reason() == null ? "" : r.reason(), r.confirmedByName() == null ? "" : r.confirmedByName());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            sheet.writeTo(out);
            return download(out.toByteArray(), MediaType.parseMediaType(XlsxSheet.CONTENT_TYPE), name + ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ResponseEntity<byte[]> pdf(List<StarRatingView> ratings, RatingSettings settings, String name) {
        fonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        PdfWriter.getInstance(document, out);
        document.addTitle(name);
        document.open();
        Paragraph head = new Paragraph(name, title);
        head.setAlignment(Element.ALIGN_CENTER);
        head.setSpacingAfter(8);
        document.add(head);
        PdfPTable table = new PdfPTable(new float[]{5, 3, 1.2f, 1.5f, 1.5f, 1.5f, 2, 5, 2});
        table.setWidthPercentage(100);
        HEADINGS.forEach(h -> {
            PdfPCell cell = new PdfPCell(new Phrase(h, body));
            cell.setBackgroundColor(new Color(0xf5, 0xe6, 0xe6));
            table.addCell(cell);
        });
        for (StarRatingView r : ratings) {
            List.of(r.organisation(), r.territoryCode(), String.valueOf(r.year()), r.proposedStars() + " 星",
                    r.confirmedStars() == null ? "—" : r.confirmedStars() + " 星", r.statusLabel(),
                    settings.allowanceYuan(r.stars()), r.reason() == null ? "" : r.reason(),
                    r.confirmedByName() == null ? "" : r.confirmedByName())
                    .forEach(v -> table.addCell(new Phrase(v, body)));
        }
        if (ratings.isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase("无", body));
            none.setColspan(HEADINGS.size());
            table.addCell(none);
        }
        document.add(table);
        document.add(new Paragraph("补贴按确认星级（未确认的按建议星级）对应的每月标准计。", body));
        document.close();
        return download(out.toByteArray(), MediaType.APPLICATION_PDF, name + ".pdf");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, XlsxSheet.attachment(fileName))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").body(body);
    }

    private synchronized void fonts() {
        if (body != null) {
            return;
        }
        CjkFont cjk = CjkFont.choose(configuredFont);
        title = new Font(cjk.font(), 14, Font.BOLD);
        body = new Font(cjk.font(), 9);
    }
}
