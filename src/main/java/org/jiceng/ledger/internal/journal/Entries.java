package org.jiceng.ledger.internal.journal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Cursor;
import org.jiceng.Fen;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.identity.IdentityApi;
import org.jiceng.ledger.internal.LedgerAccess;
import org.jiceng.ledger.internal.account.SubjectKind;
import org.jiceng.ledger.internal.journal.EntryViews.Entry;
import org.jiceng.ledger.internal.journal.EntryViews.EntryRequest;
import org.jiceng.ledger.internal.journal.EntryViews.Line;
import org.jiceng.ledger.internal.journal.EntryViews.SubjectBalance;
import org.springframework.stereotype.Service;

/**
 * The journal as people use it: reading an account's entries a page at a time with each subject's running balance,
 * posting a balanced entry, reversing one (红字冲销) and verifying the chain, each after {@link LedgerAccess}.
 */
@Service
public class Entries {

    private final LedgerAccess access;
    private final Journal journal;
    private final ChainVerifier verifier;
    private final EntryRepository rows;
    private final IdentityApi identity;
    private final Clock clock;

    Entries(LedgerAccess access, Journal journal, ChainVerifier verifier, EntryRepository rows, IdentityApi identity,
            Clock clock) {
        this.access = access;
        this.journal = journal;
        this.verifier = verifier;
        this.rows = rows;
        this.identity = identity;
        this.clock = clock;
    }

    /** Entries of an account in number order after {@code after}, of one month ("2026-03") when given. */
    public Page<Entry> page(CurrentUser user, long accountId, String month, String after, int limit) {
        LedgerAccess.Account account = access.require(user, Resource.LEDGER_ENTRY, Action.READ, accountId);
        YearMonth ym = month(month);
        List<EntryRepository.Row> fetched = rows.entries(accountId, account.county(), Cursor.idAbove(after),
                ym == null ? null : ym.atDay(1), ym == null ? null : ym.plusMonths(1).atDay(1), limit + 1);
        List<EntryRepository.Row> shown = fetched.size() > limit ? fetched.subList(0, limit) : fetched;
        return new Page<>(views(account, shown), fetched.size() > limit ? Cursor.of(shown.getLast().seq()) : null);
    }

    public Entry entry(CurrentUser user, long accountId, long seq) {
        LedgerAccess.Account account = access.require(user, Resource.LEDGER_ENTRY, Action.READ, accountId);
        List<EntryRepository.Row> one = rows.entries(accountId, account.county(), seq - 1, null, null, 1);
        if (one.isEmpty() || one.getFirst().seq() != seq) {
            throw new NotFoundException("第 " + seq + " 笔分录不存在");
        }
        return views(account, one).getFirst();
    }

    /** Every subject's totals and balance over the whole journal. */
    public List<SubjectBalance> balances(CurrentUser user, long accountId) {
        LedgerAccess.Account account = access.require(user, Resource.LEDGER_ENTRY, Action.READ, accountId);
        Map<String, long[]> sums = rows.sumsBefore(accountId, account.county(), Long.MAX_VALUE);
        List<SubjectBalance> balances = new ArrayList<>();
        rows.subjects(accountId, account.county()).values().forEach(s -> {
            long[] sum = sums.getOrDefault(s.code(), new long[2]);
            long balance = s.kind().balance(sum[0], sum[1]);
            balances.add(new SubjectBalance(s.code(), s.name(), s.kind().label(), sum[0], sum[1], balance,
                    Fen.grouped(sum[0]), Fen.grouped(sum[1]), Fen.grouped(balance)));
        });
        return balances;
    }

    public Entry post(CurrentUser user, long accountId, EntryRequest request) {
        access.require(user, Resource.LEDGER_ENTRY, Action.CREATE, accountId);
        NewEntry entry = parse(request);
        Journal.Posted posted = journal.post(accountId, entry, user.id());
        return entry(user, accountId, posted.seq());
    }

    public Entry reverse(CurrentUser user, long accountId, long seq, EntryViews.ReverseRequest request) {
        access.require(user, Resource.LEDGER_ENTRY, Action.ACT, accountId);
        LocalDate date = request.date() == null || request.date().isBlank() ? Beijing.today(clock) : date(request.date());
        Journal.Posted posted = journal.reverse(accountId, seq, request.reason(), date, user.id());
        return entry(user, accountId, posted.seq());
    }

