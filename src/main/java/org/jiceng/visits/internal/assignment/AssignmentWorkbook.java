package org.jiceng.visits.internal.assignment;

import static org.jiceng.Action.EXPORT;
import static org.jiceng.Action.IMPORT;
import static org.jiceng.Resource.ASSIGNMENT;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jiceng.AccessPolicy;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Scope;
import org.jiceng.XlsxSheet;
import org.jiceng.visits.AssignmentView;
import org.jiceng.visits.internal.assignment.AssignmentRequests.NewAssignment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 包保 assignments in and out of Excel, in the same columns both ways. An import checks every row through the
 * same rules as the form, in one transaction: one bad row and nothing is written, every problem named by its
 * row. An export shows holders' phones masked, so a re-imported export leaves them unset rather than wrong.
 */
@Component
public class AssignmentWorkbook {

    public static final List<String> COLUMNS = List.of("层级", "区划代码", "户编号", "户长居民编号", "组/院落名称",
            "包保人类别", "包保人编号", "包保人姓名", "职务", "联系电话", "开始日期", "结束日期");
    static final int MAX_ROWS = 5_000;
    static final int MAX_EXPORT = 100_000;

    private final AssignmentService service;
    private final AssignmentRepository repository;

    AssignmentWorkbook(AssignmentService service, AssignmentRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    public record Imported(int rows, int created, List<String> warnings) {
    }

    @Transactional
    public Imported importRows(CurrentUser user, InputStream file) {
        if (AccessPolicy.scope(user, ASSIGNMENT, IMPORT).isEmpty()) {
            throw AccessPolicy.refusal(ASSIGNMENT, IMPORT);
        }
        Workbook book;
        try {
            book = WorkbookFactory.create(file);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("file", "无法读取该文件，请上传 Excel（.xlsx）文件，可先导出一份作为模板");
        }
        try (book) {
            Sheet sheet = book.getNumberOfSheets() == 0 ? null : book.getSheetAt(0);
            if (sheet == null || sheet.getRow(0) == null) {
                throw new BadInputException("file", "工作表为空：第一行须为表头 " + String.join("、", COLUMNS));
            }
            Map<String, Integer> columns = org.jiceng.XlsxRows.header(sheet.getRow(0), COLUMNS);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new BadInputException("file", "一次最多导入 " + MAX_ROWS + " 行，请分批导入");
            }
            List<String> problems = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            int rows = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> cells = new HashMap<>();
                COLUMNS.forEach(c -> cells.put(c, org.jiceng.XlsxRows.text(row, columns.get(c))));
                if (cells.values().stream().allMatch(String::isEmpty)) {
                    continue;
                }
                rows++;
                try {
                    var created = service.create(user, new NewAssignment(cells.get("层级"), cells.get("区划代码"),
                            number(cells.get("户编号"), "户编号"), number(cells.get("户长居民编号"), "户长居民编号"),
                            cells.get("组/院落名称"), cells.get("包保人类别"), number(cells.get("包保人编号"), "包保人编号"),
                            cells.get("包保人姓名"), cells.get("职务"), cells.get("联系电话"), cells.get("开始日期"),
                            cells.get("结束日期")));
                    if (created.warning() != null) {
                        warnings.add("第 " + (r + 1) + " 行：" + created.warning());
                    }
                } catch (BadInputException | ConflictException | ForbiddenException e) {
                    problems.add("第 " + (r + 1) + " 行：" + e.getMessage());
                }
            }
            if (rows == 0) {
                throw new BadInputException("file", "表中没有数据行");
            }
            if (!problems.isEmpty()) {
                // the exception rolls back the rows already written: an import is all or nothing
                throw new BadInputException("file", "导入未写入任何数据，请改正后重新上传：" + String.join("；",
                        problems.subList(0, Math.min(50, problems.size())))
                        + (problems.size() > 50 ? "；另有 " + (problems.size() - 50) + " 处问题" : ""));
            }
            return new Imported(rows, rows, warnings);
        } catch (IOException e) {
            throw new BadInputException("file", "无法读取该文件");
        }
    }

    /** The assignments under {@code territory} the person may export, in the import's columns plus id and end reason. */
    public XlsxSheet export(CurrentUser user, String territory) {
        Scope scope = AccessPolicy.scope(user, ASSIGNMENT, EXPORT);
        if (scope.isEmpty()) {
            throw AccessPolicy.refusal(ASSIGNMENT, EXPORT);
        }
        if (territory != null && !territory.isBlank()) {
            if (!territory.strip().matches("[0-9]{6,15}")) {
                throw new BadInputException("territory", "区划代码须为 6 到 15 位数字");
            }
            scope = scope.narrowedTo(territory.strip());
        }
        List<AssignmentView> rows = repository.all(scope, MAX_EXPORT + 1);
        if (rows.size() > MAX_EXPORT) {
            throw new BadInputException("territory", "超过 " + MAX_EXPORT + " 条，请选择更小的区划导出");
        }
        List<String> headings = new ArrayList<>(COLUMNS);
        headings.add("结束原因");
        headings.add("编号");
        XlsxSheet sheet = new XlsxSheet("包保关系", headings);
        for (AssignmentView a : rows) {
            sheet.row(a.level(), a.territoryCode(), a.householdId(), a.chiefResidentId(), a.groupName(), a.holderKind(),
                    a.holderId(), a.holderName(), a.holderTitle(), a.holderPhone(), a.startsOn().toString(),
                    a.endsOn() == null ? null : a.endsOn().toString(), a.endReason(), a.id());
        }
        return sheet;
    }



    private static Long number(String text, String column) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadInputException(column + "须为数字");
        }
    }
}
