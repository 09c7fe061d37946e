package org.jiceng.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.CaseLevel;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.internal.CaseAccess;
import org.jiceng.cases.internal.CaseFilter;
import org.jiceng.cases.internal.ReporterPhones;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 诉求台账: the staff desk that finds any case of the territory by number, place, category, state, unit, channel,
 * deadline and date, open or closed, newest first, with a map of what it found. The reporter's phone is asked in a
 * form of its own sent by POST, so the number never stands in an address, a browser's history or a server's log.
 */
@Controller
class CaseDeskPages {

    /** The map shows at most this many of the cases found, newest first. */
    static final int MAP_CAP = 500;

    private final CaseListing listing;
    private final CasePageModel pages;
    private final String tiles;
    private final DeskActionsModel actions;

    CaseDeskPages(CaseListing listing, CasePageModel pages, @Value("${jiceng.map.tiles:}") String tiles,
                  DeskActionsModel actions) {
        this.actions = actions;
        this.listing = listing;
        this.pages = pages;
        this.tiles = tiles;
    }

    @Guard(resource = Resource.CASE, action = Action.READ)
    @GetMapping("/cases/desk")
    String desk(@ModelAttribute("query") CaseListQuery query, BindingResult form, CurrentUser user, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        requireDesk(user);
        if (query.phone() != null && !query.phone().isBlank()) {
            // a phone arrives by the POST form; one put in the address is refused rather than searched
            throw new BadInputException("phone", "请在“按反映人电话查找”中输入电话，电话号码不能出现在网址中");
        }
        actions.addTo(user, request.getQueryString(), model);
        return show(query, form, user, model, response);
    }

    @Guard(resource = Resource.CASE, action = Action.READ)
    @PostMapping("/cases/desk")
    String byPhone(@RequestParam(required = false) String phone, @RequestParam(required = false) String after,
                   CurrentUser user, Model model, HttpServletRequest request, HttpServletResponse response) {
        requireDesk(user);
        CaseListQuery query = CaseListQuery.byPhone(phone, after, null);
        if (!ReporterPhones.maySearch(user)) {
            throw new org.jiceng.ForbiddenException("您无权按反映人电话查找诉求");
        }
        if (phone == null || phone.isBlank()) {
            throw new BadInputException("phone", "请输入反映人电话");
        }
        model.addAttribute("query", query);
        model.addAttribute("byPhone", true);
        var binding = new org.springframework.validation.BeanPropertyBindingResult(query, "query");
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "query", binding);
        actions.addTo(user, request.getQueryString(), model);
        return show(query, binding, user, model, response);
    }

    private String show(CaseListQuery query, BindingResult form, CurrentUser user, Model model,
                        HttpServletResponse response) {
        model.addAttribute("title", "诉求台账");
        if (model.getAttribute("byPhone") == null) {
            model.addAttribute("byPhone", false);
        }
        model.addAttribute("categoryOptions", categoryOptions());
        model.addAttribute("mayPhone", ReporterPhones.maySearch(user));
        model.addAttribute("states", FormErrors.choices(CaseState.values(), CaseState::label));
        model.addAttribute("channels", FormErrors.choices(CaseChannel.values(), CaseChannel::label));
        model.addAttribute("levels", FormErrors.choices(CaseLevel.values(), CaseLevel::label));
        model.addAttribute("units", units(user));
        model.addAttribute("tiles", tiles);
        model.addAttribute("narrowed", query.narrowed());
        try {
            CaseFilter filter = query.filter();
            var slice = listing.page(user, filter, query.after());
            model.addAttribute("cases", slice.items());
            model.addAttribute("now", slice.now());
            model.addAttribute("places", places(slice.items(), user));
            model.addAttribute("unitNames", slice.items().stream().map(c -> c.leadUnitId()).filter(java.util.Objects::nonNull)
                    .distinct().collect(java.util.stream.Collectors.toMap(id -> id, pages::unitName)));
            model.addAttribute("next", slice.next());
            boolean byPhone = Boolean.TRUE.equals(model.getAttribute("byPhone"));
            model.addAttribute("nextHref", slice.next() == null || byPhone ? null
                    : filters(UriComponentsBuilder.fromPath("/cases/desk"), query).queryParam("after", slice.next())
                            .build().encode().toUriString());
            model.addAttribute("mapSource", byPhone ? null : filters(UriComponentsBuilder.fromPath("/api/v1/cases"), query)
                    .queryParam("limit", MAP_CAP).build().encode().toUriString());
        } catch (BadInputException e) {
            response.setStatus(400);
            FormErrors.reject(form, e);
            model.addAttribute("cases", List.of());
        }
        return "cases/desk";
    }

    /** The desk is for those who read cases of a territory or of their unit; a resident has their own list. */
    private static void requireDesk(CurrentUser user) {
        CasePageModel.require(!CaseAccess.readScope(user).isEmpty() || user.has(org.jiceng.Role.DEPT_STAFF),
                "诉求台账只对工作人员开放");
    }

    private Map<String, String> units(CurrentUser user) {
        Map<String, String> units = new LinkedHashMap<>();
        pages.units(user).forEach(u -> units.put(String.valueOf(u.id()), u.name()));
        return units;
    }

    /**
     * The names of the places of a page: the village by name and the grid by its number, one lookup a village (a
     * page of a town's 50 cases lies in up to 50 grids, and reading each grid cost more than the rest of the page).
     */
    private Map<String, String> places(List<org.jiceng.cases.CaseView> cases, CurrentUser user) {
        Map<String, String> villages = new java.util.HashMap<>();
        Map<String, String> names = new java.util.HashMap<>();
        for (org.jiceng.cases.CaseView c : cases) {
            String code = c.territoryCode();
            String village = villages.computeIfAbsent(code.substring(0, 12), v -> pages.placeName(v, user));
            names.put(code, code.length() == 12 ? village : village + " · 第" + Integer.parseInt(code.substring(12)) + "网格");
        }
        return names;
    }

    /** A top category as a group of the select: the whole category first, then its leaves. */
    private Map<String, Map<String, String>> categoryOptions() {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        for (CasePageModel.CategoryGroup g : pages.categoryGroups()) {
            Map<String, String> options = new LinkedHashMap<>();
            options.put(g.code(), g.name() + "（全部）");
            g.leaves().forEach(leaf -> options.put(leaf.code(), leaf.name()));
            groups.put(g.name(), options);
        }
        return groups;
    }

    /** The address of the same filters (never a phone: that search pages by POST), for the next page and the map. */
    private static UriComponentsBuilder filters(UriComponentsBuilder uri, CaseListQuery q) {
        String[][] params = {{"number", q.number()}, {"category", q.category()}, {"state", q.state()},
                {"territory", q.territory()}, {"level", q.level()}, {"unit", q.unit()}, {"channel", q.channel()},
                {"from", q.from()}, {"to", q.to()}, {"overdue", q.overdue()}, {"dueToday", q.dueToday()},
                {"open", q.open()}, {"closed", q.closed()}, {"newToday", q.newToday()}, {"mine", q.mine()}};
        Arrays.stream(params).filter(p -> p[1] != null && !p[1].isBlank()).forEach(p -> uri.queryParam(p[0], p[1].strip()));
        return uri;
    }
}
