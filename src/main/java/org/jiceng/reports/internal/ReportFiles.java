package org.jiceng.reports.internal;

import org.jiceng.XlsxSheet;
import org.jiceng.reports.MonthlyReport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/** A report as a download: the PDF or the workbook, named for its place and month. */
@Service
public class ReportFiles {

    static final MediaType XLSX = MediaType.parseMediaType(XlsxSheet.CONTENT_TYPE);

    private final ReportPdf pdf;
    private final ReportWorkbook workbook;

    ReportFiles(ReportPdf pdf, ReportWorkbook workbook) {
        this.pdf = pdf;
        this.workbook = workbook;
    }

    public ResponseEntity<byte[]> pdf(MonthlyReport report) {
        return download(pdf.render(report), MediaType.APPLICATION_PDF, report, "pdf");
    }

    public ResponseEntity<byte[]> xlsx(MonthlyReport report) {
        return download(workbook.render(report), XLSX, report, "xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, MonthlyReport report, String extension) {
        String name = "民情分析-" + report.territoryName() + "-" + report.month() + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, XlsxSheet.attachment(name))
                // a live report changes during the month; a kept one may be cached privately
                .header(HttpHeaders.CACHE_CONTROL, report.live() ? "no-store" : "private, max-age=3600")
                .body(body);
    }
}
