package org.jiceng.deliberation.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jiceng.BadInputException;
import org.jiceng.FormErrors;
import org.jiceng.CurrentUser;
import org.jiceng.Page;
import org.jiceng.Scope;
import org.jiceng.deliberation.TopicAction;
import org.jiceng.deliberation.TopicStep;
import org.jiceng.deliberation.TopicView;
import org.jiceng.deliberation.internal.MeetingResolutionService;
import org.jiceng.deliberation.internal.MeetingService;
import org.jiceng.deliberation.internal.DeliberationAccess;
import org.jiceng.deliberation.internal.TopicService;
import org.jiceng.territory.DivisionView;
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

/** The topic board (residents propose on a phone) and one topic with its six steps, comments and moves. */
@Controller
class TopicPageController {

    private static final int PAGE = 30;

    private final TopicService topics;
    private final MeetingService meetings;
    private final MeetingResolutionService resolutions;
    private final TerritoryApi territory;

    TopicPageController(TopicService topics, MeetingService meetings, MeetingResolutionService resolutions,
                        TerritoryApi territory) {
        this.topics = topics;
        this.meetings = meetings;
        this.resolutions = resolutions;
        this.territory = territory;
    }

    @Guard(resource = Resource.TOPIC, action = Action.READ)
    @GetMapping("/topics")
    String board(@RequestParam(required = false) String step, @RequestParam(required = false) String after,
                 CurrentUser user, Model model) {
        model.addAttribute("form", new TopicForm(null, null, null));
        return showBoard(step, after, user, model);
    }

    private String showBoard(String step, String after, CurrentUser user, Model model) {
        TopicStep wanted = TopicApiController.step(step);
        Page<TopicView> page = topics.list(user, null, wanted, after, PAGE);
        model.addAttribute("topics", page.items());
        model.addAttribute("next", page.next());
        model.addAttribute("step", wanted);
        model.addAttribute("steps", List.of(TopicStep.values()));
        Scope proposes = DeliberationAccess.scope(user, Resource.TOPIC, Action.CREATE);
        model.addAttribute("mayPropose", !proposes.isEmpty());
        boolean ownCommunity = proposes.prefixes().stream().anyMatch(p -> p.length() == 12);
        java.util.Map<String, String> villages = new java.util.LinkedHashMap<>();
        if (!ownCommunity) {
            villagesOf(user).forEach(v -> villages.put(v.code(), v.name()));
        }
        model.addAttribute("villages", villages);
        model.addAttribute("places", placeNames(page.items()));
        return "deliberation/topics";
    }

    private List<DivisionView> villagesOf(CurrentUser user) {
        String home = user.homeTerritory();
        return home.length() == 9 ? territory.children(home, null, 500) : List.of();
    }

    private java.util.Map<String, String> placeNames(List<TopicView> items) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        items.forEach(t -> names.computeIfAbsent(t.territoryCode(),
                code -> territory.division(code).map(DivisionView::name).orElse(code)));
        return names;
    }

    @Guard(resource = Resource.TOPIC, action = Action.CREATE)
    @PostMapping("/topics")
    String propose(@ModelAttribute("form") TopicForm form, BindingResult result, CurrentUser user, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        TopicView topic;
        try {
            topic = topics.propose(user, new TopicService.Proposal(form.title(), form.description(), form.territoryCode()));
        } catch (BadInputException refused) {
            response.setStatus(400);
            FormErrors.reject(result, refused);
            return showBoard(null, null, user, model);
        }
        redirect.addFlashAttribute("notice", "议题已提交，村(社区)两委将在收集后确定是否列入议事");
        return "redirect:/topics/" + topic.id();
    }

    @Guard(resource = Resource.TOPIC, action = Action.READ)
    @GetMapping("/topics/{id}")
    String topic(@PathVariable long id, CurrentUser user, Model model) {
        TopicView topic = topics.get(user, id);
        model.addAttribute("topic", topic);
        model.addAttribute("place", territory.division(topic.territoryCode()).map(DivisionView::name).orElse(topic.territoryCode()));
        model.addAttribute("six", TopicStep.six());
        model.addAttribute("actions", topics.available(user, topic));
        model.addAttribute("history", topics.history(user, id));
        model.addAttribute("comments", topics.comments(user, id, null, Page.MAX_LIMIT).items());
        model.addAttribute("meetings", meetings.ofTopic(user, id));
        model.addAttribute("resolutions", resolutions.ofTopic(user, id));
        model.addAttribute("supported", topics.supports(user, id));
        model.addAttribute("mayTakePart", DeliberationAccess.may(user, Resource.TOPIC, Action.CREATE, topic.territoryCode()));
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", new ActionForm(null, null));
        }
        if (!model.containsAttribute("commentForm")) {
            model.addAttribute("commentForm", new CommentForm(null));
        }
        return "deliberation/topic";
    }

    @Guard(resource = Resource.TOPIC, action = Action.ACT)
    @PostMapping("/topics/{id}/actions/{action}")
    String act(@PathVariable long id, @PathVariable String action, @ModelAttribute("actionForm") ActionForm form,
               BindingResult result, CurrentUser user, Model model, HttpServletResponse response,
               RedirectAttributes redirect) {
        TopicAction known = TopicAction.ofPath(action)
                .orElseThrow(() -> new org.jiceng.NotFoundException("没有名为“" + action + "”的议题操作"));
        TopicView topic;
        try {
            topic = topics.act(user, id, known, new TopicService.ActionRequest(form.note(), form.version()));
        } catch (BadInputException refused) {
            response.setStatus(400);
            FormErrors.reject(result, refused);
            model.addAttribute("refusedAction", known.path());
            return topic(id, user, model);
        }
        redirect.addFlashAttribute("notice", known.label() + "：议题现处于“" + topic.stepLabel() + "”环节");
        return "redirect:/topics/" + id;
    }

    /** A step of a topic with its note (理由, 决议内容, 评议意见), kept as written when refused. */
    record ActionForm(String note, Integer version) {
    }

    /** A comment on a topic, kept as written when refused. */
    record CommentForm(String body) {
    }

    @Guard(resource = Resource.TOPIC, action = Action.CREATE)
    @PostMapping("/topics/{id}/comments")
    String comment(@PathVariable long id, @ModelAttribute("commentForm") CommentForm form, BindingResult result,
                   CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            topics.comment(user, id, new TopicService.CommentRequest(form.body()));
        } catch (BadInputException refused) {
            response.setStatus(400);
            FormErrors.reject(result, refused);
            return topic(id, user, model);
        }
        redirect.addFlashAttribute("notice", "意见已发表");
        return "redirect:/topics/" + id + "#comments";
    }

    @Guard(resource = Resource.TOPIC, action = Action.CREATE)
    @PostMapping("/topics/{id}/support")
    String support(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        topics.support(user, id);
        redirect.addFlashAttribute("notice", "已附议");
        return "redirect:/topics/" + id;
    }
}
