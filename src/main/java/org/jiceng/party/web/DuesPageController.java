package org.jiceng.party.web;

import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.party.internal.branchlife.Dues;
import org.jiceng.party.internal.branchlife.DuesCategory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A branch's 党费 of a month on a phone: each member's due, paid and arrears; record a month, take a payment. */
@Controller
class DuesPageController {

    private final Dues dues;

    DuesPageController(Dues dues) {
        this.dues = dues;
    }

    @Guard(resource = Resource.PARTY_DUES, action = Action.READ)
    @GetMapping("/party/branches/{id}/dues")
    String month(@PathVariable long id, @RequestParam(required = false) String month, CurrentUser user, Model model) {
        Dues.BranchMonth m = dues.branchMonth(id, month, user);
        model.addAttribute("m", m);
        model.addAttribute("categories", DuesCategory.values());
        model.addAttribute("inArrears", m.lines().stream().filter(l -> l.owed().arrearsFen() > 0).count());
        return "party/branchlife/dues";
    }

    @Guard(resource = Resource.PARTY_DUES, action = Action.CREATE)
    @PostMapping("/party/branches/{id}/dues")
    String record(@PathVariable long id, @RequestParam(required = false) Long memberId,
                  @RequestParam(required = false) String month, @RequestParam(required = false) String category,
                  @RequestParam(required = false) String base, @RequestParam(required = false) String due,
                  @RequestParam(required = false) String paid, CurrentUser user, RedirectAttributes redirect) {
        try {
            dues.record(new Dues.Request(memberId, month, category, base, due, paid, null), user);
            redirect.addFlashAttribute("notice", "已登记党费");
        } catch (BadInputException | ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/party/branches/" + id + "/dues" + (month == null || month.isBlank() ? "" : "?month=" + month);
    }

    @Guard(resource = Resource.PARTY_DUES, action = Action.ACT)
    @PostMapping("/party/dues/{id}/payments")
    String pay(@PathVariable long id, @RequestParam(required = false) String paid,
               @RequestParam(required = false) Integer version, @RequestParam(required = false) Long organisationId,
               CurrentUser user, RedirectAttributes redirect) {
        String month = null;
        try {
            month = dues.pay(id, new Dues.Payment(paid, null, version), user).month().toString();
            redirect.addFlashAttribute("notice", "已登记缴纳");
        } catch (BadInputException | ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
            month = dues.dues(id, user).month().toString();
        }
        return organisationId == null ? "redirect:/party/branch-life"
                : "redirect:/party/branches/" + organisationId + "/dues?month=" + month;
    }
}
