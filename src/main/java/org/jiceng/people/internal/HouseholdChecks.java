package org.jiceng.people.internal;

import java.util.ArrayList;
import java.util.List;

/** Consecutive rows with the same grid code and address are one household: one 户主, one building. */
final class HouseholdChecks {
    private final ProblemList problems;
    private final List<XlsxRows.SheetRow> rows = new ArrayList<>();
    private String key;

    HouseholdChecks(ProblemList problems) {
        this.problems = problems;
    }

    void add(XlsxRows.SheetRow row) {
        String grid = RowChecks.text(row, RegisterColumn.GRID);
        String address = RowChecks.text(row, RegisterColumn.ADDRESS);
        String rowKey = grid.isEmpty() || address.isEmpty() ? null : grid + '\u0000' + address;
        if (rowKey == null || !rowKey.equals(key)) {
            close();
        }
        key = rowKey;
        if (rowKey != null) {
            rows.add(row);
        }
    }

    void close() {
        if (rows.isEmpty()) {
            return;
        }
        int first = rows.getFirst().number();
        int last = rows.getLast().number();
        List<XlsxRows.SheetRow> heads = rows.stream()
                .filter(r -> "户主".equals(RowChecks.text(r, RegisterColumn.RELATION))).toList();
        if (heads.isEmpty()) {
            String span = first == last ? "第 " + first + " 行" : "第 " + first + "–" + last + " 行";
            problems.add(ImportProblem.of(first, RegisterColumn.RELATION, span
                    + "为同一户（网格代码和住址相同），但没有户主；每户须有且仅有一名“户主”"));
        }
        for (XlsxRows.SheetRow extra : heads.stream().skip(1).toList()) {
            problems.add(ImportProblem.of(extra.number(), RegisterColumn.RELATION, "本户第 "
                    + heads.getFirst().number() + " 行已是户主，每户只能有一名户主"));
        }
        String building = RowChecks.text(rows.getFirst(), RegisterColumn.BUILDING);
        for (XlsxRows.SheetRow row : rows) {
            String own = RowChecks.text(row, RegisterColumn.BUILDING);
            if (!own.equals(building)) {
                problems.add(ImportProblem.of(row.number(), RegisterColumn.BUILDING, "同一户的楼栋/院落须一致：本户第 "
                        + first + " 行填的是“" + building + "”"));
            }
        }
        rows.clear();
    }
}
