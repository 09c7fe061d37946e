package org.jiceng.cases.web;

import java.time.Clock;
import java.time.Instant;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseActionRequest;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.CaseLevel;
import org.jiceng.cases.Satisfaction;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.NearbyCase;
import org.jiceng.cases.TimelineEntry;
import org.jiceng.cases.internal.CaseAccess;
import org.jiceng.cases.internal.CaseService;
import org.jiceng.cases.internal.CaseVisibility;
import org.jiceng.cases.internal.DuplicateFinder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One case: its facts, the timeline (public side for the reporter) and the forms of the actions this person may
 * take now. A refused action shows its Chinese reason on the same page.
 */
@Controller
class CaseDetailPages {

    private final CaseService cases;
    private final CaseVisibility visibility;
    private final CaseWrites writes;
    private final DuplicateFinder duplicates;
    private final CasePageModel pages;
    private final Clock clock;
    private final String tiles;
    private final org.jiceng.cases.internal.CategoryService categories;

    CaseDetailPages(CaseService cases, CaseWrites writes, DuplicateFinder duplicates, CasePageModel pages, CaseVisibility visibility,
                    Clock clock, @org.springframework.beans.factory.annotation.Value("${jiceng.map.tiles:}") String tiles,
                    org.jiceng.cases.internal.CategoryService categories) {
        this.categories = categories;
        this.clock = clock;
        this.tiles = tiles;
        this.visibility = visibility;
        this.cases = cases;
        this.writes = writes;
        this.duplicates = duplicates;
        this.pages = pages;
    }

    /** The case by its visible number, as people read and type it: the same page as by its id. */
    @Guard(resource = Resource.CASE, action = Action.READ)
    @GetMapping("/cases/{number:\\d{6}-\\d{8}-\\d+}")
    String showByNumber(@PathVariable String number, CurrentUser user, Model model) {
        return show(cases.idOf(user, number), user, model);
    }

