package org.jiceng.identity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.identity.internal.AccountManagement.NewAccount;
import org.jiceng.identity.internal.AccountManagement.RoleInput;
import org.springframework.stereotype.Service;

/**
 * Grid workers from an Excel workbook (用户名 / 姓名 / 网格代码 / 初始密码): each row is created in a transaction
 * of its own, so a bad row is reported with its row number and reason and the good rows are kept; a row
 * without a password gets a temporary one, listed once in the answer. Every account so made must change its
 * password at the first sign-in.
 */
@Service
public class AccountImport {

    static final String SHEET = "网格员";
    static final List<String> COLUMNS = List.of("用户名", "姓名", "网格代码", "初始密码");
    static final int MAX_ROWS = 2000;

    private final AccountManagement accounts;

    AccountImport(AccountManagement accounts) {
        this.accounts = accounts;
    }

    public record CreatedRow(int row, long id, String username, String displayName, String grid,
                             String temporaryPassword) {
    }

    public record RowProblem(int row, String reason) {
    }

    public record Result(int created, List<CreatedRow> accounts, List<RowProblem> problems) {
    }

    public Result importGridWorkers(CurrentUser manager, InputStream file) {
        Workbook book;
        try {
            book = WorkbookFactory.create(file);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("无法读取该文件，请上传 Excel（.xlsx）文件，可先下载模板");
        }
        try (book) {
            Sheet sheet = book.getNumberOfSheets() == 0 ? null : book.getSheetAt(0);
            if (sheet == null || sheet.getRow(0) == null) {
                throw new BadInputException("工作表为空：第一行须为表头 " + String.join("、", COLUMNS));
            }
            Map<String, Integer> columns = header(sheet.getRow(0));
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new BadInputException("一次最多导入 " + MAX_ROWS + " 行，请分批导入");
            }
            DataFormatter format = new DataFormatter();
            List<CreatedRow> created = new ArrayList<>();
            List<RowProblem> problems = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String username = cell(row, columns.get("用户名"), format);
                String name = cell(row, columns.get("姓名"), format);
                String grid = cell(row, columns.get("网格代码"), format);
                String password = columns.containsKey("初始密码") ? cell(row, columns.get("初始密码"), format) : "";
                if (username.isEmpty() && name.isEmpty() && grid.isEmpty() && password.isEmpty()) {
                    continue;
                }
                int excelRow = r + 1;
                if (!grid.matches("[0-9]{15}")) {
                    problems.add(new RowProblem(excelRow, "网格代码须为 15 位数字"));
                    continue;
                }
                try {
                    var made = accounts.create(manager, new NewAccount(username, name, password.isEmpty() ? null : password,
                            List.of(new RoleInput("GRID_WORKER", grid, null)), null, null));
                    created.add(new CreatedRow(excelRow, made.account().id(), username, name, grid,
                            made.temporaryPassword()));
                } catch (BadInputException | ForbiddenException e) {
                    problems.add(new RowProblem(excelRow, e.getMessage()));
                }
            }
            return new Result(created.size(), created, problems);
        } catch (IOException e) {
            throw new BadInputException("无法读取该文件");
        }
    }

    /** The empty template, every column formatted as text so Excel keeps the 15 digits of a grid code. */
    public static void writeTemplate(OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(SHEET);
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, 20 * 256);
            }
            Sheet notes = book.createSheet("说明");
            String[] lines = {"每行一名网格员：用户名（2–32 位小写字母、数字、下划线、点或连字符）、姓名、网格代码（15 位）。",
                    "初始密码可留空，系统会生成临时密码并在导入结果中显示一次；填写时至少 10 位，不能全是数字，不能与用户名相同。",
                    "网格员首次登录须修改密码。有误的行会列出行号和原因，其余行照常导入。"};
            for (int i = 0; i < lines.length; i++) {
                notes.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            book.write(out);
        }
    }

    private static Map<String, Integer> header(Row row) {
        Map<String, Integer> columns = new HashMap<>();
        DataFormatter format = new DataFormatter();
        for (Cell cell : row) {
            String name = format.formatCellValue(cell).strip();
            if (COLUMNS.contains(name)) {
                columns.put(name, cell.getColumnIndex());
            }
        }
        for (String required : COLUMNS.subList(0, 3)) {
            if (!columns.containsKey(required)) {
                throw new BadInputException("表头缺少“" + required + "”列：第一行须为 " + String.join("、", COLUMNS));
            }
        }
        return columns;
    }

    private static String cell(Row row, Integer column, DataFormatter format) {
        if (row == null || column == null || row.getCell(column) == null) {
            return "";
        }
        return format.formatCellValue(row.getCell(column)).strip();
    }
}
