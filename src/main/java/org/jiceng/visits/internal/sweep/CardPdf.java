package org.jiceng.visits.internal.sweep;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.jiceng.CjkFont;
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

/** The 明白卡 as a PDF: one A6 page per household, to print, cut and hand out. */
final class CardPdf {

    private final Font title;
    private final Font body;
    private final Font bold;
    private final Font small;

    CardPdf(CjkFont cjk) {
        this.title = new Font(cjk.font(), 15, Font.BOLD);
        this.body = new Font(cjk.font(), 8.5f);
        this.bold = new Font(cjk.font(), 8.5f, Font.BOLD);
        this.small = new Font(cjk.font(), 7, Font.NORMAL, Color.DARK_GRAY);
    }

    byte[] render(List<HouseholdCard> cards) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A6, 18, 18, 16, 14);
        PdfWriter.getInstance(document, out);
        document.addTitle("明白卡");
        document.open();
        boolean first = true;
        for (HouseholdCard card : cards) {
            if (!first) {
                document.newPage();
            }
            first = false;
            page(document, card);
        }
        document.close();
        return out.toByteArray();
    }

    private void page(Document document, HouseholdCard card) {
        Paragraph head = new Paragraph("明白卡", title);
        head.setAlignment(Element.ALIGN_CENTER);
        document.add(head);
        Paragraph who = new Paragraph((card.head() == null ? "" : card.head() + " 户　") + card.address(), body);
        who.setSpacingAfter(2);
        document.add(who);
        document.add(new Paragraph("所在网格：" + card.gridName(), small));
        PdfPTable table = new PdfPTable(new float[] {2.2f, 3.2f, 3.4f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(5);
        for (HouseholdCard.Link link : card.chain()) {
            table.addCell(cell(link.role(), bold));
            String name = link.pending() ? HouseholdCard.PENDING
                    : link.name() + (link.title() == null || link.title().isBlank() ? "" : "（" + link.title() + "）");
            table.addCell(cell(name, body));
            table.addCell(cell(link.phone() == null ? "" : link.phone(), body));
        }
        table.addCell(cell("网格员", bold));
        table.addCell(cell(card.gridWorker() == null ? "待配备" : card.gridWorker(), body));
        table.addCell(cell("", body));
        table.addCell(cell("服务热线", bold));
        table.addCell(cell("12345 政务服务便民热线", body));
        table.addCell(cell(card.hotline(), body));
        document.add(table);
        try {
            Image qr = Image.getInstance(QrCode.image(card.mineUrl(), 4), null);
            qr.scaleToFit(72, 72);
            qr.setAlignment(Element.ALIGN_CENTER);
            document.add(qr);
        } catch (IOException unreadable) {
            throw new IllegalStateException("二维码无法写入 PDF", unreadable);
        }
        Paragraph scan = new Paragraph("扫码查看为您服务的包保责任人；有事请找他们，或拨打 12345", small);
        scan.setAlignment(Element.ALIGN_CENTER);
        document.add(scan);
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        cell.setBorderColor(Color.GRAY);
        return cell;
    }
}
