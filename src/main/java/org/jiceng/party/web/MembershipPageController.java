package org.jiceng.party.web;

import static org.jiceng.Action.READ;
import static org.jiceng.Resource.PARTY_ORG;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.party.MemberView;
import org.jiceng.party.OrganisationKind;
import org.jiceng.party.OrganisationView;
import org.jiceng.party.internal.PartyAccess;
import org.jiceng.party.internal.PartyService;
import org.jiceng.party.internal.membership.Affiliations;
import org.jiceng.party.internal.membership.CentralHouseholds;
import org.jiceng.party.internal.membership.FlowingMembers;
import org.jiceng.party.internal.membership.MemberSearch;
import org.jiceng.party.internal.membership.Transfers;
import org.jiceng.party.web.MembershipForms.AffiliationForm;
import org.jiceng.party.web.MembershipForms.CentralForm;
import org.jiceng.party.web.MembershipForms.FlowingForm;
import org.jiceng.party.web.MembershipForms.TransferForm;
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
 * The members' pages of 党组织管理员 and branch secretaries: a branch's or a place's members found by name, and a
 * member's page with their transfers, affiliations, 流动 registration and 党员中心户, each with its form.
 */
@Controller
class MembershipPageController {

    static final int PER_PAGE = 100;

    private final PartyService party;
    private final MemberSearch search;
    private final Affiliations affiliations;
    private final Transfers transfers;
    private final FlowingMembers flowing;
    private final CentralHouseholds centralHouseholds;

    MembershipPageController(PartyService party, MemberSearch search, Affiliations affiliations, Transfers transfers,
                             FlowingMembers flowing, CentralHouseholds centralHouseholds) {
        this.party = party;
        this.search = search;
        this.affiliations = affiliations;
        this.transfers = transfers;
        this.flowing = flowing;
        this.centralHouseholds = centralHouseholds;
    }

    @Guard(resource = Resource.PARTY_MEMBER, action = Action.READ)
    @GetMapping("/party/membership")
    String members(@RequestParam(required = false) String territory, @RequestParam(required = false) Long organisation,
                   @RequestParam(required = false) String q, @RequestParam(required = false) String after,
                   CurrentUser user, Model model) {
        model.addAttribute("page", search.search(user, territory, organisation, q, after, PER_PAGE));
        model.addAttribute("territory", territory);
        model.addAttribute("organisation", organisation);
        model.addAttribute("q", q);
        model.addAttribute("organisations", choices(user, o -> o.level().enrolsMembers()
                || o.level() == org.jiceng.party.OrganisationLevel.GENERAL_BRANCH));
        model.addAttribute("mayExport", !AccessPolicy.scope(user, Resource.PARTY_FILE, Action.EXPORT).isEmpty());
        model.addAttribute("mayImport", !AccessPolicy.scope(user, Resource.PARTY_FILE, Action.IMPORT).isEmpty());
        return "party/membership/members";
    }

    @Guard(resource = Resource.PARTY_MEMBER, action = Action.READ)
    @GetMapping("/party/membership/members/{id}")
    String member(@PathVariable long id, CurrentUser user, Model model) {
        return show(id, user, model);
    }

    @Guard(resource = Resource.PARTY_MEMBER, action = Action.ACT)
    @PostMapping("/party/membership/members/{id}/transfers")
    String transfer(@PathVariable long id, @ModelAttribute("transferForm") TransferForm form, BindingResult result,
                    CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(id, "transfer", result, user, model, response, redirect, "已提交转接申请",
                () -> transfers.out(id, new Transfers.OutRequest(form.toOrganisationId(), form.toOutside(), form.reason()),
                        user));
    }

    @Guard(resource = Resource.PARTY_MEMBER, action = Action.UPDATE)
    @PostMapping("/party/membership/members/{id}/affiliations")
    String affiliate(@PathVariable long id, @ModelAttribute("affiliationForm") AffiliationForm form, BindingResult result,
                     CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(id, "affiliation", result, user, model, response, redirect, "已参加",
                () -> affiliations.join(id, new Affiliations.Request(form.organisationId(), form.since()), user));
    }

