package org.jiceng.party.web;

import org.jiceng.Beijing;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Scope;
import org.jiceng.party.AnniversaryView;
import org.jiceng.party.OrganisationView;
import org.jiceng.party.internal.JoinAnniversary;
import org.jiceng.party.internal.PartyAccess;
import org.jiceng.party.internal.PartyService;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.GridView;
import org.jiceng.territory.Level;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The party pages: the organisation tree of the user's scope (branches open in place with htmx, or as
 * pages without JavaScript), an organisation with its members, and this week's 入党生日.
 */
@Controller
class PartyPageController {

    static final int MEMBERS_PER_PAGE = 100;
    static final int ANNIVERSARIES_PER_PAGE = 200;

    private final PartyService party;
    private final TerritoryApi territory;
    private final Clock clock;

    PartyPageController(PartyService party, TerritoryApi territory, Clock clock) {
        this.clock = clock;
        this.party = party;
        this.territory = territory;
    }

    @Guard(resource = Resource.PARTY_ORG, action = Action.READ)
    @GetMapping("/party")
    String tree(CurrentUser user, Model model) {
        Scope scope = PartyAccess.organisations(user);
        List<OrganisationView> roots = party.roots(scope);
        model.addAttribute("roots", roots);
        model.addAttribute("counts", party.childCounts(roots, scope));
        model.addAttribute("mayReadMembers", PartyAccess.mayReadMembers(user));
        if (roots.size() == 1) { // the usual case: one committee or branch at the top, shown opened
            List<OrganisationView> children = party.children(roots.getFirst().id(), scope);
            model.addAttribute("children", children);
            model.addAttribute("childCounts", party.childCounts(children, scope));
        }
        return "party/tree";
    }

    /** The children of one organisation, as the fragment an opened branch of the tree loads. */
    @Guard(resource = Resource.PARTY_ORG, action = Action.READ)
    @GetMapping("/party/tree/{id}")
    String branch(@PathVariable long id, CurrentUser user, Model model) {
        existing(id, PartyAccess.organisations(user));
        List<OrganisationView> children = party.children(id, PartyAccess.organisations(user));
        model.addAttribute("nodes", children);
        model.addAttribute("counts", party.childCounts(children, PartyAccess.organisations(user)));
        return "party/children :: children";
    }

    @Guard(resource = Resource.PARTY_ORG, action = Action.READ)
    @GetMapping("/party/organisations/{id}")
    String organisation(@PathVariable long id, @RequestParam(required = false) String after, CurrentUser user,
                        Model model) {
        OrganisationView organisation = existing(id, PartyAccess.organisations(user));
        List<OrganisationView> children = party.children(id, PartyAccess.organisations(user));
        model.addAttribute("organisation", organisation);
        model.addAttribute("place", placeName(organisation.territoryCode(), PartyAccess.organisations(user)));
        model.addAttribute("ancestors", party.ancestors(id, PartyAccess.organisations(user)));
        model.addAttribute("nodes", children);
        model.addAttribute("counts", party.childCounts(children, PartyAccess.organisations(user)));
        boolean mayReadMembers = PartyAccess.mayReadMembers(user);
        model.addAttribute("mayReadMembers", mayReadMembers);
        if (mayReadMembers) {
            Scope members = PartyAccess.members(user);
            model.addAttribute("memberCount", party.memberCount(id, members));
            model.addAttribute("members", party.membersOf(id, members, after, MEMBERS_PER_PAGE));
        }
        return "party/organisation";
    }

    @Guard(resource = Resource.PARTY_MEMBER, action = Action.READ)
    @GetMapping("/party/anniversaries")
    String anniversaries(@RequestParam(required = false) String territory, @RequestParam(required = false) String after,
                         CurrentUser user, Model model) {
        Scope scope = PartyJson.narrowed(PartyAccess.members(user), territory);
        var today = Beijing.today(clock);
        var monday = JoinAnniversary.mondayOf(today);
        model.addAttribute("monday", monday);
        model.addAttribute("sunday", monday.plusDays(6));
        model.addAttribute("today", today);
        var page = party.anniversaries(scope, today, after, ANNIVERSARIES_PER_PAGE);
        model.addAttribute("page", page);
        model.addAttribute("days", Day.of(page.items(), today));
        model.addAttribute("territory", territory);
        return "party/anniversaries";
    }

    /** The 入党生日 of one day of the week, under a heading such as "11月25日 周三（今天）". */
    record Day(String heading, boolean today, List<AnniversaryView> anniversaries) {

        private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

        static List<Day> of(List<AnniversaryView> anniversaries, LocalDate today) {
            Map<LocalDate, List<AnniversaryView>> byDate = new TreeMap<>();
            anniversaries.forEach(a -> byDate.computeIfAbsent(a.date(), d -> new ArrayList<>()).add(a));
            List<Day> days = new ArrayList<>();
            byDate.forEach((date, list) -> days.add(new Day(date.getMonthValue() + "月" + date.getDayOfMonth() + "日 "
                    + WEEKDAYS[date.getDayOfWeek().ordinal()] + (date.equals(today) ? "（今天）" : ""),
                    date.equals(today), list)));
            return days;
        }
    }

    /** "堂琅社区第1网格" for a grid, the division's name otherwise; the code if neither is known. */
    private String placeName(String code, Scope scope) {
        if (code.length() == Level.GRID.codeLength()) {
            return territory.grid(code, scope).map(GridView::name).orElse(code);
        }
        return territory.division(code).map(DivisionView::name).orElse(code);
    }

    private OrganisationView existing(long id, Scope scope) {
        return party.organisation(id, scope)
                .orElseThrow(() -> new NotFoundException("党组织 " + id + " 不存在或不在您的辖区内"));
    }
}
