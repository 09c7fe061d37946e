package org.jiceng.ledger.internal.statement;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.Scope;
import org.jiceng.ledger.StatementFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** {@link StatementFigures} from the accounts and statements of a territory. */
@Service
class StatementFiguresQuery implements StatementFigures {

    private final JdbcClient jdbc;

    StatementFiguresQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Figures of(String territory, YearMonth month) {
        if (territory == null || !territory.matches("[0-9]{6}([0-9]{3}){0,2}")) {
            throw new BadInputException("territory", "territory 须为 6、9 或 12 位区划代码");
        }
        Scope scope = Scope.of(territory);
        OffsetDateTime end = month.plusMonths(1).atDay(1).atStartOfDay().atOffset(Beijing.OFFSET);
        OffsetDateTime deadline = month.plusMonths(1).atDay(DAYS_ALLOWED + 1).atStartOfDay().atOffset(Beijing.OFFSET);
        return jdbc.sql("""
                        select count(*) as accounts, count(s.month) as published,
                               count(s.month) filter (where s.generated_at < :deadline) as on_time
                        from ledger.account a
                        left join ledger.statement s on s.account_id = a.id and s.county = a.county and s.month = :month
                        where %s and a.created_at < :end""".formatted(scope.where("a.territory_code", "a.county")))
                .params(scope.params()).param("month", month.toString()).param("end", end).param("deadline", deadline)
                .query((rs, n) -> new Figures(rs.getLong("accounts"), rs.getLong("published"), rs.getLong("on_time")))
                .single();
    }
}
