package org.jiceng.people.web;

import org.jiceng.Cursor;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.NotFoundException;
import org.jiceng.people.HouseholdView;
import java.util.stream.Collectors;
import org.jiceng.Scope;
import org.jiceng.people.internal.PeopleAccess;
import org.jiceng.people.internal.RegisterSearch;
import org.jiceng.people.internal.ShownResident;
import org.jiceng.people.internal.PeopleService;
import org.jiceng.territory.Level;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The household register pages: by grid, one household with its members, moves, search, reveal. Each page
 * offers only what {@code PeopleAccess} lets the person do: no move form without HOUSEHOLD UPDATE, no
 * reveal form without PERSONAL_NUMBER REVEAL for that member, no import link without REGISTER_FILE IMPORT.
 */
@Controller
class PeoplePageController {

    private final PeopleService people;
    private final RegisterSearch search;
    private final PeopleAccess access;
    private final TerritoryApi territory;

    PeoplePageController(PeopleService people, RegisterSearch search, PeopleAccess access, TerritoryApi territory) {
        this.people = people;
        this.search = search;
        this.access = access;
        this.territory = territory;
    }

    /** Staff start at their territory's list; a resident at their own household, or a note that none is linked. */
    @Guard(resource = Resource.HOUSEHOLD, action = Action.READ)
    @GetMapping("/people")
    String start(CurrentUser user, Model model) {
        if (!access.readScope(user).isEmpty()) {
            String home = access.readScope(user).prefixes().getFirst();
            return "redirect:/people/households?territory=" + home;
        }
        var own = people.ownHousehold(user);
        if (own.isPresent()) {
            return "redirect:/people/households/" + own.get().id();
        }
        return "people/not-linked";
    }

    @Guard(resource = Resource.HOUSEHOLD, action = Action.READ)
    @GetMapping("/people/households")
    String households(@RequestParam String territory, @RequestParam(required = false) String after,
                      CurrentUser user, Model model) {
        if (Level.ofCode(territory) == null) {
            throw new org.jiceng.ForbiddenException("区域 " + territory + " 不在您的辖区内");
        }
        List<HouseholdView> page = people.listHouseholds(user, territory, Cursor.idAbove(after), 50);
        model.addAttribute("territory", territory);
        model.addAttribute("place", placeName(territory, user));
        model.addAttribute("households", page.stream().limit(50).toList());
        model.addAttribute("next", page.size() > 50 ? Cursor.of(page.get(49).id()) : null);
        model.addAttribute("canImport", PeopleAccess.mayImport(user));
        model.addAttribute("mayNumbers", !access.numberSearchScope(user).isEmpty());
        return "people/households";
    }

    @Guard(resource = Resource.HOUSEHOLD, action = Action.READ)
    @GetMapping("/people/households/{id}")
    String household(@PathVariable long id, CurrentUser user, Model model) {
        HouseholdView household = people.readableHousehold(user, id)
                .orElseThrow(() -> new NotFoundException("户 " + id + " 不存在或不在您的辖区内"));
        boolean mayEdit = access.mayUpdate(user, household.territoryCode());
        List<ShownResident> members = people.members(id);
        model.addAttribute("household", household);
        if (!model.containsAttribute("memberMoveForm")) {
            model.addAttribute("memberMoveForm", new MemberMoveForm(null, "其他", null, null));
        }
        if (!model.containsAttribute("moveForm")) {
            model.addAttribute("moveForm", new HouseholdMoveForm(household.address(), null, household.version()));
        }
        model.addAttribute("members", members);
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("mayList", !access.readScope(user).narrowedTo(household.territoryCode()).isEmpty());
        model.addAttribute("mayReveal", members.stream().filter(m -> access.mayReveal(user, m.id(), m.territoryCode()))
                .map(ShownResident::id).collect(Collectors.toSet()));
        model.addAttribute("neighbours", mayEdit ? people.moveTargets(user, household.territoryCode(), 500).stream()
                .filter(h -> h.id() != id).toList() : List.of());
        model.addAttribute("place", placeName(household.territoryCode(), user));
        model.addAttribute("tagNames", people.tagNames());
        model.addAttribute("history", people.history(user, id));
        model.addAttribute("relations", List.of("户主", "配偶", "子女", "父母", "孙子女", "兄弟姐妹", "其他"));
        return "people/household";
    }

    @Guard(resource = Resource.HOUSEHOLD, action = Action.UPDATE)
    @PostMapping("/people/residents/{id}/move")
    String move(@PathVariable long id, @RequestParam long fromHousehold, @RequestParam String target,
                @ModelAttribute("memberMoveForm") MemberMoveForm form, BindingResult result, CurrentUser user,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Long to = target.equals("out") ? null : parseId(target);
        try {
            people.move(user, id, to, form.relation(), form.reason(), form.version());
        } catch (BadInputException refused) {
            response.setStatus(400);
            FormErrors.reject(result, refused);
            model.addAttribute("refusedMember", id);
            return household(fromHousehold, user, model);
        }
        redirect.addFlashAttribute("notice", to == null ? "已登记迁出" : "已迁入户 " + to);
        return "redirect:/people/households/" + fromHousehold;
    }

    @Guard(resource = Resource.HOUSEHOLD, action = Action.UPDATE)
    @PostMapping("/people/households/{id}/move")
    String moveHousehold(@PathVariable long id, @ModelAttribute("moveForm") HouseholdMoveForm form, BindingResult result,
                         CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            people.moveHousehold(user, id, null, form.address(), form.reason(), form.version());
        } catch (BadInputException refused) {
            response.setStatus(400);
            FormErrors.reject(result, refused);
            model.addAttribute("moveRefused", true);
            return household(id, user, model);
        }
        redirect.addFlashAttribute("notice", "住址已更新");
        return "redirect:/people/households/" + id;
    }

    /** A member's move to another household (or out) and why; kept as typed when the register refuses it. */
    record MemberMoveForm(String target, String relation, String reason, Integer version) {
    }

    /** A household's new address and why; kept as typed when the register refuses it. */
    record HouseholdMoveForm(String address, String reason, Integer version) {
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

    /**
     * The search form posts, so that a full ID or phone number typed into it stays out of the address bar,
     * the browser's history and any proxy's log; a GET with {@code q} still works for links.
     */
    @Guard(resource = Resource.RESIDENT_RECORD, action = Action.READ)
    @RequestMapping(path = "/people/search", method = {RequestMethod.GET, RequestMethod.POST})
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String reason,
                  CurrentUser user, Model model) {
        boolean mayNumbers = !access.numberSearchScope(user).isEmpty();
        model.addAttribute("q", q);
        model.addAttribute("reason", reason);
        model.addAttribute("mayNumbers", mayNumbers);
        if (q != null && !q.isBlank()) {
            var found = search.search(user, q, reason, true);
            model.addAttribute("residents", found.residents());
            model.addAttribute("households", found.households());
        }
        return "people/search";
    }

    private String placeName(String code, CurrentUser user) {
        if (code.length() == 15) {
            return territory.grid(code, Scope.of(code)).map(g -> g.name()).orElse(code);
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
