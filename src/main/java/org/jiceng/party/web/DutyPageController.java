package org.jiceng.party.web;

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
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.party.MemberView;
import org.jiceng.party.internal.PartyAccess;
import org.jiceng.party.internal.PartyService;
import org.jiceng.party.internal.duty.Campaigns;
import org.jiceng.party.internal.duty.DutyAccess;
import org.jiceng.party.internal.duty.DutyPostKind;
import org.jiceng.party.internal.duty.DutyPosts;
import org.jiceng.party.internal.duty.Pledges;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.Level;
import org.jiceng.territory.TerritoryApi;
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
 * 设岗定责, pledges and campaigns of one community, for the party administrator, the branch secretary and the
 * community's staff: the lists, and a form for each; the community's public board is one link away.
 */
@Controller
class DutyPageController {

    private final DutyPosts posts;
    private final Pledges pledges;
    private final Campaigns campaigns;
    private final PartyService party;
    private final TerritoryApi territory;

    DutyPageController(DutyPosts posts, Pledges pledges, Campaigns campaigns, PartyService party,
                       TerritoryApi territory) {
        this.posts = posts;
        this.pledges = pledges;
        this.campaigns = campaigns;
        this.party = party;
        this.territory = territory;
    }

    record PostForm(String kind, String name, String duties, String area, Long memberId, String startsOn,
                    String endsOn) {
    }

    record CampaignForm(String title, String description, String startsOn, String endsOn) {
    }

    record PledgeForm(Long memberId, String content, String dueOn) {
    }

    record SignForm(Long memberId) {
    }

    @Guard(resource = Resource.DUTY_POST, action = Action.READ)
    @GetMapping("/party/duty")
    String page(@RequestParam(required = false) String village, CurrentUser user, Model model) {
        return show(user, village, model);
    }

    @Guard(resource = Resource.DUTY_POST, action = Action.CREATE)
    @PostMapping("/party/duty/posts")
    String createPost(@RequestParam String village, @ModelAttribute("postForm") PostForm form, BindingResult result,
                      CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(village, "post", result, user, model, response, redirect, "已设岗定责",
                () -> posts.create(new DutyPosts.Request(form.kind(), form.name(), form.duties(), form.area(),
                        form.memberId(), form.startsOn(), form.endsOn()), user));
    }

    @Guard(resource = Resource.PLEDGE, action = Action.CREATE)
    @PostMapping("/party/duty/pledges")
    String makePledge(@RequestParam String village, @ModelAttribute("pledgeForm") PledgeForm form,
                      BindingResult result, CurrentUser user, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        return attempt(village, "pledge", result, user, model, response, redirect, "已登记承诺",
                () -> pledges.make(new Pledges.Request(form.memberId(), form.content(), form.dueOn()), user));
    }

    @Guard(resource = Resource.PLEDGE, action = Action.CREATE)
    @PostMapping("/party/duty/campaigns")
    String startCampaign(@RequestParam String village, @ModelAttribute("campaignForm") CampaignForm form,
                         BindingResult result, CurrentUser user, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        return attempt(village, "campaign", result, user, model, response, redirect, "已发起活动",
                () -> campaigns.start(new Campaigns.Request(village, form.title(), form.description(), form.startsOn(),
                        form.endsOn()), user));
    }

    @Guard(resource = Resource.PLEDGE, action = Action.CREATE)
    @PostMapping("/party/duty/campaigns/{id}/signatures")
    String sign(@PathVariable long id, @RequestParam String village, @ModelAttribute("signForm") SignForm form,
                BindingResult result, CurrentUser user, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        return attempt(village, "sign", result, user, model, response, redirect, "已签名",
                () -> campaigns.sign(id, new Campaigns.Signing(form.memberId()), user));
    }

    private String attempt(String village, String form, BindingResult result, CurrentUser user, Model model,
                           HttpServletResponse response, RedirectAttributes redirect, String done, Supplier<?> step) {
        try {
            step.get();
            redirect.addFlashAttribute("notice", done);
        } catch (BadInputException refused) {
            FormErrors.reject(result, refused);
            response.setStatus(400);
            model.addAttribute("openForm", form);
            return show(user, village, model);
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        redirect.addAttribute("village", village);
        return "redirect:/party/duty";
    }

    private String show(CurrentUser user, String village, Model model) {
        String home = user.homeTerritory();
        if ((village == null || village.isBlank()) && home.length() >= 12) {
            village = home.substring(0, 12);
        }
        if (village == null || village.isBlank()) {
            return "party/duty/choose";
        }
        if (Level.ofCode(village) != Level.VILLAGE) {
            throw new BadInputException("village", "village 须为 12 位村(社区)代码");
        }
        String code = village;
        DivisionView division = territory.division(code).orElseThrow(() -> new NotFoundException("村(社区) 不存在"));
        Scope scope = PartyJson.narrowed(DutyAccess.where(user, Resource.DUTY_POST, Action.READ), code);
        Scope pledgeScope = AccessPolicy.scope(user, Resource.PLEDGE, Action.READ).narrowedTo(code);
        model.addAttribute("village", division);
        model.addAttribute("posts", posts.list(scope, null, 500).items());
        model.addAttribute("pledges", pledges.list(pledgeScope, user, null, 500).items());
        model.addAttribute("campaigns", campaigns.list(pledgeScope, null, 100).items());
        model.addAttribute("today", pledges.today());
        Map<String, String> members = new LinkedHashMap<>();
        if (PartyAccess.mayReadMembers(user)) {
            for (MemberView m : party.members(PartyAccess.members(user).narrowedTo(code), null, 500).items()) {
                members.put(String.valueOf(m.id()), m.name() + "（" + m.organisationName() + "）");
            }
        }
        model.addAttribute("members", members);
        model.addAttribute("kindChoices", FormErrors.choices(DutyPostKind.values(), DutyPostKind::label));
        model.addAttribute("mayCreatePost", AccessPolicy.allows(user, Resource.DUTY_POST, Action.CREATE,
                AccessPolicy.Target.at(code)));
        model.addAttribute("mayCreatePledge", AccessPolicy.allows(user, Resource.PLEDGE, Action.CREATE,
                AccessPolicy.Target.at(code)));
        addFormsIfAbsent(model);
        return "party/duty/page";
    }

    private static void addFormsIfAbsent(Model model) {
        if (!model.containsAttribute("postForm")) {
            model.addAttribute("postForm", new PostForm(null, null, null, null, null, null, null));
        }
        if (!model.containsAttribute("pledgeForm")) {
            model.addAttribute("pledgeForm", new PledgeForm(null, null, null));
        }
        if (!model.containsAttribute("campaignForm")) {
            model.addAttribute("campaignForm", new CampaignForm(null, null, null, null));
        }
        if (!model.containsAttribute("signForm")) {
            model.addAttribute("signForm", new SignForm(null));
        }
    }
}