    @Guard(resource = Resource.CASE, action = Action.READ)
    @GetMapping("/cases/{id:\\d+}")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        CaseService.Detail detail = cases.detail(user, id);
        CaseView view = detail.view();
        List<TimelineEntry> timeline = detail.timeline();
        boolean reporter = CasePageModel.isReporter(timeline, user, view);
        // only the forms the policy lets this person use: a follower or an auditor sees none
        Instant now = clock.instant();
        List<CaseActions.Offered> actions = detail.actionFacts().map(facts -> CaseActions.offered(facts, user, now))
                .orElse(List.of());
        model.addAttribute("c", view);
        model.addAttribute("now", now);
        model.addAttribute("place", pages.placeName(view.territoryCode(), user));
        model.addAttribute("tiles", tiles);
        model.addAttribute("leadUnit", pages.unitName(view.leadUnitId()));
        model.addAttribute("assistUnits", view.assistUnitIds().stream().map(pages::unitName).toList());
        model.addAttribute("reporterShown", view.reporterName());
        model.addAttribute("maySetVisibility", CaseAccess.maySetVisibility(user, view));
        if (CaseAccess.maySetVisibility(user, view) && view.state().isOpen() && view.mergedInto() == null) {
            model.addAttribute("leafCategories", categories.all().stream().filter(k -> k.leaf() && k.active()).toList());
        }
        model.addAttribute("handler", CasePageModel.isHandler(user));
        model.addAttribute("channelLabel", CaseChannel.valueOf(view.channel()).label());
        model.addAttribute("levelLabel", CaseLevel.valueOf(view.level()).label());
        model.addAttribute("ratingLabel", view.ratingSatisfaction() == null ? null
                : Satisfaction.valueOf(view.ratingSatisfaction()).label());
        String[] back = CasePageModel.back(user);
        model.addAttribute("backHref", back[0]);
        model.addAttribute("backLabel", back[1]);
        model.addAttribute("timeline", pages.timeline(timeline, user, CaseActions.showsReporter(user, reporter)));
        model.addAttribute("actions", actions);
        if (actions.stream().anyMatch(a -> a.action() == CaseAction.DISPATCH)) {
            model.addAttribute("units", pages.units(user));
        }
        if (actions.stream().anyMatch(a -> a.action() == CaseAction.MERGE)) {
            model.addAttribute("mergeCandidates", mergeCandidates(view, user));
        }
        return "cases/case";
    }

    @Guard(resource = Resource.CASE, action = Action.ACT)
    @PostMapping("/cases/{id:\\d+}/actions/{action}")
    String act(@PathVariable long id, @PathVariable String action, CaseActions.Fields fields,
               @RequestParam(required = false) MultipartFile photo, CurrentUser user, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        CaseAction known = CaseAction.ofPath(action).orElseThrow(() -> new NotFoundException("没有名为“" + action + "”的操作"));
        try {
            CaseActionRequest request = fields.request(known, number -> byNumber(user, id, number));
            CaseView moved = writes.act(user, id, known, request, photo);
            redirect.addFlashAttribute("notice", known.label() + "：已完成，案件现为“" + moved.stateLabel() + "”");
            return "redirect:/cases/" + id;
        } catch (BadInputException | ConflictException | OptimisticLockingFailureException e) {
            response.setStatus(e instanceof BadInputException ? 400 : 409);
            model.addAttribute("error", known.label() + "未成功：" + (e instanceof OptimisticLockingFailureException
                    ? "案件已被他人处理，请看最新状态后重试" : e.getMessage()));
            return show(id, user, model);
        }
    }

    /** A correction of the category (staff of the case's territory); the next training learns the category as it stands. */
    @Guard(resource = Resource.CASE, action = Action.UPDATE)
    @PostMapping("/cases/{id:\\d+}/category")
    String category(@PathVariable long id, @RequestParam(required = false) String categoryCode,
                    @RequestParam(required = false) Integer version, CurrentUser user, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        try {
            CaseView changed = cases.recategorise(user, id, categoryCode, false, version);
            redirect.addFlashAttribute("notice", "分类已改为“" + changed.categoryName() + "”");
            return "redirect:/cases/" + id;
        } catch (BadInputException | ConflictException | OptimisticLockingFailureException e) {
            response.setStatus(e instanceof BadInputException ? 400 : 409);
            model.addAttribute("error", "未能更改分类：" + (e instanceof OptimisticLockingFailureException
                    ? "案件已被他人处理，请看最新状态后重试" : e.getMessage()));
            return show(id, user, model);
        }
    }

    @Guard(resource = Resource.CASE, action = Action.UPDATE)
    @PostMapping("/cases/{id:\\d+}/visibility")
    String visibility(@PathVariable long id, @RequestParam boolean publicCase, @RequestParam(required = false) Integer version,
                      CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            visibility.setPublic(user, id, publicCase, version);
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            model.addAttribute("error", "未能修改：案件已被他人处理，请看最新状态后重试");
            return show(id, user, model);
        }
        redirect.addFlashAttribute("notice", publicCase ? "已设为公开：其他居民可以看到并关注，个人信息已隐去" : "已设为不公开");
        return "redirect:/cases/" + id;
    }

    private List<NearbyCase> mergeCandidates(CaseView view, CurrentUser user) {
        if (view.lat() == null || view.lon() == null) {
            return List.of();
        }
        try {
            return duplicates.nearby(user, Action.ACT, view.categoryCode(), view.lat(), view.lon()).stream()
                    .filter(n -> n.id() != view.id()).toList();
        } catch (BadInputException e) {
            return List.of();
        }
    }

    /** A case number typed for a merge: an open case of the same category the user may see. */
    private long byNumber(CurrentUser user, long id, String number) {
        CaseView current = cases.find(user, id);
        return cases.findByNumber(user, number).filter(c -> c.categoryCode().equals(current.categoryCode()) && c.state().isOpen())
                .map(CaseView::id)
                .orElseThrow(() -> new BadInputException("未找到编号为 " + number + " 的同类诉求（须在您的辖区内）"));
    }
}
