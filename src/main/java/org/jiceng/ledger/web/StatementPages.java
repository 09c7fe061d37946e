package org.jiceng.ledger.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.ledger.internal.LedgerAccess;
import org.jiceng.ledger.internal.statement.StatementFiles;
import org.jiceng.ledger.internal.statement.StatementIndex;
import org.jiceng.ledger.internal.statement.StatementQuestions;
import org.jiceng.ledger.internal.statement.StatementView;
import org.jiceng.ledger.internal.statement.Statements;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The statements as residents read them: the accounts they may open, a month on the phone, the sheet for the 公示栏
 * (print), downloads, one entry with its lines and voucher, and the form that asks a question about it.
 */
@Controller
class StatementPages {

    /** The question form; kept on a refusal. */
    public static class QuestionForm {
        private String question = "";

        public String getQuestion() {
            return question;
        }

        public void setQuestion(String question) {
            this.question = question;
        }
    }

    private final Statements statements;
    private final StatementIndex index;
    private final StatementFiles files;
    private final StatementQuestions questions;
    private final LedgerAccess access;

    StatementPages(Statements statements, StatementIndex index, StatementFiles files, StatementQuestions questions,
                   LedgerAccess access) {
        this.statements = statements;
        this.index = index;
        this.files = files;
        this.questions = questions;
        this.access = access;
    }

    @Guard(resource = Resource.LEDGER_STATEMENT, action = Action.READ)
    @GetMapping("/ledger/statements")
    String accounts(CurrentUser user, Model model) {
        model.addAttribute("accounts", index.readable(user));
        return "ledger/statement/index";
    }

    @Guard(resource = Resource.LEDGER_STATEMENT, action = Action.READ)
    @GetMapping("/ledger/statements/{account}/{month}")
    String statement(@PathVariable long account, @PathVariable String month, CurrentUser user, Model model) {
        show(statements.view(user, account, month), model);
        return "ledger/statement/statement";
    }

    @Guard(resource = Resource.LEDGER_STATEMENT, action = Action.READ)
    @GetMapping("/ledger/statements/{account}/{month}/print")
    String print(@PathVariable long account, @PathVariable String month, CurrentUser user, Model model) {
        show(statements.view(user, account, month), model);
        return "ledger/statement/print";
    }

    @Guard(resource = Resource.LEDGER_STATEMENT, action = Action.READ)
    @GetMapping("/ledger/statements/{account}/{month}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long account, @PathVariable String month, CurrentUser user) {
        return files.pdf(statements.view(user, account, month));
    }

    @Guard(resource = Resource.LEDGER_STATEMENT, action = Action.READ)
    @GetMapping("/ledger/statements/{account}/{month}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long account, @PathVariable String month, CurrentUser user) {
        return files.xlsx(statements.view(user, account, month));
    }

    @Guard(resource = Resource.LEDGER_STATEMENT, action = Action.READ)
    @GetMapping("/ledger/statements/{account}/{month}/entries/{seq}")
    String entry(@PathVariable long account, @PathVariable String month, @PathVariable long seq, CurrentUser user,
                 Model model) {
        model.addAttribute("form", new QuestionForm());
        return entryPage(account, month, seq, user, model);
    }

    @Guard(resource = Resource.LEDGER_STATEMENT, action = Action.ACT)
    @PostMapping("/ledger/statements/{account}/{month}/entries/{seq}/question")
    String ask(@PathVariable long account, @PathVariable String month, @PathVariable long seq,
               @ModelAttribute("form") QuestionForm form, BindingResult result, CurrentUser user, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        StatementQuestions.Asked asked;
        try {
            asked = questions.ask(user, account, month, seq, form.getQuestion());
        } catch (BadInputException refused) {
            FormErrors.reject(result, refused);
            response.setStatus(400);
            return entryPage(account, month, seq, user, model);
        }
        redirect.addFlashAttribute("notice", "您的疑问已提交，诉求编号 " + asked.caseNumber() + "，办理情况可在“我的诉求”查看");
        return "redirect:/cases/" + asked.caseId();
    }

    private String entryPage(long account, String month, long seq, CurrentUser user, Model model) {
        StatementView s = statements.view(user, account, month);
        StatementView.Line line = s.lines().stream().filter(l -> l.seq() == seq).findFirst()
                .orElseThrow(() -> new NotFoundException("该月公示中没有第 " + seq + " 笔"));
        show(s, model);
        model.addAttribute("line", line);
        model.addAttribute("mayAsk", access.allows(user, Resource.LEDGER_STATEMENT, Action.ACT,
                access.account(account).orElseThrow()));
        return "ledger/statement/entry";
    }

    private static void show(StatementView s, Model model) {
        model.addAttribute("s", s);
        model.addAttribute("title", StatementFiles.title(s));
        model.addAttribute("head", StatementFiles.head(s));
    }
}
