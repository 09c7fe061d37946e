package org.jiceng.people.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One import of a household register file, in passes over the sheet: the first counts the rows (for the
 * progress bar) and checks the header; the second checks every row and every household and collects all
 * problems; only a file without any goes through the third, which hands its households to a {@link Sink}
 * that writes them all in one transaction. Pure: the database is behind {@code registered} and the sink, so
 * the whole run can be tested on workbooks made in memory.
 */
final class RegisterImport {

    static final int MAX_ROWS = 100_000;
    static final int MAX_LISTED_PROBLEMS = 1_000;
    private static final int BATCH = 500;
    private static final int REPORT_EVERY = 200;
    private static final int WIDTH = RegisterColumn.ALL.size();

    interface Progress {
        void total(int rows);

        void validated(int rows);

        /** Validation passed: the second pass begins. */
        void importing();

        void imported(int rows, int households);
    }

    /** Writes every household the source gives, all or nothing. */
    interface Sink {
        void writeAll(Consumer<Consumer<ImportHousehold>> households);
    }

    /** {@code problems} holds the first {@value #MAX_LISTED_PROBLEMS} in sheet order; {@code problemCount} all. */
    record Validation(int total, List<ImportProblem> problems, int problemCount) {
        boolean passed() {
            return problemCount == 0;
        }
    }

    /** The validation, and how many households were written: none unless it passed. */
    record Outcome(Validation validation, int households) {
    }

    private final RowChecks checks;
    private final Function<Collection<String>, Set<String>> registered;
    private final Progress progress;

    /** {@code registered} answers which of the given ID numbers are already in the register. */
    RegisterImport(RowChecks checks, Function<Collection<String>, Set<String>> registered, Progress progress) {
        this.checks = checks;
        this.registered = registered;
        this.progress = progress;
    }

    /** Validates the whole file; only if it has no problem at all, writes it through the sink. */
    Outcome run(Path file, Sink sink) {
        Validation validation = validate(file);
        if (!validation.passed()) {
            return new Outcome(validation, 0);
        }
        progress.importing();
        return new Outcome(validation, importAll(file, sink));
    }

    Validation validate(Path file) {
        ProblemList problems = new ProblemList();
        int total = countRows(file, problems);
        if (problems.count() > 0) {
            return problems.validation(total);
        }
        progress.total(total);
        Map<String, Integer> firstRowOfId = new HashMap<>();
        Map<String, Integer> unchecked = new HashMap<>();
        HouseholdChecks households = new HouseholdChecks(problems);
        int[] validated = {0};
        readData(file, row -> {
            List<ImportProblem> found = new ArrayList<>();
            checks.check(row, found);
            String id = checks.idNumberOf(row);
            if (id != null) {
                Integer first = firstRowOfId.putIfAbsent(id, row.number());
                if (first != null) {
                    found.add(ImportProblem.of(row.number(), RegisterColumn.ID_NUMBER, "与第 " + first + " 行的身份证号码重复"));
                } else {
                    unchecked.put(id, row.number());
                    if (unchecked.size() >= BATCH) {
                        checkRegister(unchecked, problems);
                    }
                }
            }
            found.forEach(problems::add);
            households.add(row);
            if (++validated[0] % REPORT_EVERY == 0) {
                progress.validated(validated[0]);
            }
        });
        households.close();
        checkRegister(unchecked, problems);
        progress.validated(validated[0]);
        return problems.validation(total);
    }

    /** The second pass, for a file that passed {@link #validate}; answers the number of households written. */
    private int importAll(Path file, Sink sink) {
        int[] written = {0, 0, 0};   // rows, households, rows at the last report
        sink.writeAll(each -> {
            List<ResidentLine> members = new ArrayList<>();
            Consumer<ResidentLine> emit = line -> {
                if (!members.isEmpty() && (line == null || !sameHousehold(members.getFirst(), line))) {
                    ResidentLine first = members.getFirst();
                    each.accept(new ImportHousehold(first.gridCode(), first.address(), first.building(), List.copyOf(members)));
                    written[0] += members.size();
                    written[1]++;
                    members.clear();
                    if (written[0] - written[2] >= REPORT_EVERY || line == null) {
                        progress.imported(written[0], written[1]);
                        written[2] = written[0];
                    }
                }
                if (line != null) {
                    members.add(line);
                }
            };
            readData(file, row -> {
                List<ImportProblem> found = new ArrayList<>();
                ResidentLine line = checks.check(row, found);
                if (line == null) {
                    throw new IllegalStateException("第 " + row.number() + " 行在校验后发生了变化：" + found);
                }
                emit.accept(line);
            });
            emit.accept(null);
        });
        return written[1];
    }

    private static boolean sameHousehold(ResidentLine a, ResidentLine b) {
        return a.gridCode().equals(b.gridCode()) && a.address().equals(b.address());
    }

    private void checkRegister(Map<String, Integer> unchecked, ProblemList problems) {
        if (unchecked.isEmpty()) {
            return;
        }
        for (String id : registered.apply(unchecked.keySet())) {
            problems.add(ImportProblem.of(unchecked.get(id), RegisterColumn.ID_NUMBER,
                    PeopleService.NUMBER_NOT_ACCEPTED));
        }
        unchecked.clear();
    }

    /** Checks the header and counts the data rows (blank rows skipped), stopping past the limit. */
    private static int countRows(Path file, ProblemList problems) {
        int[] rows = {0};
        boolean[] header = {false};
        XlsxRows.read(file, WIDTH, row -> {
            if (row.blank()) {
                return true;
            }
            if (!header[0]) {
                header[0] = true;
                checkHeader(row, problems);
                return problems.count() == 0;
            }
            return ++rows[0] <= MAX_ROWS;
        });
        if (!header[0]) {
            problems.add(ImportProblem.ofFile("文件的第一个工作表是空的：请使用下载的模板，第 1 行为表头"));
        } else if (problems.count() == 0 && rows[0] == 0) {
            problems.add(ImportProblem.ofFile("文件中只有表头，没有要导入的数据行"));
        } else if (rows[0] > MAX_ROWS) {
            problems.add(ImportProblem.ofFile("文件超过单次导入上限 " + MAX_ROWS + " 行，请分成几个文件分别导入"));
        }
        return Math.min(rows[0], MAX_ROWS);
    }

    private static void checkHeader(XlsxRows.SheetRow row, ProblemList problems) {
        for (RegisterColumn column : RegisterColumn.ALL) {
            String title = row.texts()[column.ordinal()].strip();
            if (!title.equals(column.title())) {
                problems.add(new ImportProblem(row.number(), column.title(), "第 " + (column.ordinal() + 1)
                        + " 列的表头应为“" + column.title() + "”，实际是“" + title + "”；请使用下载的模板，不要增删或调换列"));
            }
        }
    }

    /** Every non-blank row after the header. */
    private static void readData(Path file, Consumer<XlsxRows.SheetRow> each) {
        boolean[] header = {false};
        XlsxRows.read(file, WIDTH, row -> {
            if (!row.blank()) {
                if (header[0]) {
                    each.accept(row);
                } else {
                    header[0] = true;
                }
            }
            return true;
        });
    }
}
