package org.jiceng.ledger.web;

import java.util.List;
import java.util.Map;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.ledger.internal.statement.StatementFiles;
import org.jiceng.ledger.internal.statement.StatementIndex;
import org.jiceng.ledger.internal.statement.StatementQuestions;
import org.jiceng.ledger.internal.statement.StatementView;
import org.jiceng.ledger.internal.statement.Statements;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly statements: {@code /api/v1/ledger/statements/{account}/{month}} as JSON, {@code .pdf} or {@code .xlsx}
 * (the suffix names the format, as the monthly reports do); generating a month by hand; a question about a line.
 */
@RestController
@RequestMapping("/api/v1/ledger/statements")
class StatementApiController {

    record Question(String question) {
    }

    private final Statements statements;
    private final StatementIndex index;
    private final StatementFiles files;
    private final StatementQuestions questions;

    StatementApiController(Statements statements, StatementIndex index, StatementFiles files, StatementQuestions questions) {
        this.statements = statements;
        this.index = index;
        this.files = files;
        this.questions = questions;
    }

    @Guard(resource = Resource.LEDGER_STATEMENT, action = Action.READ)
    @GetMapping
    Map<String, List<StatementIndex.AccountStatements>> accounts(CurrentUser user) {
        return Map.of("items", index.readable(user));
    }

    @Guard(resource = Resource.LEDGER_STATEMENT, action = Action.READ)
    @GetMapping("/{account}/{month}")
    StatementView statement(@PathVariable long account, @PathVariable String month, CurrentUser user) {
        return statements.view(user, account, month);
    }

    @Guard(resource = Resource.LEDGER_STATEMENT, action = Action.READ)
    @GetMapping("/{account}/{month}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long account, @PathVariable String month, CurrentUser user) {
        return files.pdf(statements.view(user, account, month));
    }

    @Guard(resource = Resource.LEDGER_STATEMENT, action = Action.READ)
    @GetMapping("/{account}/{month}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long account, @PathVariable String month, CurrentUser user) {
        return files.xlsx(statements.view(user, account, month));
    }

    @Guard(resource = Resource.LEDGER_STATEMENT, action = Action.CREATE)
    @PostMapping("/{account}/{month}")
    @ResponseStatus(HttpStatus.CREATED)
    StatementView generate(@PathVariable long account, @PathVariable String month, CurrentUser user) {
        return statements.generate(user, account, month);
    }

    @Guard(resource = Resource.LEDGER_STATEMENT, action = Action.ACT)
    @PostMapping("/{account}/{month}/lines/{seq}/questions")
    @ResponseStatus(HttpStatus.CREATED)
    StatementQuestions.Asked ask(@PathVariable long account, @PathVariable String month, @PathVariable long seq,
                                 @RequestBody Question body, CurrentUser user) {
        return questions.ask(user, account, month, seq, body.question());
    }
}
