package org.jiceng.mediation.internal;

import org.jiceng.CjkFont;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.mediation.DisputeDetail;
import org.jiceng.mediation.DisputeView;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The 人民调解协议书 as an A4 PDF, with what the People's Mediation Law (art. 29) asks of it: the parties, the
 * main facts and disputed matters, what was agreed, how and by when it is performed, and places for the
 * signatures of the parties and mediators and the committee's seal.
 */
public final class AgreementPdf {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Font title;
    private final Font heading;
    private final Font body;
    private final Font small;

    public AgreementPdf(CjkFont cjk) {
        this.title = new Font(cjk.font(), 20, Font.BOLD);
        this.heading = new Font(cjk.font(), 12.5f, Font.BOLD);
        this.body = new Font(cjk.font(), 12);
        this.small = new Font(cjk.font(), 10, Font.NORMAL, Color.DARK_GRAY);
    }

    /** The PDF of a dispute that has an agreement; {@code place} names the mediating committee's village or town. */
    public byte[] render(DisputeDetail detail, String organisation) {
        DisputeView d = detail.dispute();
        DisputeDetail.Agreement a = detail.agreement();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 64, 64, 60, 60);
        PdfWriter.getInstance(document, out);
        document.addTitle("人民调解协议书 " + d.number());
        document.open();
        Paragraph head = new Paragraph("人民调解协议书", title);
        head.setAlignment(Element.ALIGN_CENTER);
        head.setSpacingAfter(6);
        document.add(head);
        Paragraph number = new Paragraph("编号：" + d.number(), small);
        number.setAlignment(Element.ALIGN_RIGHT);
        number.setSpacingAfter(10);
        document.add(number);

        section(document, "当事人");
        for (DisputeDetail.Party p : detail.parties()) {
            document.add(line(p.role().label() + "：" + p.name() + (p.organisation() ? "（单位）" : "")));
        }
        section(document, "调解组织");
        document.add(line(organisation));
        document.add(line("调解员：" + String.join("、", detail.mediators().stream()
                .map(m -> m.name() + "（" + m.kind().label() + "，" + m.organisation() + "）").toList())));
        section(document, "纠纷主要事实、争议事项");
        document.add(line(a.facts()));
        section(document, "经调解，各方当事人自愿达成如下协议");
        document.add(line(a.terms()));
        if (a.performance() != null) {
            section(document, "履行方式、时限");
            document.add(line(a.performance()));
        }
        int copies = detail.parties().size() + 1;
        Paragraph effect = line("本协议自各方当事人签名（盖章）、调解员签名并加盖人民调解委员会印章之日起生效。本协议书一式 "
                + copies + " 份，当事人各执一份，人民调解委员会留存一份。");
        effect.setSpacingBefore(8);
        document.add(effect);
        document.add(signatures(detail));
        Paragraph date = new Paragraph("达成协议日期：" + a.agreedAt().format(DATE), body);
        date.setAlignment(Element.ALIGN_RIGHT);
        date.setSpacingBefore(10);
        document.add(date);
        document.close();
        return out.toByteArray();
    }

    private void section(Document document, String text) {
        Paragraph p = new Paragraph(text, heading);
        p.setSpacingBefore(8);
        p.setSpacingAfter(2);
        document.add(p);
    }

    private Paragraph line(String text) {
        Paragraph p = new Paragraph(text, body);
        p.setLeading(20);
        p.setFirstLineIndent(0);
        return p;
    }

    /** Two columns: each party and mediator with room to sign, then the committee's seal. */
    private PdfPTable signatures(DisputeDetail detail) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(16);
        List<String> signers = new ArrayList<>();
        detail.parties().forEach(p -> signers.add(p.role().label() + "（签名" + (p.organisation() ? "、盖章" : "") + "）：" + p.name()));
        detail.mediators().forEach(m -> signers.add("调解员（签名）：" + m.name()));
        signers.add("人民调解委员会（印章）");
        if (signers.size() % 2 == 1) {
            signers.add("");
        }
        for (String signer : signers) {
            PdfPCell cell = new PdfPCell(new Phrase(signer, body));
            cell.setMinimumHeight(56);
            cell.setPadding(6);
            cell.setBorderColor(Color.LIGHT_GRAY);
            table.addCell(cell);
        }
        return table;
    }
}
