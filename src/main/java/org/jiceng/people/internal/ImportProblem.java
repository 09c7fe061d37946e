package org.jiceng.people.internal;

import java.util.Comparator;

/**
 * One problem found in an import file: the row as Excel numbers it, the column's title ("" for the file as a
 * whole, with row 0) and the reason in Chinese.
 */
public record ImportProblem(int row, String column, String reason) {

    /** By row, then in the order of the template's columns. */
    static final Comparator<ImportProblem> IN_SHEET_ORDER = Comparator.comparingInt(ImportProblem::row)
            .thenComparingInt(p -> RegisterColumn.titles().indexOf(p.column()));

    static ImportProblem of(int row, RegisterColumn column, String reason) {
        return new ImportProblem(row, column.title(), reason);
    }

    static ImportProblem ofFile(String reason) {
        return new ImportProblem(0, "", reason);
    }
}
