package org.jiceng.people.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jiceng.BadInputException;
import org.jiceng.people.IdNumber;
import org.jiceng.people.Phone;

/**
 * The checks of one row of an import file, each column on its own so that every problem of the row is
 * reported at once. Pure: what it needs to know about the world comes in as {@link Lookups}.
 */
final class RowChecks {

    /** Whether a grid exists in the importer's scope, the tags by code or name, and today's date. */
    record Lookups(Predicate<String> gridInScope, Map<String, String> tagCodes, Collection<String> tagNames,
                   LocalDate today) {
    }

    private static final int MAX_ADDRESS = 200;
    private static final int MAX_BUILDING = 100;
    private static final int MAX_NAME = 50;

    private final Lookups lookups;

    RowChecks(Lookups lookups) {
        this.lookups = lookups;
    }

    /** The cell's text as a person reads it: numbers without exponent or ".0", spaces trimmed. */
    static String text(XlsxRows.SheetRow row, RegisterColumn column) {
        String raw = row.texts()[column.ordinal()];
        if (row.numeric()[column.ordinal()]) {
            raw = plainNumber(raw);
        }
        return raw.replace('\u00A0', ' ').strip();
    }

    /** The row as a resident, or null when it has problems, which are added to {@code problems}. */
    ResidentLine check(XlsxRows.SheetRow row, List<ImportProblem> problems) {
        int n = row.number();
        int before = problems.size();
        String grid = required(row, RegisterColumn.GRID, problems);
        if (grid != null) {
            if (!grid.matches("\\d{15}")) {
                problems.add(ImportProblem.of(n, RegisterColumn.GRID, "网格代码须为 15 位数字，实际是“" + grid + "”"));
            } else if (!lookups.gridInScope().test(grid)) {
                problems.add(ImportProblem.of(n, RegisterColumn.GRID, "网格 " + grid + " 不存在或不在您的辖区内"));
            }
        }
        String address = limited(required(row, RegisterColumn.ADDRESS, problems), MAX_ADDRESS, n, RegisterColumn.ADDRESS, problems);
        String building = limited(text(row, RegisterColumn.BUILDING), MAX_BUILDING, n, RegisterColumn.BUILDING, problems);
        String name = limited(required(row, RegisterColumn.NAME, problems), MAX_NAME, n, RegisterColumn.NAME, problems);
        String relation = required(row, RegisterColumn.RELATION, problems);
        if (relation != null && !PeopleService.RELATIONS.contains(relation)) {
            problems.add(ImportProblem.of(n, RegisterColumn.RELATION, "与户主关系须为以下之一："
                    + String.join("、", PeopleService.RELATIONS) + "；实际是“" + relation + "”"));
        }
        IdNumber id = idNumber(row, problems);
        Phone phone = phone(row, problems);
        List<String> tags = tags(row, problems);
        if (problems.size() > before) {
            return null;
        }
        return new ResidentLine(n, grid, address, building == null || building.isEmpty() ? null : building, name,
                relation, id, phone, tags);
    }

    /** The row's ID number normalised (upper-case X), or null when it is not a valid one. */
    String idNumberOf(XlsxRows.SheetRow row) {
        if (row.numeric()[RegisterColumn.ID_NUMBER.ordinal()]) {
            return null;
        }
        String value = text(row, RegisterColumn.ID_NUMBER);
        return IdNumber.problemWith(value, lookups.today()).isEmpty() ? value.toUpperCase() : null;
    }

    private IdNumber idNumber(XlsxRows.SheetRow row, List<ImportProblem> problems) {
        int n = row.number();
        String value = text(row, RegisterColumn.ID_NUMBER);
        if (row.numeric()[RegisterColumn.ID_NUMBER.ordinal()]) {
            problems.add(ImportProblem.of(n, RegisterColumn.ID_NUMBER, "身份证号码被 Excel 存成了数字（读到的是 " + value
                    + "），超过 15 位的数字会丢失末几位；请把该列设为“文本”格式后重新录入"));
            return null;
        }
        var problem = IdNumber.problemWith(value, lookups.today());
        if (problem.isPresent()) {
            problems.add(ImportProblem.of(n, RegisterColumn.ID_NUMBER, problem.get().message()));
            return null;
        }
        return IdNumber.parse(value, lookups.today());
    }

    private static Phone phone(XlsxRows.SheetRow row, List<ImportProblem> problems) {
        String value = text(row, RegisterColumn.PHONE);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Phone.parse(value);
        } catch (BadInputException e) {
            problems.add(ImportProblem.of(row.number(), RegisterColumn.PHONE, e.getMessage()));
            return null;
        }
    }

    private List<String> tags(XlsxRows.SheetRow row, List<ImportProblem> problems) {
        String value = text(row, RegisterColumn.TAGS);
        List<String> codes = new ArrayList<>();
        if (value.isEmpty()) {
            return codes;
        }
        for (String tag : value.split("[、,，;；\\s]+")) {
            if (tag.isEmpty()) {
                continue;
            }
            String code = lookups.tagCodes().get(tag);
            if (code == null) {
                problems.add(ImportProblem.of(row.number(), RegisterColumn.TAGS, "未知的人员标签“" + tag + "”，可用标签："
                        + String.join("、", lookups.tagNames())));
            } else if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static String required(XlsxRows.SheetRow row, RegisterColumn column, List<ImportProblem> problems) {
        String value = text(row, column);
        if (value.isEmpty()) {
            problems.add(ImportProblem.of(row.number(), column, "请填写" + column.title()));
            return null;
        }
        return value;
    }

    private static String limited(String value, int max, int row, RegisterColumn column, List<ImportProblem> problems) {
        if (value != null && org.jiceng.Text.length(value) > max) {
            problems.add(ImportProblem.of(row, column, column.title() + "不能超过 " + max + " 字，实际 " + value.length() + " 字"));
        }
        return value;
    }

    private static String plainNumber(String raw) {
        try {
            return new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }
}
