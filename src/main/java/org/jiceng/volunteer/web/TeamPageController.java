package org.jiceng.volunteer.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.volunteer.internal.activity.Activities;
import org.jiceng.volunteer.internal.activity.Teams;
import org.jiceng.volunteer.internal.activity.VolunteerRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The teams pages of a community's staff and team leaders: the teams, a team's members and its new activities. */
@Controller
class TeamPageController {

    record TeamForm(String communityCode, String name, String kind, String description) {
    }

    record MemberForm(Long volunteerId, Boolean leader) {
    }

    record ActivityForm(String title, String place, String description, String startsAt, String endsAt,
                        Integer capacity) {
    }

    private static final String[][] KINDS = {{"PARTY_VANGUARD", "党员先锋队"}, {"WOMEN", "巾帼志愿队"},
            {"YOUTH", "青年志愿队"}, {"SILVER", "银发志愿队"}, {"OTHER", "其他"}};

    private final Teams teams;
    private final Activities activities;
    private final VolunteerRegistry registry;

    TeamPageController(Teams teams, Activities activities, VolunteerRegistry registry) {
        this.teams = teams;
        this.activities = activities;
        this.registry = registry;
    }

    @Guard(resource = Resource.VOLUNTEER_TEAM, action = Action.READ)
    @GetMapping("/volunteer/teams")
    String list(CurrentUser user, Model model) {
        model.addAttribute("teams", teams.list(user, null, null, ActivityPageController.SHOWN).items());
        model.addAttribute("mayCreate", AccessPolicy.mayAtAll(user, Resource.VOLUNTEER_TEAM, Action.CREATE));
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String[] kind : KINDS) {
            kinds.put(kind[0], kind[1]);
        }
        model.addAttribute("kinds", kinds);
        if (!model.containsAttribute("teamForm")) {
            String home = user.homeTerritory();
            model.addAttribute("teamForm", new TeamForm(home.length() >= 12 ? home.substring(0, 12) : "", null,
                    "PARTY_VANGUARD", null));
        }
        return "volunteer/activity/teams";
    }

    @Guard(resource = Resource.VOLUNTEER_TEAM, action = Action.CREATE)
    @PostMapping("/volunteer/teams")
    String create(@ModelAttribute("teamForm") TeamForm form, BindingResult result, CurrentUser user, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        long id;
        try {
            id = teams.create(new Teams.TeamRequest(form.communityCode(), form.name(), form.kind(), form.description()),
                    user);
        } catch (BadInputException | ConflictException refused) {
            response.setStatus(refused instanceof ConflictException ? 409 : 400);
            FormErrors.reject(result, refused);
            model.addAttribute("teamRefused", true);
            return list(user, model);
        }
        redirect.addFlashAttribute("notice", "志愿队已建立");
        return "redirect:/volunteer/teams/" + id;
    }

    @Guard(resource = Resource.VOLUNTEER_TEAM, action = Action.READ)
    @GetMapping("/volunteer/teams/{id}")
    String team(@PathVariable long id, CurrentUser user, Model model) {
        Teams.TeamView team = teams.get(id, user);
        model.addAttribute("team", team);
        model.addAttribute("activities", activities.list(user, id, null, null, ActivityPageController.SHOWN).items());
        Map<String, String> candidates = new LinkedHashMap<>();
        if (team.mayManage() && AccessPolicy.mayAtAll(user, Resource.VOLUNTEER, Action.READ)) {
            registry.list(user, team.communityCode(), null, 500).items().stream()
                    .filter(v -> team.members().stream().noneMatch(m -> m.volunteerId() == v.id()))
                    .forEach(v -> candidates.put(String.valueOf(v.id()), v.name()));
        }
        model.addAttribute("candidates", candidates);
        model.addAttribute("mayCreateActivity", team.mayManage());
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", new MemberForm(null, false));
        }
        if (!model.containsAttribute("activityForm")) {
            model.addAttribute("activityForm", new ActivityForm(null, null, null, null, null, 10));
        }
        return "volunteer/activity/team";
    }

    @Guard(resource = Resource.VOLUNTEER_TEAM, action = Action.UPDATE)
    @PostMapping("/volunteer/teams/{id}/members")
    String member(@PathVariable long id, @ModelAttribute("memberForm") MemberForm form, BindingResult result,
                  CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            teams.putMember(id, new Teams.MemberRequest(form.volunteerId(), form.leader()), user);
        } catch (BadInputException | ConflictException refused) {
            response.setStatus(refused instanceof ConflictException ? 409 : 400);
            FormErrors.reject(result, refused);
            model.addAttribute("memberRefused", true);
            return team(id, user, model);
        }
        redirect.addFlashAttribute("notice", "队员已加入");
        return "redirect:/volunteer/teams/" + id;
    }

    @Guard(resource = Resource.ACTIVITY, action = Action.CREATE)
    @PostMapping("/volunteer/teams/{id}/activities")
    String activity(@PathVariable long id, @ModelAttribute("activityForm") ActivityForm form, BindingResult result,
                    CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        long created;
        try {
            created = activities.create(new Activities.ActivityRequest(id, form.title(), form.place(),
                    form.description(), form.startsAt(), form.endsAt(), form.capacity(), true), user);
        } catch (BadInputException | ConflictException refused) {
            response.setStatus(refused instanceof ConflictException ? 409 : 400);
            FormErrors.reject(result, refused);
            model.addAttribute("activityRefused", true);
            return team(id, user, model);
        }
        redirect.addFlashAttribute("notice", "活动已发布，居民可以报名了");
        return "redirect:/volunteer/activities/" + created;
    }
}
