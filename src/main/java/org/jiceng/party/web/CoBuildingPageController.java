package org.jiceng.party.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.ForbiddenException;
import org.jiceng.Guard;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.party.NeedKind;
import org.jiceng.party.internal.DualRegistrations;
import org.jiceng.party.internal.cobuilding.CoBuildingAccess;
import org.jiceng.party.internal.cobuilding.Needs;
import org.jiceng.party.internal.cobuilding.Offers;
import org.jiceng.party.internal.cobuilding.Projects;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.Level;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One community's 双报到 board: its needs list, the units and members registered with it and what they offer, and
 * the projects matched from them, each with the form of whoever may add to it. Without a community, a choice.
 */
@Controller
class CoBuildingPageController {

    private static final int SHOWN = 100;

    private final Needs needs;
    private final Projects projects;
    private final Offers offers;
    private final DualRegistrations registrations;
    private final TerritoryApi territory;
    private final Clock clock;

    CoBuildingPageController(Needs needs, Projects projects, Offers offers, DualRegistrations registrations,
                             TerritoryApi territory, Clock clock) {
        this.needs = needs;
        this.projects = projects;
        this.offers = offers;
        this.registrations = registrations;
        this.territory = territory;
        this.clock = clock;
    }

    record NeedForm(String title, String description, String kind, String wantedBy) {
    }

    record UnitForm(String unitName) {
    }

    record OfferForm(Long registrationId, String title, String description, String available) {
    }

    record ProjectForm(String title, List<Long> needIds, List<Long> offerIds, Long leadRegistrationId, String startsOn,
                       String endsOn) {
    }

    @Guard(resource = Resource.CO_BUILDING, action = Action.READ)
    @GetMapping("/party/co-building")
    String board(@RequestParam(required = false) String community, CurrentUser user, Model model) {
        Scope scope = CoBuildingAccess.readable(user);
        String code = community == null || community.isBlank() ? user.homeTerritory() : community.strip();
        if (code.length() > 12) {
            code = code.substring(0, 12);
        }
        if (Level.ofCode(code) == null) {
            throw new BadInputException("community", "community 须为区划代码");
        }
        if (scope.narrowedTo(code).isEmpty()) {
            throw new ForbiddenException("该区域不在您的辖区内");
        }
        DivisionView place = territory.division(code).orElseThrow(() -> new NotFoundException("区划不存在"));
        model.addAttribute("place", place);
        if (Level.ofCode(code) != Level.VILLAGE) {
            model.addAttribute("choices", territory.children(code, null, 500));
            return "party/cobuilding/choose";
        }
        Scope here = Scope.of(code);
        model.addAttribute("needs", needs.within(here, null, null, SHOWN).items());
        model.addAttribute("offers", offers.offers(here, null, SHOWN).items());
        model.addAttribute("projects", projects.projects(here, null, SHOWN).items());
        var registrants = offers.registrants(code, user);
        var options = new java.util.LinkedHashMap<String, String>();
        registrants.forEach(r -> options.put(String.valueOf(r.id()), r.name() + (r.unit() ? "（单位）" : "（在职党员）")));
        model.addAttribute("registrants", registrants);
        model.addAttribute("registrantOptions", options);
        model.addAttribute("kinds", FormErrors.choices(NeedKind.values(), NeedKind::label));
        model.addAttribute("mayCreate", allows(user, Resource.CO_BUILDING, Action.CREATE, code));
        model.addAttribute("mayRegister", allows(user, Resource.DUAL_REGISTRATION, Action.CREATE, code));
        model.addAttribute("mayMatch", allows(user, Resource.CO_BUILDING, Action.ACT, code));
        model.addAttribute("mayFeedback", allows(user, Resource.SERVICE_HOURS, Action.READ, code));
        String today = Beijing.today(clock).toString();
        if (!model.containsAttribute("needForm")) {
            model.addAttribute("needForm", new NeedForm(null, null, NeedKind.WISH.name(), null));
        }
        if (!model.containsAttribute("unitForm")) {
            model.addAttribute("unitForm", new UnitForm(null));
        }
        if (!model.containsAttribute("offerForm")) {
            model.addAttribute("offerForm", new OfferForm(null, null, null, null));
        }
        if (!model.containsAttribute("projectForm")) {
            model.addAttribute("projectForm", new ProjectForm(null, List.of(), List.of(), null, today, null));
        }
        return "party/cobuilding/board";
    }

    @Guard(resource = Resource.CO_BUILDING, action = Action.CREATE)
    @PostMapping("/party/co-building/needs")
    String publish(@RequestParam String community, @ModelAttribute("needForm") NeedForm form, BindingResult result,
                   CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            needs.publish(new Needs.NeedRequest(community, form.title(), form.description(), form.kind(),
                    form.wantedBy()), user);
        } catch (BadInputException | ConflictException refused) {
            return refused(result, refused, "needRefused", community, user, model, response);
        }
        return done(redirect, "需求已发布", community);
    }

    @Guard(resource = Resource.DUAL_REGISTRATION, action = Action.CREATE)
    @PostMapping("/party/co-building/registrations")
    String register(@RequestParam String community, @ModelAttribute("unitForm") UnitForm form, BindingResult result,
                    CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            registrations.register(new DualRegistrations.Request(community, form.unitName(), null, null), user);
        } catch (BadInputException | ConflictException refused) {
            return refused(result, refused, "unitRefused", community, user, model, response);
        }
        return done(redirect, "单位已报到", community);
    }

    @Guard(resource = Resource.CO_BUILDING, action = Action.CREATE)
    @PostMapping("/party/co-building/resources")
    String offer(@RequestParam String community, @ModelAttribute("offerForm") OfferForm form, BindingResult result,
                 CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            offers.offer(new Offers.OfferRequest(form.registrationId(), form.title(), form.description(),
                    form.available()), user);
        } catch (BadInputException | ConflictException refused) {
            return refused(result, refused, "offerRefused", community, user, model, response);
        }
        return done(redirect, "资源已登记", community);
    }

    @Guard(resource = Resource.CO_BUILDING, action = Action.ACT)
    @PostMapping("/party/co-building/projects")
    String match(@RequestParam String community, @ModelAttribute("projectForm") ProjectForm form, BindingResult result,
                 CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        long id;
        try {
            id = projects.project(new Projects.ProjectRequest(form.title(), form.needIds(), form.offerIds(),
                    form.leadRegistrationId(), form.startsOn(), form.endsOn()), user);
        } catch (BadInputException | ConflictException refused) {
            return refused(result, refused, "projectRefused", community, user, model, response);
        }
        redirect.addFlashAttribute("notice", "项目已建立");
        return "redirect:/party/co-building/projects/" + id;
    }

    private String refused(BindingResult result, RuntimeException refused, String open, String community,
                           CurrentUser user, Model model, HttpServletResponse response) {
        response.setStatus(refused instanceof ConflictException ? 409 : 400);
        FormErrors.reject(result, refused);
        model.addAttribute(open, true);
        return board(community, user, model);
    }

    private static String done(RedirectAttributes redirect, String notice, String community) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addAttribute("community", community);
        return "redirect:/party/co-building";
    }

    private static boolean allows(CurrentUser user, Resource resource, Action action, String code) {
        return AccessPolicy.allows(user, resource, action, AccessPolicy.Target.at(code));
    }
}
