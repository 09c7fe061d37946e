package org.jiceng.people.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.util.List;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.people.HouseholdView;
import org.jiceng.people.internal.HouseholdImports;
import org.jiceng.people.internal.PeopleService;
import org.jiceng.territory.Level;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The household register pages: by grid, one household with its members, moves, search, reveal. */
@Controller
class PeoplePageController {

    private final PeopleService people;
    private final TerritoryApi territory;

    PeoplePageController(PeopleService people, TerritoryApi territory) {
        this.people = people;
        this.territory = territory;
    }

    @Guard(resource = Resource.HOUSEHOLD, action = Action.READ)
    @GetMapping("/people")
    String start(CurrentUser user) {
        return "redirect:/people/households?territory=" + user.homeTerritory();
    }

    @Guard(resource = Resource.HOUSEHOLD, action = Action.READ)
    @GetMapping("/people/households")
    String households(@RequestParam String territory, @RequestParam(required = false, defaultValue = "0") long after,
                      CurrentUser user, Model model) {
        if (Level.ofCode(territory) == null || user.scope().narrowedTo(territory).isEmpty()) {
            throw new org.jiceng.ForbiddenException("区域 " + territory + " 不在您的辖区内");
        }
        List<HouseholdView> page = people.households(territory, user.scope(), after, 51);
        model.addAttribute("territory", territory);
        model.addAttribute("place", placeName(territory, user));
        model.addAttribute("households", page.stream().limit(50).toList());
        model.addAttribute("next", page.size() > 50 ? page.get(49).id() : null);
        model.addAttribute("canImport", HouseholdImports.mayImport(user));
        return "people/households";
    }

    @Guard(resource = Resource.HOUSEHOLD, action = Action.READ)
    @GetMapping("/people/households/{id}")
    String household(@PathVariable long id, CurrentUser user, Model model) {
        HouseholdView household = people.household(id, user.scope())
                .orElseThrow(() -> new NotFoundException("户 " + id + " 不存在或不在您的辖区内"));
        model.addAttribute("household", household);
        model.addAttribute("members", people.members(id));
        model.addAttribute("neighbours", people.households(household.territoryCode(), user.scope(), 0, 500).stream()
                .filter(h -> h.id() != id).toList());
        model.addAttribute("place", placeName(household.territoryCode(), user));
        model.addAttribute("tagNames", people.tagNames());
        model.addAttribute("history", people.history(id));
        model.addAttribute("relations", List.of("户主", "配偶", "子女", "父母", "孙子女", "兄弟姐妹", "其他"));
        return "people/household";
    }

    @Guard(resource = Resource.HOUSEHOLD, action = Action.UPDATE)
    @PostMapping("/people/residents/{id}/move")
    String move(@PathVariable long id, @RequestParam long fromHousehold, @RequestParam String target,
                @RequestParam(required = false) String relation, @RequestParam String reason,
                @RequestParam Integer version, CurrentUser user, RedirectAttributes redirect) {
        Long to = target.equals("out") ? null : parseId(target);
        people.move(user, id, to, relation, reason, version);
        redirect.addFlashAttribute("notice", to == null ? "已登记迁出" : "已迁入户 " + to);
        return "redirect:/people/households/" + fromHousehold;
    }

    @Guard(resource = Resource.HOUSEHOLD, action = Action.UPDATE)
    @PostMapping("/people/households/{id}/move")
    String moveHousehold(@PathVariable long id, @RequestParam String address, @RequestParam String reason,
                         @RequestParam Integer version, CurrentUser user, RedirectAttributes redirect) {
        people.moveHousehold(user, id, null, address, reason, version);
        redirect.addFlashAttribute("notice", "住址已更新");
        return "redirect:/people/households/" + id;
    }

    @Guard(resource = Resource.PERSONAL_NUMBER, action = Action.REVEAL)
    @PostMapping("/people/residents/{id}/reveal")
    String reveal(@PathVariable long id, @RequestParam long household, @RequestParam String reason,
                  CurrentUser user, Model model) {
        var revealed = people.reveal(user, id, reason);
        model.addAttribute("revealedId", id);
        model.addAttribute("revealed", revealed);
        return household(household, user, model);
    }

    @Guard(resource = Resource.RESIDENT_RECORD, action = Action.READ)
    @GetMapping("/people/search")
    String search(@RequestParam(required = false) String q, CurrentUser user, Model model) {
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("residents", people.search(q, user.scope(), 50));
            model.addAttribute("households", people.householdsByAddress(q, user.scope()));
        }
        return "people/search";
    }

    private String placeName(String code, CurrentUser user) {
        if (code.length() == 15) {
            return territory.grid(code, user.scope()).map(g -> g.name()).orElse(code);
        }
        return territory.division(code).map(d -> d.name()).orElse(code);
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadInputException("请选择迁入的户");
        }
    }
}
