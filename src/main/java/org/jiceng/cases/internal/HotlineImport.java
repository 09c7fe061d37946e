package org.jiceng.cases.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Scope;
import org.jiceng.cases.CasesApi;
import org.jiceng.territory.TerritoryApi;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of hotline 12345 work orders (docs/hotline-import.md). Orders are independent: good rows are filed
 * in chunks of one transaction each, a chunk that fails is filed again row by row, and every bad row is reported
 * with its row, field and reason; nothing of a bad row is written. Filing is idempotent by the hotline's order
 * id: an order imported before is "已存在".
 */
@Service
public class HotlineImport {

    private final CasesApi cases;
    private final CategoryService categories;
    private final TerritoryApi territory;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    HotlineImport(CasesApi cases, CategoryService categories, TerritoryApi territory, JdbcClient jdbc,
                  PlatformTransactionManager transactions, Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.categories = categories;
        this.territory = territory;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** A bad row: its number, the hotline's order id (if it had one), the field and the reason. */
    public record RowError(int row, String orderId, String field, String message) {
    }

    /** An order filed now ("新建") or before ("已存在"). */
    public record ImportedCase(String orderId, long id, String number, String result) {
    }

    public record Result(int created, int existing, int failed, List<RowError> errors, List<ImportedCase> cases) {
    }

    /** Town staff and county administrators import, into their own territory only. */
    public static Scope scopeOf(CurrentUser user) {
        CaseAccess.require(user, org.jiceng.Resource.HOTLINE_ORDER, org.jiceng.Action.IMPORT);
        return CaseAccess.scope(user, org.jiceng.Resource.HOTLINE_ORDER, org.jiceng.Action.IMPORT);
    }

    public Result importOrders(CurrentUser user, List<HotlineRows.Row> rows) {
        Scope scope = scopeOf(user);
        if (rows.size() > HotlineRows.MAX_ROWS) {
            throw new BadInputException("一次最多导入 " + HotlineRows.MAX_ROWS + " 条工单");
        }
        HotlineOrderCheck check = new HotlineOrderCheck(scope, territory, categories.all(), clock.instant());
        Map<String, Integer> seen = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        List<Checked> good = new ArrayList<>();
        for (HotlineRows.Row row : rows) {
            List<HotlineOrderCheck.Problem> problems = new ArrayList<>();
            Optional<HotlineOrderCheck.Checked> order = check.check(row, problems);
            String orderId = row.get("orderId");
            if (order.isPresent() && seen.containsKey(orderId)) {
                problems.add(new HotlineOrderCheck.Problem("orderId", "与第 " + seen.get(orderId) + " 行的工单编号重复"));
                order = Optional.empty();
            }
            if (order.isPresent()) {
                seen.put(orderId, row.number());
                good.add(new Checked(row.number(), order.get()));
            } else {
                problems.forEach(p -> errors.add(new RowError(row.number(), orderId, p.field(), p.message())));
            }
        }
        List<ImportedCase> filed = new ArrayList<>();
        for (int from = 0; from < good.size(); from += CHUNK) {
            fileChunk(good.subList(from, Math.min(good.size(), from + CHUNK)), scope, user.username(), filed, errors);
        }
        errors.sort(Comparator.comparingInt(RowError::row));
        int created = (int) filed.stream().filter(c -> c.result().equals(NEW)).count();
        return new Result(created, filed.size() - created, rows.size() - filed.size(), errors, filed);
    }

    /** A row that passed the checks, with its number in the file. */
    private record Checked(int row, HotlineOrderCheck.Checked order) {
    }

    /**
     * Files up to {@link #CHUNK} orders in one transaction: a commit waits for the disk, and one per order made
     * an import of 10,000 orders take over a minute (docs/benchmarks.md). When anything of the chunk fails, none
     * of it is kept and its orders are filed again one by one, so that a bad order fails alone.
     */
    private void fileChunk(List<Checked> chunk, Scope scope, String username, List<ImportedCase> filed, List<RowError> errors) {
        if (chunk.size() > 1) {
            try {
                filed.addAll(transactions.execute(status -> chunk.stream().map(c -> fileHere(c.order(), scope, username)).toList()));
                return;
            } catch (RuntimeException oneOfThemFailed) {
                // below, one by one
            }
        }
        for (Checked c : chunk) {
            try {
                filed.add(file(c.order(), scope, username));
            } catch (BadInputException | ForbiddenException e) {
                errors.add(new RowError(c.row(), c.order().intake().externalId(), "row", e.getMessage()));
            }
        }
    }

    static final int CHUNK = 200;
    static final String NEW = "新建";
    static final String KNOWN = "已存在";

    private ImportedCase file(HotlineOrderCheck.Checked order, Scope scope, String username) {
        try {
            return fileOnce(order, scope, username);
        } catch (DataAccessException raced) {
            // the same order filed at the same moment by another import: the second try finds it
            return fileOnce(order, scope, username);
        }
    }

    private ImportedCase fileOnce(HotlineOrderCheck.Checked order, Scope scope, String username) {
        return transactions.execute(status -> fileHere(order, scope, username));
    }

    /** Files one order in the transaction under way. */
    private ImportedCase fileHere(HotlineOrderCheck.Checked order, Scope scope, String username) {
        var filing = cases.fileExternal(order.intake());
        var view = filing.view();
        if (!filing.created()) {
            if (!scope.covers(view.territoryCode())) {
                throw new ForbiddenException("该工单编号已由其他辖区导入，请与热线核对");
            }
            return new ImportedCase(order.intake().externalId(), view.id(), view.number(), KNOWN);
        }
        jdbc.sql("""
                        insert into cases.hotline_order (county, case_id, order_id, urgent, imported_by)
                        select county, id, :order, :urgent, :by
                        from cases.case_file where id = :case""")
                .param("case", view.id()).param("order", order.intake().externalId()).param("urgent", order.urgent())
                .param("by", username).update();
        return new ImportedCase(order.intake().externalId(), view.id(), view.number(), NEW);
    }
}
