package org.jiceng.volunteer.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.YearMonth;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.volunteer.internal.points.PointsAccess;
import org.jiceng.volunteer.internal.points.PointsAccounts;
import org.jiceng.volunteer.internal.store.StoreAccess;
import org.jiceng.volunteer.internal.store.StoreGoods;
import org.jiceng.volunteer.internal.store.StoreMovements;
import org.jiceng.volunteer.internal.store.StoreStatement;
import org.jiceng.PageSteps;
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
 * The 爱心超市 pages: the goods of one's community with a redeem button for a volunteer (on a phone), one's
 * redemptions, and for its organisers new goods, donations in, the latest movements and the monthly statement.
 */
@Controller
class StorePageController {

    private final StoreGoods goods;
    private final StoreMovements movements;
    private final StoreStatement statements;
    private final StoreAccess access;
    private final PointsAccounts points;
    private final PointsAccess pointsAccess;
    private final TerritoryApi territory;
    private final Clock clock;

    StorePageController(StoreGoods goods, StoreMovements movements, StoreStatement statements, StoreAccess access,
                        PointsAccounts points, PointsAccess pointsAccess, TerritoryApi territory, Clock clock) {
        this.territory = territory;
        this.goods = goods;
        this.movements = movements;
        this.statements = statements;
        this.access = access;
        this.points = points;
        this.pointsAccess = pointsAccess;
        this.clock = clock;
    }

    /** A new good as typed. */
    record GoodForm(String communityCode, String name, String price, String stock) {
    }

    @Guard(resource = Resource.STORE, action = Action.READ)
    @GetMapping("/volunteer/store")
    String store(@RequestParam(required = false) String village, CurrentUser user, Model model) {
        String community = community(village, user);
        if (community.length() < 12) {
            return choose(community, "/volunteer/store", model);
        }
        model.addAttribute("form", new GoodForm(community, null, null, "0"));
        return page(community, user, model);
    }

    @Guard(resource = Resource.STORE, action = Action.MANAGE)
    @PostMapping("/volunteer/store/goods")
    String create(@ModelAttribute("form") GoodForm form, BindingResult result, CurrentUser user, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        try {
            var good = goods.create(user, new StoreGoods.GoodForm(form.communityCode(), form.name(),
                    number("price", form.price()), number("stock", form.stock() == null || form.stock().isBlank() ? "0" : form.stock()).intValue(),
                    true, null));
            redirect.addFlashAttribute("notice", "已上架“" + good.name() + "”");
            return "redirect:/volunteer/store?village=" + good.communityCode();
        } catch (BadInputException | ConflictException refused) {
            FormErrors.reject(result, refused);
        }
        response.setStatus(400);
        return page(community(form.communityCode(), user), user, model);
    }

    @Guard(resource = Resource.STORE, action = Action.MANAGE)
    @PostMapping("/volunteer/store/goods/{id}/donations")
    String donate(@PathVariable long id, @RequestParam(required = false) String donor,
                  @RequestParam(required = false) String quantity, CurrentUser user, RedirectAttributes redirect) {
        var good = goods.require(user, Action.MANAGE, id);
        PageSteps.attempt(redirect, () -> {
            movements.donate(user, id, new StoreMovements.Donation(donor, number("quantity", quantity).intValue(), null, null));
            return "已登记捐赠入库";
        });
        return "redirect:/volunteer/store?village=" + good.communityCode();
    }

    @Guard(resource = Resource.STORE, action = Action.ACT)
    @PostMapping("/volunteer/store/goods/{id}/redeem")
    String redeem(@PathVariable long id, @RequestParam(required = false) String quantity, CurrentUser user,
                  RedirectAttributes redirect) {
        var good = goods.require(user, Action.READ, id);
        boolean redeemed = PageSteps.attempt(redirect, () -> {
            var m = movements.redeem(user, id, number("quantity", quantity == null ? "1" : quantity).intValue());
            return "兑换成功：“" + m.goodName() + "” " + (-m.quantity()) + " 件，扣 " + m.points() + " 分，请到社区爱心超市领取";
        });
        return redeemed ? "redirect:/volunteer/store/mine" : "redirect:/volunteer/store?village=" + good.communityCode();
    }

    @Guard(resource = Resource.STORE, action = Action.READ)
    @GetMapping("/volunteer/store/mine")
    String mine(CurrentUser user, Model model) {
        model.addAttribute("redemptions", movements.mine(user, null, 100).items());
        model.addAttribute("mine", points.mine(user).map(v -> points.balance(user, v.id())).orElse(null));
        return "volunteer/store/mine";
    }

    @Guard(resource = Resource.STORE, action = Action.READ)
    @GetMapping("/volunteer/store/statement")
    String statement(@RequestParam(required = false) String village, @RequestParam(required = false) String month,
                     CurrentUser user, Model model) {
        String community = community(village, user);
        if (community.length() < 12) {
            return choose(community, "/volunteer/store/statement", model);
        }
        String m = month == null || month.isBlank() ? YearMonth.from(Beijing.today(clock)).toString() : month;
        model.addAttribute("statement", statements.of(user, community, m, Action.READ));
        model.addAttribute("mayExport", access.allows(user, Action.EXPORT, community));
        return "volunteer/store/statement";
    }

    private String page(String community, CurrentUser user, Model model) {
        model.addAttribute("community", community);
        model.addAttribute("goods", goods.list(user, community));
        boolean keeper = access.allows(user, Action.MANAGE, community);
        model.addAttribute("keeper", keeper);
        model.addAttribute("mayRedeem", access.allows(user, Action.ACT, community));
        model.addAttribute("mine", points.mine(user).map(v -> points.balance(user, v.id())).orElse(null));
        var staff = pointsAccess.staffScope(user);
        model.addAttribute("movements", staff.covers(community)
                ? movements.list(user, community, null, null, 20, staff).items() : java.util.List.of());
        return "volunteer/store/index";
    }

    /** The asked place, else the person's own community, or the node they work at (then they choose below it). */
    private static String community(String village, CurrentUser user) {
        if (village != null && village.matches("[0-9]{6}|[0-9]{9}|[0-9]{12}")) {
            return village;
        }
        String home = user.homeTerritory();
        return home.length() >= 12 ? home.substring(0, 12) : home;
    }

    /** Staff above a community pick one: the towns of a county, then the villages of a town. */
    private String choose(String code, String path, Model model) {
        model.addAttribute("parent", territory.division(code).map(d -> d.name()).orElse(code));
        model.addAttribute("children", territory.children(code, null, 500));
        model.addAttribute("path", path);
        return "volunteer/store/choose";
    }

    private static Long number(String field, String text) {
        try {
            return Long.valueOf(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(field, "请填写整数");
        }
    }
}
