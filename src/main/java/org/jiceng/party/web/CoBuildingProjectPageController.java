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
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.party.internal.cobuilding.MemberHours;
import org.jiceng.party.internal.cobuilding.Needs;
import org.jiceng.party.internal.cobuilding.Offers;
import org.jiceng.party.internal.cobuilding.Projects;
import org.jiceng.party.internal.cobuilding.ServiceHours;
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
 * A co-building project: what it meets and who leads it, the hours reported on it, the community's confirm and
 * return buttons, and the report form; and a member's own page (我的双报到服务), made for a phone.
 */
@Controller
class CoBuildingProjectPageController {

    private final Projects projects;
    private final Offers offers;
    private final Needs needs;
    private final ServiceHours hours;
    private final MemberHours mine;
    private final Clock clock;

    CoBuildingProjectPageController(Projects projects, Offers offers, Needs needs, ServiceHours hours, MemberHours mine,
                                    Clock clock) {
        this.projects = projects;
        this.offers = offers;
        this.needs = needs;
        this.hours = hours;
        this.mine = mine;
        this.clock = clock;
    }

    record HoursForm(Long registrationId, String servedOn, Integer minutes, String description, String photoIds) {
    }

    @Guard(resource = Resource.CO_BUILDING, action = Action.READ)
    @GetMapping("/party/co-building/projects/{id}")
    String project(@PathVariable long id, CurrentUser user, Model model) {
        Projects.ProjectView project = projects.project(id, user);
        String community = project.communityCode();
        model.addAttribute("project", project);
        model.addAttribute("projectNeeds", project.needIds().stream().map(n -> needs.need(n, Scope.of(community)))
                .flatMap(java.util.Optional::stream).toList());
        model.addAttribute("projectOffers", project.offerIds().stream().map(o -> offers.offer(o, user)).toList());
        boolean readsHours = allows(user, Resource.SERVICE_HOURS, Action.READ, community);
        model.addAttribute("hours", readsHours ? hours.ofProject(id, user) : List.of());
        model.addAttribute("readsHours", readsHours);
        model.addAttribute("mayConfirm", allows(user, Resource.SERVICE_HOURS, Action.ACT, community));
        boolean mayReport = project.status().equals("ACTIVE")
                && allows(user, Resource.SERVICE_HOURS, Action.CREATE, community);
        model.addAttribute("mayReport", mayReport);
        model.addAttribute("mayFinish", project.status().equals("ACTIVE")
                && allows(user, Resource.CO_BUILDING, Action.ACT, community));
        model.addAttribute("registrants", mayReport ? offers.registrants(community, user) : List.of());
        if (!model.containsAttribute("hoursForm")) {
            model.addAttribute("hoursForm", new HoursForm(null, Beijing.today(clock).toString(), null, null, null));
        }
        return "party/cobuilding/project";
    }

    @Guard(resource = Resource.CO_BUILDING, action = Action.ACT)
    @PostMapping("/party/co-building/projects/{id}/finish")
    String finish(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        projects.finish(id, user);
        redirect.addFlashAttribute("notice", "项目已结束");
        return "redirect:/party/co-building/projects/" + id;
    }

    /** Hours reported from the project page (staff, for a unit or member) or from a member's own page. */
    @Guard(resource = Resource.SERVICE_HOURS, action = Action.CREATE)
    @PostMapping("/party/co-building/projects/{id}/hours")
    String report(@PathVariable long id, @RequestParam(required = false) String from,
                  @ModelAttribute("hoursForm") HoursForm form, BindingResult result, CurrentUser user, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        boolean own = "mine".equals(from);
        try {
            hours.report(id, new ServiceHours.HoursRequest(own ? null : form.registrationId(), form.servedOn(),
                    form.minutes(), form.description(), form.photoIds() == null ? List.of() : List.of(form.photoIds())),
                    user);
        } catch (BadInputException | ConflictException refused) {
            response.setStatus(refused instanceof ConflictException ? 409 : 400);
            FormErrors.reject(result, refused);
            model.addAttribute("refusedProject", id);
            return own ? mine(user, model) : project(id, user, model);
        }
        redirect.addFlashAttribute("notice", "服务时长已提交，待社区确认");
        return own ? "redirect:/party/co-building/mine" : "redirect:/party/co-building/projects/" + id;
    }

    @Guard(resource = Resource.SERVICE_HOURS, action = Action.ACT)
    @PostMapping("/party/co-building/hours/{id}/confirm")
    String confirm(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        ServiceHours.HoursView confirmed = hours.confirm(id, user);
        redirect.addFlashAttribute("notice", "已确认 " + confirmed.registrant() + " 的服务时长");
        return "redirect:/party/co-building/projects/" + confirmed.projectId();
    }

    @Guard(resource = Resource.SERVICE_HOURS, action = Action.ACT)
    @PostMapping("/party/co-building/hours/{id}/return")
    String giveBack(@PathVariable long id, @RequestParam(required = false) String reason, CurrentUser user,
                    RedirectAttributes redirect) {
        ServiceHours.HoursView returned = hours.giveBack(id, reason, user);
        redirect.addFlashAttribute("notice", "已退回 " + returned.registrant() + " 的服务时长");
        return "redirect:/party/co-building/projects/" + returned.projectId();
    }

    /** A member's own page: the active projects where they registered, and their hours on each. */
    @Guard(resource = Resource.SERVICE_HOURS, action = Action.CREATE)
    @GetMapping("/party/co-building/mine")
    String mine(CurrentUser user, Model model) {
        model.addAttribute("mine", mine.of(user));
        if (!model.containsAttribute("hoursForm")) {
            model.addAttribute("hoursForm", new HoursForm(null, Beijing.today(clock).toString(), null, null, null));
        }
        return "party/cobuilding/mine";
    }

    private static boolean allows(CurrentUser user, Resource resource, Action action, String code) {
        return AccessPolicy.allows(user, resource, action, AccessPolicy.Target.at(code));
    }
}
