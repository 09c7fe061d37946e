package org.jiceng.ledger.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Fen;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.ledger.internal.LedgerAccess;
import org.jiceng.ledger.internal.account.Accounts;
import org.jiceng.ledger.internal.journal.Entries;
import org.jiceng.ledger.internal.journal.EntryViews;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The entry form (lines of subject and amount in yuan, parsed exactly by {@link Fen}) and the reversal with its
 * reason. A refusal shows the form again with status 400, as typed, the error beside its field.
 */
@Controller
class EntryPageController {

    private final Entries entries;
    private final Accounts accounts;
    private final AccountLedgerPageController journal;
    private final LedgerAccess access;
    private final java.time.Clock clock;

    EntryPageController(Entries entries, Accounts accounts, AccountLedgerPageController journal, LedgerAccess access,
                        java.time.Clock clock) {
        this.entries = entries;
        this.accounts = accounts;
        this.journal = journal;
        this.access = access;
        this.clock = clock;
    }

    @Guard(resource = Resource.LEDGER_ENTRY, action = Action.CREATE)
    @GetMapping("/ledger/accounts/{id}/entries/new")
    String form(@PathVariable long id, CurrentUser user, Model model) {
        access.require(user, Resource.LEDGER_ENTRY, Action.CREATE, id);
        EntryForm form = new EntryForm();
        form.setDate(Beijing.today(clock).toString());
        model.addAttribute("form", form);
        return show(user, id, model);
    }

    @Guard(resource = Resource.LEDGER_ENTRY, action = Action.CREATE)
    @PostMapping("/ledger/accounts/{id}/entries")
    String post(@PathVariable long id, @ModelAttribute("form") EntryForm form, BindingResult result, CurrentUser user,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            EntryViews.Entry posted = entries.post(user, id, request(form));
            redirect.addFlashAttribute("notice", "已记账：第 " + posted.seq() + " 笔，借贷各 " + posted.total() + " 元");
            return "redirect:/ledger/accounts/" + id;
        } catch (BadInputException refused) {
            // "lines" is the entry as a whole (unbalanced, too few lines): said at the top of the form
            FormErrors.reject(result, refused, field -> field.equals("lines") ? "-" : field);
            response.setStatus(400);
            return show(user, id, model);
        } catch (ConflictException refused) {
            result.reject("refused", refused.getMessage());
            response.setStatus(409);
            return show(user, id, model);
        }
    }

    @Guard(resource = Resource.LEDGER_ENTRY, action = Action.ACT)
    @PostMapping("/ledger/accounts/{id}/entries/{seq}/reverse")
    String reverse(@PathVariable long id, @PathVariable long seq, @RequestParam(required = false) String reason,
                   CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            EntryViews.Entry posted = entries.reverse(user, id, seq, new EntryViews.ReverseRequest(reason, null));
            redirect.addFlashAttribute("notice", "已红字冲销第 " + seq + " 笔（冲销分录为第 " + posted.seq() + " 笔）");
        } catch (BadInputException | ConflictException refused) {
            response.setStatus(refused instanceof BadInputException ? 400 : 409);
            model.addAttribute("error", refused.getMessage());
            model.addAttribute("reversing", seq);
            return journal.show(user, id, null, null, false, model);
        }
        return "redirect:/ledger/accounts/" + id;
    }

    private String show(CurrentUser user, long id, Model model) {
        model.addAttribute("account", accounts.get(user, id));
        Map<String, String> choices = new LinkedHashMap<>();
        accounts.subjects(user, id).forEach(s -> choices.put(s.code(), s.code() + " " + s.name() + "（" + s.kindLabel() + "）"));
        model.addAttribute("subjectChoices", choices);
        return "ledger/account/entry-form";
    }

    /** The form's lines in fen; blank lines are dropped, a malformed amount is refused naming its field. */
    static EntryViews.EntryRequest request(EntryForm form) {
        List<EntryViews.LineRequest> lines = new ArrayList<>();
        for (int i = 0; i < form.getLines().size(); i++) {
            EntryForm.LineForm line = form.getLines().get(i);
            if (line == null || line.blank()) {
                continue;
            }
            String at = "lines[" + i + "].";
            long debit = EntryForm.LineForm.isBlank(line.getDebit()) ? 0 : Fen.parse(at + "debit", line.getDebit());
            long credit = EntryForm.LineForm.isBlank(line.getCredit()) ? 0 : Fen.parse(at + "credit", line.getCredit());
            if (EntryForm.LineForm.isBlank(line.getSubject())) {
                throw new BadInputException(at + "subject", "请选择科目");
            }
            if ((debit == 0) == (credit == 0)) {
                throw new BadInputException(at + "debit", "借方、贷方金额只填一个，且须大于 0");
            }
            lines.add(new EntryViews.LineRequest(line.getSubject(), debit, credit));
        }
        return new EntryViews.EntryRequest(form.getDate(), form.getMemo(), lines);
    }
}