    @Guard(resource = Resource.PARTY_MEMBER, action = Action.UPDATE)
    @PostMapping("/party/membership/members/{id}/flowing")
    String flowing(@PathVariable long id, @ModelAttribute("flowingForm") FlowingForm form, BindingResult result,
                   CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(id, "flowing", result, user, model, response, redirect, "已登记为流动党员",
                () -> flowing.register(new FlowingMembers.Request("FLOWING", id, null, null, null, form.whereabouts(),
                        form.phone(), form.since(), form.until()), user));
    }

    @Guard(resource = Resource.CENTRAL_HOUSEHOLD, action = Action.CREATE)
    @PostMapping("/party/membership/members/{id}/central-household")
    String central(@PathVariable long id, @ModelAttribute("centralForm") CentralForm form, BindingResult result,
                   CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(id, "central", result, user, model, response, redirect, "已设为党员中心户",
                () -> centralHouseholds.name(new CentralHouseholds.Request(id, households(form.householdIds()), null), user));
    }

    private String show(long id, CurrentUser user, Model model) {
        MemberView member = party.member(id, PartyAccess.members(user))
                .orElseThrow(() -> new NotFoundException("党员 " + id + " 不存在或不在您的辖区内"));
        model.addAttribute("m", member);
        model.addAttribute("affiliations", affiliations.of(id, user));
        model.addAttribute("transfers", transfers.ofMember(id, user));
        model.addAttribute("mayAct", AccessPolicy.scope(user, Resource.PARTY_MEMBER, Action.ACT).covers(member.territoryCode()));
        model.addAttribute("mayUpdate", AccessPolicy.scope(user, Resource.PARTY_MEMBER, Action.UPDATE).covers(member.territoryCode()));
        model.addAttribute("mayName", AccessPolicy.scope(user, Resource.CENTRAL_HOUSEHOLD, Action.CREATE).covers(member.territoryCode()));
        model.addAttribute("destinations", choices(user, o -> o.level().enrolsMembers() && o.id() != member.organisationId()));
        model.addAttribute("joinable", choices(user, o -> o.kind() == OrganisationKind.FUNCTIONAL
                || o.kind() == OrganisationKind.TEMPORARY || o.kind() == OrganisationKind.JOINT));
        model.addAttribute("stateLabels", MembershipListPageController.stateLabels());
        if (!model.containsAttribute("transferForm")) {
            model.addAttribute("transferForm", new TransferForm(null, null, null));
        }
        if (!model.containsAttribute("affiliationForm")) {
            model.addAttribute("affiliationForm", new AffiliationForm(null, null));
        }
        if (!model.containsAttribute("flowingForm")) {
            model.addAttribute("flowingForm", new FlowingForm(null, null, null, null));
        }
        if (!model.containsAttribute("centralForm")) {
            model.addAttribute("centralForm", new CentralForm(null));
        }
        return "party/membership/member";
    }

    private String attempt(long id, String form, BindingResult result, CurrentUser user, Model model,
                           HttpServletResponse response, RedirectAttributes redirect, String done, Supplier<?> step) {
        try {
            step.get();
            redirect.addFlashAttribute("notice", done);
        } catch (BadInputException refused) {
            FormErrors.reject(result, refused);
            response.setStatus(400);
            model.addAttribute("openForm", form);
            return show(id, user, model);
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/party/membership/members/" + id;
    }

    /** Organisations of the user's scope that {@code keep} accepts, id → name, at most 500. */
    private Map<String, String> choices(CurrentUser user, java.util.function.Predicate<OrganisationView> keep) {
        Scope scope = AccessPolicy.scope(user, PARTY_ORG, READ);
        Map<String, String> choices = new LinkedHashMap<>();
        party.organisations(scope, null, 500).items().stream().filter(OrganisationView::active).filter(keep)
                .forEach(o -> choices.put(String.valueOf(o.id()), o.name()));
        return choices;
    }

    /** "12, 13 14" or "12，13" → the household ids; a word that is no number is left for the service to refuse. */
    static List<Long> households(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("[,，、\\s]+")).filter(s -> !s.isEmpty()).map(s -> {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw new BadInputException("householdIds", "户编号“" + s + "”须为数字，多个户编号用逗号分隔");
            }
        }).toList();
    }
}
