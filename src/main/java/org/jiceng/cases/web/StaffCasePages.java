package org.jiceng.cases.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.internal.CaseFilter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The working lists: 待办 of village and town staff (by state, with counts), the grid worker's grid, the
 * department's whistled cases, and 督办 (overdue cases in scope).
 */
@Controller
class StaffCasePages {

    private static final Map<CaseState, String> INBOX = tabs(CaseState.RECEIVED, "待受理", CaseState.ACCEPTED, "待办理/吹哨",
            CaseState.IN_PROGRESS, "办理中", CaseState.RESOLVED, "待核查", CaseState.VERIFIED, "待回复");
    private static final Map<CaseState, String> UNIT = tabs(CaseState.DISPATCHED, "待报到", CaseState.IN_PROGRESS, "办理中",
            CaseState.RESOLVED, "已办结");
    private static final Map<CaseState, String> GRID = tabs(CaseState.RECEIVED, "待受理", CaseState.ACCEPTED, "已受理",
            CaseState.IN_PROGRESS, "办理中", CaseState.RESOLVED, "已办结", CaseState.CLOSED, "已结案");

    private final CaseListing listing;
    private final CasePageModel pages;

    StaffCasePages(CaseListing listing, CasePageModel pages) {
        this.listing = listing;
        this.pages = pages;
    }

    @Guard(resource = Resource.CASE, action = Action.READ)
    @GetMapping("/cases/inbox")
    String inbox(@RequestParam(required = false) String state, @RequestParam(required = false) String after,
                 CurrentUser user, Model model) {
        CasePageModel.require(CasePageModel.isStaff(user), "待办只对村(社区)、乡镇(街道)和县级工作人员开放");
        CaseState current = stateOf(state, CaseState.RECEIVED, INBOX);
        model.addAttribute("title", "诉求待办");
        model.addAttribute("hint", "本辖区内各环节待处理的诉求，按收到时间从新到旧。");
        model.addAttribute("deskLink", true);
        return list(user, "/cases/inbox", INBOX, current, null, after, model);
    }

    @Guard(resource = Resource.CASE, action = Action.READ)
    @GetMapping("/cases/grid")
    String grid(@RequestParam(required = false) String state, @RequestParam(required = false) String after,
                CurrentUser user, Model model) {
        CasePageModel.require(user.has(Role.GRID_WORKER), "只有网格员有“我的网格”");
        String grid = user.grants().stream().filter(g -> g.role() == Role.GRID_WORKER).findFirst().orElseThrow().territoryCode();
        CaseState current = state == null || state.isBlank() ? null : stateOf(state, null, GRID);
        model.addAttribute("title", "我的网格 · " + pages.placeName(grid, user));
        model.addAttribute("hint", "本网格内群众反映和巡查上报的诉求。");
        model.addAttribute("allTab", true);
        return list(user, "/cases/grid", GRID, current, grid, after, model);
    }

    @Guard(resource = Resource.CASE, action = Action.READ)
    @GetMapping("/cases/unit")
    String unit(@RequestParam(required = false) String state, @RequestParam(required = false) String after,
                CurrentUser user, Model model) {
        CasePageModel.require(user.has(Role.DEPT_STAFF) && user.unitId().isPresent(), "只有县直部门工作人员有部门待办");
        CaseState current = stateOf(state, CaseState.DISPATCHED, UNIT);
        model.addAttribute("title", "部门待办 · " + pages.unitName(user.unitId().get()));
        model.addAttribute("hint", "吹哨派遣到本部门的诉求：请在报到时限内报到；不属本部门职责的，须在 1 个工作日内退回。");
        return list(user, "/cases/unit", UNIT, current, null, after, model);
    }

    @Guard(resource = Resource.CASE, action = Action.READ)
    @GetMapping("/cases/overdue")
    String overdue(@RequestParam(required = false) String after, CurrentUser user, Model model) {
        CasePageModel.require(CasePageModel.isStaff(user) || user.has(Role.AUDITOR), "督办清单只对工作人员开放");
        var slice = listing.page(user, new CaseFilter(null, null, null, null, true, false), after);
        model.addAttribute("title", "督办 · 逾期未办结");
        model.addAttribute("hint", "本辖区已超过办结时限仍未办结的诉求，请督促承办单位。");
        model.addAttribute("tabs", List.of());
        model.addAttribute("cases", slice.items());
        model.addAttribute("now", slice.now());
        model.addAttribute("next", slice.next() == null ? null : "/cases/overdue?after=" + slice.next());
        return "cases/list";
    }

    private String list(CurrentUser user, String path, Map<CaseState, String> labels, CaseState current, String territory,
                        String after, Model model) {
        List<CaseListing.Tab> tabs = new ArrayList<>();
        if (Boolean.TRUE.equals(model.getAttribute("allTab"))) {
            tabs.add(new CaseListing.Tab("", "全部", listing.count(user, filter(null, territory)), path, current == null));
        }
        labels.forEach((state, label) -> tabs.add(new CaseListing.Tab(state.name(), label,
                listing.count(user, filter(state, territory)), path + "?state=" + state.name(), state == current)));
        var slice = listing.page(user, filter(current, territory), after);
        model.addAttribute("tabs", tabs);
        model.addAttribute("cases", slice.items());
        model.addAttribute("now", slice.now());
        model.addAttribute("next", slice.next() == null ? null : UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("state", java.util.Optional.ofNullable(current).map(Enum::name))
                .queryParam("after", slice.next()).build().toUriString());
        return "cases/list";
    }

    private static CaseFilter filter(CaseState state, String territory) {
        return new CaseFilter(state, null, territory, null, false, false);
    }

    private static CaseState stateOf(String asked, CaseState fallback, Map<CaseState, String> allowed) {
        if (asked == null || asked.isBlank()) {
            return fallback;
        }
        return allowed.keySet().stream().filter(s -> s.name().equals(asked)).findFirst()
                .orElseThrow(() -> new BadInputException("没有“" + asked + "”这一栏"));
    }

    private static Map<CaseState, String> tabs(Object... pairs) {
        Map<CaseState, String> tabs = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            tabs.put((CaseState) pairs[i], (String) pairs[i + 1]);
        }
        return tabs;
    }
}
