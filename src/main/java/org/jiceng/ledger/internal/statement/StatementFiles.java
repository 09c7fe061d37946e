package org.jiceng.ledger.internal.statement;

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
 * A statement as a download for the 公示栏: an A4 PDF (balances, every entry, and the chain head at the foot) and an
 * Excel workbook whose amounts are numbers in yuan with two decimals, so a committee can sum them again.
 */
@Service
public class StatementFiles {

    private static final MediaType XLSX = MediaType.parseMediaType(XlsxSheet.CONTENT_TYPE);
    private static final String[] KINDS = {"ASSET", "资产", "LIABILITY", "负债", "EQUITY", "净资产", "INCOME", "收入",
            "EXPENSE", "支出"};

    private final String configuredFont;
    private Font title;
    private Font heading;
    private Font body;

    StatementFiles(@Value("${jiceng.pdf.cjk-font:}") String font) {
        this.configuredFont = font;
    }

    public static String title(StatementView s) {
        return s.accountName() + " " + s.month().replace("-", "年") + "月收支公示";
    }

    public static String head(StatementView s) {
        return "链头：第 " + s.headSeq() + " 笔 SHA-256 " + s.headHash();
    }

    public static String kind(String kind) {
        for (int i = 0; i < KINDS.length; i += 2) {
            if (KINDS[i].equals(kind)) {
                return KINDS[i + 1];
            }
        }
        return kind;
    }

    public ResponseEntity<byte[]> pdf(StatementView s) {
        return download(renderPdf(s), MediaType.APPLICATION_PDF, s, "pdf");
    }

    public ResponseEntity<byte[]> xlsx(StatementView s) {
        return download(renderXlsx(s), XLSX, s, "xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, StatementView s, String extension) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, XlsxSheet.attachment(title(s) + "." + extension))
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600").body(body);
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

    byte[] renderPdf(StatementView s) {
        fonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(title(s));
        document.open();
        Paragraph head = new Paragraph(title(s), title);
        head.setAlignment(Element.ALIGN_CENTER);
        head.setSpacingAfter(8);
        document.add(head);
        document.add(new Paragraph("一、科目余额（元）", heading));
        List<List<String>> rows = new ArrayList<>();
        s.balances().forEach(b -> rows.add(List.of(b.subject() + " " + b.subjectName(), kind(b.kind()), b.openingYuan(),
                b.debitYuan(), b.creditYuan(), b.closingYuan())));
        document.add(table(new float[]{4, 1, 2, 2, 2, 2}, List.of("科目", "类别", "月初余额", "本月借方", "本月贷方", "月末余额"), rows));
        document.add(new Paragraph("二、本月分录（元）", heading));
        List<List<String>> lines = new ArrayList<>();
        for (StatementView.Line l : s.lines()) {
            StringBuilder postings = new StringBuilder();
            l.postings().forEach(p -> postings.append(p.debit() > 0 ? "借 " : "贷 ").append(p.subjectName()).append(' ')
                    .append(p.debit() > 0 ? p.debitYuan() : p.creditYuan()).append('\n'));
            lines.add(List.of(String.valueOf(l.seq()), l.date().toString(), (l.late() ? "［补记］" : "") + l.memo(),
                    postings.toString().strip(), l.voucherId() == null ? "—" : "凭证 " + l.voucherId()));
        }
        document.add(table(new float[]{1, 2, 5, 5, 2}, List.of("序号", "日期", "摘要", "借贷", "凭证"), lines));
        document.add(new Paragraph("本月借方合计 " + s.debitTotalYuan() + " 元，贷方合计 " + s.creditTotalYuan() + " 元", body));
        Paragraph chain = new Paragraph(head(s), body);
        chain.setSpacingBefore(8);
        document.add(chain);
        document.add(new Paragraph("可在系统中打开本账本核对链头；每笔分录均记载前一笔的哈希，任何改动都会被发现。", body));
        document.close();
        return out.toByteArray();
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

    byte[] renderXlsx(StatementView s) {
        try (XlsxSheet book = new XlsxSheet("科目余额", List.of("科目代码", "科目", "类别", "月初余额", "本月借方", "本月贷方", "月末余额"));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.width(1, 16);
            s.balances().forEach(b -> book.row(b.subject(), b.subjectName(), kind(b.kind()), yuan(b.opening()),
                    yuan(b.debit()), yuan(b.credit()), yuan(b.closing())));
            book.next("分录", List.of("序号", "日期", "摘要", "科目代码", "科目", "借方", "贷方", "凭证", "补记", "哈希"))
                    .width(2, 24);
            for (StatementView.Line l : s.lines()) {
                for (StatementView.Posting p : l.postings()) {
                    book.row(l.seq(), l.date().toString(), l.memo(), p.subject(), p.subjectName(),
                            p.debit() == 0 ? null : yuan(p.debit()), p.credit() == 0 ? null : yuan(p.credit()),
                            l.voucherId() == null ? null : String.valueOf(l.voucherId()), l.late() ? "是" : null, l.hash());
                }
            }
            book.next("链头", List.of("项目", "值"));
            book.row("账本", s.accountName());
            book.row("月份", s.month());
            book.row("借方合计", yuan(s.debitTotal()));
            book.row("贷方合计", yuan(s.creditTotal()));
            book.row("链头序号", s.headSeq());
            book.row("链头哈希", s.headHash());
            book.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XlsxSheet.Formatted yuan(long fen) {
        return XlsxSheet.Formatted.decimal(BigDecimal.valueOf(fen, 2), 2);
    }
}
