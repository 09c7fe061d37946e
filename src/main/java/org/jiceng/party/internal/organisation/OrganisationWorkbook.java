package org.jiceng.party.internal.organisation;

import static org.jiceng.Action.EXPORT;
import static org.jiceng.Action.IMPORT;
import static org.jiceng.Resource.PARTY_FILE;

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
import org.jiceng.party.OrganisationKind;
import org.jiceng.party.OrganisationLevel;
import org.jiceng.party.OrganisationView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Party organisations in and out of Excel. The export lists every organisation in reach with its id; the import
 * creates organisations row by row through the same rules as the form, in one transaction: one bad row and nothing
 * is written, every problem named by its row. A row's 上级组织 is an existing organisation's id, or "第N行" for one
 * created by an earlier row of the same file, so a whole new branch with its groups comes in one file.
 */
@Component
public class OrganisationWorkbook {

    public static final List<String> COLUMNS = List.of("名称", "层级", "类型", "工作方向/行业", "区划代码", "上级组织", "成立日期");
    static final int MAX_ROWS = 2_000;
    static final int MAX_EXPORT = 50_000;

    private final OrganisationChanges changes;
    private final OrganisationStore store;

    OrganisationWorkbook(OrganisationChanges changes, OrganisationStore store) {
        this.changes = changes;
        this.store = store;
    }

    public record Imported(int rows, List<Long> created) {
    }

    public XlsxSheet export(CurrentUser user, String territory) {
        Scope scope = AccessPolicy.scope(user, PARTY_FILE, EXPORT);
        if (scope.isEmpty()) {
            throw AccessPolicy.refusal(PARTY_FILE, EXPORT);
        }
        if (territory != null && !territory.isBlank()) {
            if (!territory.strip().matches("[0-9]{6,15}")) {
                throw new BadInputException("territory", "区划代码须为 6 到 15 位数字");
            }
            scope = scope.narrowedTo(territory.strip());
            if (scope.isEmpty()) {
                throw new ForbiddenException("区划 " + territory.strip() + " 不在您的辖区内");
            }
        }
        List<OrganisationView> rows = store.all(scope, MAX_EXPORT + 1);
        if (rows.size() > MAX_EXPORT) {
            throw new BadInputException("territory", "超过 " + MAX_EXPORT + " 个组织，请选择更小的区划导出");
        }
        List<String> headings = new ArrayList<>(List.of("编号"));
        headings.addAll(COLUMNS);
        headings.add("撤销日期");
        XlsxSheet sheet = new XlsxSheet("党组织", headings).width(1, 24);
        for (OrganisationView o : rows) {
            sheet.row(o.id(), o.name(), o.level().label(), o.kind().label(), o.focus(), o.territoryCode(), o.parentId(),
                    o.establishedOn().toString(), o.dissolvedOn() == null ? null : o.dissolvedOn().toString());
        }
        return sheet;
    }

    @Transactional
    public Imported importRows(CurrentUser user, InputStream file) {
        if (AccessPolicy.scope(user, PARTY_FILE, IMPORT).isEmpty()) {
            throw AccessPolicy.refusal(PARTY_FILE, IMPORT);
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
            Map<Integer, Long> createdByRow = new HashMap<>();
            List<Long> created = new ArrayList<>();
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
                    OrganisationView o = changes.create(user, new OrganisationChanges.Create(
                            parent(cells.get("上级组织"), createdByRow), cells.get("名称"),
                            code(OrganisationLevel.class, cells.get("层级"), "层级"),
                            code(OrganisationKind.class, cells.get("类型"), "类型"), cells.get("工作方向/行业"),
                            cells.get("区划代码"), cells.get("成立日期")));
                    createdByRow.put(r + 1, o.id());
                    created.add(o.id());
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
            return new Imported(rows, created);
        } catch (IOException e) {
            throw new BadInputException("file", "无法读取该文件");
        }
    }

    /** "123" is an existing organisation; "第4行" the one row 4 of this file created. */
    private static Long parent(String text, Map<Integer, Long> createdByRow) {
        if (text.isEmpty()) {
            return null;
        }
        var row = java.util.regex.Pattern.compile("第\\s*(\\d+)\\s*行").matcher(text);
        if (row.matches()) {
            Long id = createdByRow.get(Integer.parseInt(row.group(1)));
            if (id == null) {
                throw new BadInputException("上级组织“" + text + "”：该行不在本行之前，或该行未能导入");
            }
            return id;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadInputException("上级组织须为组织编号或“第N行”，而不是“" + text + "”");
        }
    }

    /** A level or kind by its Chinese name as the export writes it (党支部, 功能型) or by its code (BRANCH). */
    private static <E extends Enum<E>> String code(Class<E> type, String text, String column) {
        for (E value : type.getEnumConstants()) {
            String label = value instanceof OrganisationLevel l ? l.label() : ((OrganisationKind) value).label();
            if (value.name().equalsIgnoreCase(text) || label.equals(text)) {
                return value.name();
            }
        }
        throw new BadInputException(column + "“" + text + "”无效，可填："
                + String.join("、", java.util.Arrays.stream(type.getEnumConstants())
                .map(v -> v instanceof OrganisationLevel l ? l.label() : ((OrganisationKind) v).label()).toList()));
    }


}
