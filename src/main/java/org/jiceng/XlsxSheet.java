package org.jiceng;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;

/**
 * One sheet of an Excel workbook filled a row at a time with POI's streaming SXSSF: only a window of rows stays
 * in memory, the rest is flushed to a temporary file as it goes, and {@link #writeTo} streams the zip to the
 * response. Nothing reaches the response before {@link #writeTo}, so a refusal found while filling (too many
 * rows) can still answer 400. Text is written as text (a case number must not become a number); numbers and
 * {@link BigDecimal}s as numbers; null as an empty cell.
 */
public final class XlsxSheet implements AutoCloseable {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int WINDOW = 200;

    private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
    private final CellStyle text;
    private final CellStyle header;
    private final Map<String, CellStyle> formats = new HashMap<>();
    private SXSSFSheet sheet;
    private int next;
    private int written;

    /** A workbook whose first sheet is named {@code name} and starts with the column headings, bold on grey, frozen. */
    public XlsxSheet(String name, List<String> headings) {
        text = book.createCellStyle();
        text.setDataFormat(book.createDataFormat().getFormat("@"));
        header = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        next(name, headings);
    }

    /** Starts another sheet with its headings; the rows written from now on go there. */
    public XlsxSheet next(String name, List<String> headings) {
        sheet = book.createSheet(name);
        next = 0;
        Row row = sheet.createRow(next++);
        for (int i = 0; i < headings.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellStyle(header);
            cell.setCellValue(headings.get(i));
            sheet.setColumnWidth(i, Math.min(60, 4 + 2 * headings.get(i).length()) * 256);
        }
        sheet.createFreezePane(0, 1);
        return this;
    }

    /** Widens column {@code index} to about {@code characters} Chinese characters. */
    public XlsxSheet width(int index, int characters) {
        sheet.setColumnWidth(index, Math.min(255, characters * 2 + 2) * 256);
        return this;
    }

    /** Appends one row to the present sheet; a {@link Formatted} number is shown in its format (a percentage…). */
    public void row(Object... values) {
        written++;
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            var cell = row.createCell(i);
            switch (value) {
                case Formatted f -> {
                    cell.setCellValue(f.value().doubleValue());
                    cell.setCellStyle(formats.computeIfAbsent(f.format(), this::style));
                }
                case BigDecimal d -> cell.setCellValue(d.doubleValue());
                case Number n -> cell.setCellValue(n.doubleValue());
                default -> {
                    cell.setCellValue(value.toString());
                    cell.setCellStyle(text);
                }
            }
        }
    }

    /** The rows written so far over all sheets, the headings not counted. */
    public int rows() {
        return written;
    }

    private CellStyle style(String format) {
        CellStyle style = book.createCellStyle();
        style.setDataFormat(book.createDataFormat().getFormat(format));
        return style;
    }

    /** Streams the workbook; call once, after the response's headers are set. */
    public void writeTo(OutputStream out) throws IOException {
        book.write(out);
    }

    @Override
    public void close() throws IOException {
        book.dispose();
        book.close();
    }

    /** A number shown in an Excel number format, e.g. {@code 0.00%}: the cell keeps the number, the page's rounding shows. */
    public record Formatted(BigDecimal value, String format) {

        /** A fraction as a percentage with {@code places} decimals, as the pages show it; null stays an empty cell. */
        public static Formatted percent(BigDecimal fraction, int places) {
            return fraction == null ? null : new Formatted(fraction, places == 0 ? "0%" : "0." + "0".repeat(places) + "%");
        }

        /** A decimal with {@code places} decimals (a score of 92.31); null stays an empty cell. */
        public static Formatted decimal(BigDecimal value, int places) {
            return value == null ? null : new Formatted(value, places == 0 ? "0" : "0." + "0".repeat(places));
        }
    }

    /** {@code attachment; filename*=UTF-8''…} (RFC 5987), so a Chinese file name reaches every browser intact. */
    public static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }
}
