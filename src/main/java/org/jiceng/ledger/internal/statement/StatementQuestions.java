package org.jiceng.ledger.internal.statement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.Text;
import org.jiceng.cases.CaseIntake;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.CasesApi;
import org.jiceng.ledger.internal.LedgerAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident's question about one line of a statement enters the case loop as their own case, filed under 物业管理
 * for an estate's account (维修资金 for its maintenance fund) and 政策咨询 for a village's, its source the question
 * ({@code ledger_question:id}) which names the account, month and entry.
 */
@Service
public class StatementQuestions {

    public record Asked(long questionId, long caseId, String caseNumber, long accountId, String month, long seq) {
    }

    private final JdbcClient jdbc;
    private final LedgerAccess access;
    private final Statements statements;
    private final CasesApi cases;
    private final Clock clock;

    StatementQuestions(JdbcClient jdbc, LedgerAccess access, Statements statements, CasesApi cases, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.statements = statements;
        this.cases = cases;
        this.clock = clock;
    }

    @Transactional
    public Asked ask(CurrentUser user, long accountId, String monthText, long seq, String question) {
        LedgerAccess.Account account = access.require(user, Resource.LEDGER_STATEMENT, Action.ACT, accountId);
        YearMonth month = Statements.month(monthText);
        StatementView statement = statements.read(accountId, month)
                .orElseThrow(() -> new NotFoundException(month + " 的月度公示尚未生成"));
        StatementView.Line line = statement.lines().stream().filter(l -> l.seq() == seq).findFirst()
                .orElseThrow(() -> new NotFoundException("该月公示中没有第 " + seq + " 笔"));
        if (question == null || question.isBlank()) {
            throw new BadInputException("question", "请写下您的疑问");
        }
        String text = Text.check("question", question.strip(), 1000);
        long id = jdbc.sql("select nextval(pg_get_serial_sequence('ledger.statement_question', 'id'))")
                .query(Long.class).single();
        String category = switch (statement.accountKind()) {
            case "MAINTENANCE_FUND" -> "0503";
            case "PROPERTY_FEE", "PUBLIC_INCOME" -> "0501";
            default -> "1501";
        };
        String description = "对" + statement.accountName() + " " + month + " 月度公示第 " + seq + " 笔（"
                + line.date() + "，" + line.memo() + "，" + line.debitYuan() + " 元）的疑问：" + text;
        CaseView filed = cases.file(user, new CaseIntake(category, description, null, null,
                statement.accountName() + "（公开账本）", null, java.util.List.of()).from("ledger_question:" + id));
        jdbc.sql("""
                        insert into ledger.statement_question (id, account_id, county, month, seq, asked_by, case_id, asked_at)
                        values (:id, :a, :c, :m, :seq, :by, :case, :at)""")
                .param("id", id).param("a", accountId).param("c", account.county()).param("m", month.toString())
                .param("seq", seq).param("by", user.id()).param("case", filed.id())
                .param("at", Timestamp.from(clock.instant())).update();
        return new Asked(id, filed.id(), filed.number(), accountId, month.toString(), seq);
    }
}
