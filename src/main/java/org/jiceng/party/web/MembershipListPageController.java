package org.jiceng.party.web;

import static org.jiceng.Action.READ;
import static org.jiceng.Resource.PARTY_ORG;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.party.OrganisationView;
import org.jiceng.party.internal.PartyService;
import org.jiceng.party.internal.membership.CentralHouseholds;
import org.jiceng.party.internal.membership.FlowingMembers;
import org.jiceng.party.internal.membership.TransferState;
import org.jiceng.party.internal.membership.Transfers;
import org.jiceng.party.web.MembershipForms.MigrantForm;
import org.jiceng.party.web.MembershipForms.MoveForm;
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
 * The lists of the membership pages: transfers with the step each awaits, 流动 and 候鸟 members with the 候鸟 form,
 * and the 党员中心户 of the user's scope.
 */
@Controller
class MembershipListPageController {

    static final int PER_PAGE = 100;

    private final PartyService party;
    private final Transfers transfers;
    private final FlowingMembers flowing;
    private final CentralHouseholds centralHouseholds;

    MembershipListPageController(PartyService party, Transfers transfers, FlowingMembers flowing,
                                 CentralHouseholds centralHouseholds) {
        this.party = party;
        this.transfers = transfers;
        this.flowing = flowing;
        this.centralHouseholds = centralHouseholds;
    }

    static Map<String, String> stateLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (TransferState s : TransferState.values()) {
            labels.put(s.name(), s.label());
        }
        return labels;
    }

    @Guard(resource = Resource.PARTY_MEMBER, action = Action.READ)
    @GetMapping("/party/membership/transfers")
    String transfers(@RequestParam(required = false) String state, @RequestParam(required = false) String after,
                     CurrentUser user, Model model) {
        String wanted = state == null || state.isBlank() ? "APPLIED" : state;
        model.addAttribute("page", transfers.list(user, null, wanted, after, PER_PAGE));
        model.addAttribute("state", wanted);
        model.addAttribute("stateLabels", stateLabels());
        model.addAttribute("mayAct", !AccessPolicy.scope(user, Resource.PARTY_MEMBER, Action.ACT).isEmpty());
        return "party/membership/transfers";
    }

    @Guard(resource = Resource.PARTY_MEMBER, action = Action.ACT)
    @PostMapping("/party/membership/transfers/{id}/{step:send|receive|return}")
    String move(@PathVariable long id, @PathVariable String step, @ModelAttribute MoveForm form, CurrentUser user,
                RedirectAttributes redirect) {
        var move = new Transfers.Move(form.version(), form.letterNumber(), form.note());
        try {
            var done = switch (step) {
                case "send" -> transfers.send(id, move, user);
                case "receive" -> transfers.receive(id, move, user);
                default -> transfers.sendBack(id, move, user);
            };
            redirect.addFlashAttribute("notice", done.transfer().name() + "：" + stateLabels().get(done.transfer().state()));
            return "redirect:/party/membership/transfers?state=" + done.transfer().state();
        } catch (BadInputException | ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
            return "redirect:/party/membership/transfers";
        }
    }

    @Guard(resource = Resource.PARTY_MEMBER, action = Action.READ)
    @GetMapping("/party/membership/flowing")
    String flowing(@RequestParam(required = false) String after, CurrentUser user, Model model) {
        return showFlowing(after, user, model);
    }

    @Guard(resource = Resource.PARTY_MEMBER, action = Action.UPDATE)
    @PostMapping("/party/membership/flowing")
    String migrant(@ModelAttribute("migrantForm") MigrantForm form, BindingResult result, CurrentUser user, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        Supplier<?> step = () -> flowing.register(new FlowingMembers.Request("MIGRANT", null, form.name(),
                form.homeOrganisation(), form.localOrganisationId(), form.whereabouts(), form.phone(), form.since(),
                form.until()), user);
        try {
            step.get();
            redirect.addFlashAttribute("notice", "已登记候鸟党员 " + form.name());
        } catch (BadInputException refused) {
            FormErrors.reject(result, refused);
            response.setStatus(400);
            return showFlowing(null, user, model);
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/party/membership/flowing";
    }

    @Guard(resource = Resource.CENTRAL_HOUSEHOLD, action = Action.READ)
    @GetMapping("/party/membership/central-households")
    String centralHouseholds(@RequestParam(required = false) String after, CurrentUser user, Model model) {
        model.addAttribute("page", centralHouseholds.list(user, null, true, after, PER_PAGE));
        model.addAttribute("village", user.grants().stream().map(CurrentUser.Grant::territoryCode)
                .filter(c -> c.length() >= 12).map(c -> c.substring(0, 12)).findFirst().orElse(null));
        return "party/membership/central-households";
    }

    private String showFlowing(String after, CurrentUser user, Model model) {
        model.addAttribute("page", flowing.list(user, null, null, true, after, PER_PAGE));
        model.addAttribute("mayUpdate", !AccessPolicy.scope(user, Resource.PARTY_MEMBER, Action.UPDATE).isEmpty());
        Map<String, String> branches = new LinkedHashMap<>();
        party.organisations(AccessPolicy.scope(user, PARTY_ORG, READ), null, 500).items().stream()
                .filter(OrganisationView::active).filter(o -> o.level().enrolsMembers())
                .forEach(o -> branches.put(String.valueOf(o.id()), o.name()));
        model.addAttribute("branches", branches);
        if (!model.containsAttribute("migrantForm")) {
            model.addAttribute("migrantForm", new MigrantForm(null, null, null, null, null, null, null));
        }
        return "party/membership/flowing";
    }
}