    public ChainVerifier.Verdict verify(CurrentUser user, long accountId) {
        access.require(user, Resource.LEDGER_ACCOUNT, Action.ACT, accountId);
        return verifier.verify(accountId);
    }

    private NewEntry parse(EntryRequest request) {
        if (request.lines() == null) {
            throw new BadInputException("lines", "一笔分录至少要有一借一贷两行");
        }
        List<NewEntry.Line> lines = new ArrayList<>();
        for (EntryViews.LineRequest line : request.lines()) {
            if (line == null) {
                throw new BadInputException("lines", "分录行不能为空");
            }
            lines.add(new NewEntry.Line(line.subject() == null ? null : line.subject().strip(),
                    line.debitFen() == null ? 0 : line.debitFen(), line.creditFen() == null ? 0 : line.creditFen()));
        }
        for (NewEntry.Line line : lines) {
            if (line.debit() > Fen.MAX || line.credit() > Fen.MAX) {
                throw new BadInputException("lines", "金额过大");
            }
        }
        String memo = request.memo() == null ? null : request.memo().strip();
        return NewEntry.of(date(request.date()), memo, lines);
    }

    /** A day of an entry: written as yyyy-MM-dd, not after today (an entry records what happened). */
    LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            throw new BadInputException("date", "请填写记账日期");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException("date", "记账日期请写成 2026-03-01 的格式");
        }
        if (date.isAfter(Beijing.today(clock))) {
            throw new BadInputException("date", "记账日期不能晚于今天");
        }
        if (date.getYear() < 2000) {
            throw new BadInputException("date", "记账日期不能早于 2000 年");
        }
        return date;
    }

    private static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException("month", "月份请写成 2026-03 的格式");
        }
    }

    private List<Entry> views(LedgerAccess.Account account, List<EntryRepository.Row> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        long first = entries.getFirst().seq();
        long last = entries.getLast().seq();
        Map<String, EntryRepository.SubjectRow> subjects = rows.subjects(account.id(), account.county());
        Map<String, long[]> sums = rows.sumsBefore(account.id(), account.county(), first);
        Map<Long, List<EntryRepository.Posting>> lines = new HashMap<>();
        for (EntryRepository.Posting p : rows.postings(account.id(), account.county(), first, last)) {
            lines.computeIfAbsent(p.seq(), s -> new ArrayList<>()).add(p);
        }
        Map<Long, Long> reversedBy = rows.reversals(account.id(), account.county(), first, last);
        Map<Long, String> names = new HashMap<>();
        List<Entry> views = new ArrayList<>();
        long previous = first - 1;
        for (EntryRepository.Row row : entries) {
            if (row.seq() != previous + 1) {   // a month's page skips entries: their amounts still count
                sums = rows.sumsBefore(account.id(), account.county(), row.seq());
            }
            previous = row.seq();
            List<Line> shown = new ArrayList<>();
            long total = 0;
            for (EntryRepository.Posting p : lines.getOrDefault(row.seq(), List.of())) {
                long[] sum = sums.computeIfAbsent(p.subject(), s -> new long[2]);
                sum[0] += p.debit();
                sum[1] += p.credit();
                EntryRepository.SubjectRow subject = subjects.get(p.subject());
                SubjectKind kind = subject == null ? SubjectKind.ASSET : subject.kind();
                long balance = kind.balance(sum[0], sum[1]);
                total += p.debit();
                shown.add(new Line(p.subject(), subject == null ? p.subject() : subject.name(), p.debit(), p.credit(),
                        p.debit() == 0 ? "" : Fen.grouped(p.debit()), p.credit() == 0 ? "" : Fen.grouped(p.credit()),
                        balance, Fen.grouped(balance)));
            }
            String by = names.computeIfAbsent(row.recordedBy(),
                    id -> identity.findById(id).map(CurrentUser::displayName).orElse("账号 " + id));
            views.add(new Entry(row.seq(), row.date(), row.memo(), row.reversesSeq(), reversedBy.get(row.seq()),
                    row.voucherId(), row.recordedBy(), by, Beijing.shown(row.recordedAt()), row.prevHash(), row.hash(),
                    total, Fen.grouped(total), shown));
        }
        return views;
    }
}
