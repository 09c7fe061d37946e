package org.jiceng.ledger.internal.importing;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Fen;
import org.jiceng.Resource;
import org.jiceng.ledger.internal.LedgerAccess;
import org.jiceng.ledger.internal.journal.Journal;
import org.jiceng.ledger.internal.journal.NewEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an existing ledger (a year of entries kept in Excel before the system) into an account's journal. Each
 * row is one line: date, entry number (the rows of one entry share it and stand together), memo, subject code,
 * debit or credit in yuan. Every row is checked first and every problem named by its row; only a clean sheet is
 * posted, entry by entry in the sheet's order through {@link Journal#post}, in one transaction: all or nothing.
 */
@Service
public class LedgerImport {

    public static final List<String> COLUMNS = List.of("日期", "分录号", "摘要", "科目代码", "借方", "贷方");
    static final int MAX_ROWS = 20_000;

    public record Imported(int rows, int entries, long firstSeq, long lastSeq) {
    }

    private final JdbcClient jdbc;
    private final LedgerAccess access;
    private final Journal journal;

    LedgerImport(JdbcClient jdbc, LedgerAccess access, Journal journal) {
        this.jdbc = jdbc;
        this.access = access;
        this.journal = journal;
    }

    @Transactional
    public Imported importSheet(CurrentUser user, long accountId, InputStream file) {
        LedgerAccess.Account account = access.require(user, Resource.LEDGER_ENTRY, Action.IMPORT, accountId);
        Set<String> subjects = new HashSet<>(jdbc.sql("select code from ledger.subject where account_id = :a and county = :c")
                .param("a", accountId).param("c", account.county()).query(String.class).list());
        Workbook book;
        try {
            book = WorkbookFactory.create(file);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("file", "无法读取该文件，请上传 Excel（.xlsx）文件，第一行为表头 " + String.join("、", COLUMNS));
        }
        try (book) {
            Sheet sheet = book.getNumberOfSheets() == 0 ? null : book.getSheetAt(0);
            if (sheet == null || sheet.getRow(0) == null) {
                throw new BadInputException("file", "工作表为空：第一行须为表头 " + String.join("、", COLUMNS));
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new BadInputException("file", "一次最多导入 " + MAX_ROWS + " 行，请分批导入");
            }
            Map<String, Integer> columns = org.jiceng.XlsxRows.header(sheet.getRow(0), COLUMNS);
            DataFormatter format = new DataFormatter();
            List<String> problems = new ArrayList<>();
            List<Group> groups = new ArrayList<>();
            Set<String> closed = new HashSet<>();
            int rows = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> cells = new HashMap<>();
                COLUMNS.forEach(c -> cells.put(c, org.jiceng.XlsxRows.exact(row, columns.get(c))));
                if (cells.values().stream().allMatch(String::isEmpty)) {
                    continue;
                }
                rows++;
                String at = "第 " + (r + 1) + " 行：";
                try {
                    String number = cells.get("分录号");
                    if (number.isEmpty() || number.length() > 30) {
                        throw new BadInputException("请填写分录号（同一笔分录的各行相同，30 字以内）");
                    }
                    Group group = groups.isEmpty() ? null : groups.getLast();
                    if (group == null || !group.number().equals(number)) {
                        if (!closed.add(number)) {
                            throw new BadInputException("分录号“" + number + "”的各行须连在一起");
                        }
                        group = new Group(number, r + 1, date(cells.get("日期")), cells.get("摘要"), new ArrayList<>());
                        groups.add(group);
                    } else if (!date(cells.get("日期")).equals(group.date())) {
                        throw new BadInputException("同一笔分录的日期须相同");
                    }
                    String subject = cells.get("科目代码");
                    if (!subjects.contains(subject)) {
                        throw new BadInputException("本账本没有科目代码“" + (subject.length() > 20 ? subject.substring(0, 20) : subject) + "”");
                    }
                    boolean debit = !cells.get("借方").isEmpty();
                    boolean credit = !cells.get("贷方").isEmpty();
                    if (debit == credit) {
                        throw new BadInputException("借方、贷方须填且只填一个");
                    }
                    long amount = Fen.parse("file", debit ? cells.get("借方") : cells.get("贷方"));
                    if (amount == 0) {
                        throw new BadInputException("金额须大于 0");
                    }
                    group.lines().add(debit ? NewEntry.Line.debit(subject, amount) : NewEntry.Line.credit(subject, amount));
                } catch (BadInputException e) {
                    problems.add(at + e.getMessage());
                }
            }
            if (rows == 0) {
                throw new BadInputException("file", "表中没有数据行");
            }
            for (Group g : groups) {
                long debits = g.lines().stream().mapToLong(NewEntry.Line::debit).sum();
                long credits = g.lines().stream().mapToLong(NewEntry.Line::credit).sum();
                if (g.memo().isEmpty() || g.memo().length() > 500) {
                    problems.add("第 " + g.firstRow() + " 行：请填写摘要（500 字以内）");
                }
                if (g.lines().size() >= 2 && debits != credits) {
                    problems.add("分录号“" + g.number() + "”（第 " + g.firstRow() + " 行起）借贷不平：借方 " + Fen.yuan(debits)
                            + " 元，贷方 " + Fen.yuan(credits) + " 元");
                } else if (g.lines().size() < 2 && problems.stream().noneMatch(p -> p.startsWith("第 " + g.firstRow() + " 行"))) {
                    problems.add("分录号“" + g.number() + "”（第 " + g.firstRow() + " 行）至少要有一借一贷两行");
                }
            }
            if (!problems.isEmpty()) {
                throw new BadInputException("file", "导入未写入任何分录，请改正后重新上传：" + String.join("；",
                        problems.subList(0, Math.min(50, problems.size())))
                        + (problems.size() > 50 ? "；另有 " + (problems.size() - 50) + " 处问题" : ""));
            }
            long first = 0;
            long last = 0;
            for (Group g : groups) {
                Journal.Posted posted = journal.post(accountId, NewEntry.of(g.date(), g.memo(), g.lines()), user.id());
                first = first == 0 ? posted.seq() : first;
                last = posted.seq();
            }
            return new Imported(rows, groups.size(), first, last);
        } catch (IOException e) {
            throw new BadInputException("file", "无法读取该文件");
        }
    }

    private record Group(String number, int firstRow, LocalDate date, String memo, List<NewEntry.Line> lines) {
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip().replace('/', '-'));
        } catch (DateTimeParseException e) {
            throw new BadInputException("日期须为“年-月-日”，例如 2025-03-15");
        }
    }


}
