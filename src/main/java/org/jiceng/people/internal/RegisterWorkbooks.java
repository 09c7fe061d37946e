package org.jiceng.people.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The household register workbook: sheet 户籍登记 with the header of {@link RegisterColumn} and every column
 * formatted as text (so Excel keeps all 18 digits of an ID number), and sheet 说明 with the instructions.
 * Written with POI's streaming API, so an export of a whole county holds only a window of rows in memory.
 */
final class RegisterWorkbooks {

    static final String DATA_SHEET = "户籍登记";
    static final String NOTES_SHEET = "说明";
    private static final int WINDOW = 200;
    private static final int[] WIDTHS = {18, 36, 12, 10, 12, 22, 15, 24};

    private RegisterWorkbooks() {
    }

    /** The empty template, with a drop-down list for 与户主关系. */
    static void writeTemplate(OutputStream out, Collection<String> tagNames) throws IOException {
        write(out, tagNames, false, book -> relationList(book.getSheet(DATA_SHEET)));
    }

    /** An export: {@code rows} hands each resident's values, in column order, to the consumer it is given. */
    static void writeExport(OutputStream out, Collection<String> tagNames, Consumer<Consumer<List<String>>> rows)
            throws IOException {
        write(out, tagNames, true, book -> {
            Sheet sheet = book.getSheet(DATA_SHEET);
            CellStyle text = textStyle(book);
            int[] next = {1};
            rows.accept(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < values.size(); i++) {
                    var cell = row.createCell(i);
                    cell.setCellStyle(text);
                    cell.setCellValue(values.get(i) == null ? "" : values.get(i));
                }
            });
        });
    }

    private static void write(OutputStream out, Collection<String> tagNames, boolean export, Consumer<Workbook> fill)
            throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        try {
            dataSheet(book);
            fill.accept(book);
            notes(book, tagNames, export);
            book.write(out);
        } finally {
            book.dispose();
            book.close();
        }
    }

    private static void dataSheet(Workbook book) {
        Sheet sheet = book.createSheet(DATA_SHEET);
        CellStyle text = textStyle(book);
        CellStyle header = book.createCellStyle();
        header.cloneStyleFrom(text);
        Font bold = book.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Row row = sheet.createRow(0);
        for (RegisterColumn column : RegisterColumn.ALL) {
            int i = column.ordinal();
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
            sheet.setDefaultColumnStyle(i, text);
            var cell = row.createCell(i);
            cell.setCellStyle(header);
            cell.setCellValue(column.title());
        }
        sheet.createFreezePane(0, 1);
    }

    private static CellStyle textStyle(Workbook book) {
        CellStyle text = book.createCellStyle();
        text.setDataFormat(book.createDataFormat().getFormat("@"));
        return text;
    }

    private static void relationList(Sheet sheet) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int column = RegisterColumn.RELATION.ordinal();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(PeopleService.RELATIONS.toArray(String[]::new)),
                new CellRangeAddressList(1, RegisterImport.MAX_ROWS, column, column));
        validation.setShowErrorBox(true);
        validation.createErrorBox("与户主关系", "请从列表中选择：" + String.join("、", PeopleService.RELATIONS));
        sheet.addValidationData(validation);
    }

    private static void notes(Workbook book, Collection<String> tagNames, boolean export) {
        Sheet sheet = book.createSheet(NOTES_SHEET);
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, 8 * 256);
        sheet.setColumnWidth(3, 70 * 256);
        sheet.setColumnWidth(4, 26 * 256);
        int r = 0;
        line(sheet, r++, export ? "户籍台账导出（身份证号码和电话已脱敏）" : "户籍台账导入模板");
        if (export) {
            line(sheet, r++, "本文件中的身份证号码和电话号码只显示首尾几位，仅供核对和统计，不能直接再导入。"
                    + "完整号码须在系统中逐人“查看完整号码”并填写事由，每次查看都记入访问日志。");
        }
        r++;
        Row head = sheet.createRow(r++);
        String[] titles = {"列", "列名", "必填", "填写要求", "示例"};
        for (int i = 0; i < titles.length; i++) {
            head.createCell(i).setCellValue(titles[i]);
        }
        for (RegisterColumn column : RegisterColumn.ALL) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(String.valueOf((char) ('A' + column.ordinal())));
            row.createCell(1).setCellValue(column.title());
            row.createCell(2).setCellValue(column.required() ? "是" : "否");
            row.createCell(3).setCellValue(column.rule());
            row.createCell(4).setCellValue(column.example());
        }
        r++;
        List<String> rules = List.of(
                "1. 在“" + DATA_SHEET + "”工作表中填写，每行一名居民；第 1 行为表头，请勿修改、增删或调换列。",
                "2. 上下相邻、“网格代码”和“住址”都相同的各行为同一户；每户须有且仅有一名“户主”，楼栋/院落须一致。",
                "3. 上传后系统先逐行校验全部数据；只要有一处问题就不导入任何数据，并列出每个问题所在的行、列和原因，改正后重新上传即可。",
                "4. 全部无误时一次性导入：要么全部导入，要么全部不导入，不会只导入一半。",
                "5. 身份证号码列须为“文本”格式（本模板已设置）；粘贴进来的数字格式号码会丢失末几位，系统会指出这些行。",
                "6. 已在户籍中登记的身份证号码不能重复导入；同一文件中也不能出现两次。",
                "7. 可用的人员标签：" + String.join("、", tagNames) + "；多个标签用“、”或“,”分隔。",
                "8. 单个文件不超过 20 MB、" + RegisterImport.MAX_ROWS + " 行；空行会被跳过。");
        for (String rule : rules) {
            line(sheet, r++, rule);
        }
    }

    private static void line(Sheet sheet, int r, String text) {
        sheet.createRow(r).createCell(0).setCellValue(text);
    }
}
