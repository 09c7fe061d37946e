package org.jiceng.party.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.NotFoundException;
import org.jiceng.party.PostKind;
import org.jiceng.party.PostView;
import org.jiceng.party.internal.PartyAccess;
import org.jiceng.party.internal.PartyService;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.GridView;
import org.jiceng.territory.Level;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The 三长, 双楼长 and grid workers of one village, grid by grid; without a village, a choice of villages. */
@Controller
class PostPageController {

    private final PartyService party;
    private final TerritoryApi territory;

    PostPageController(PartyService party, TerritoryApi territory) {
        this.party = party;
        this.territory = territory;
    }

    /** One grid's posts on the page, 网格员 first. */
    record GridPosts(String code, String name, List<PostView> posts) {
    }

    record VillageChoice(String code, String name, long posts) {
    }

    @Guard(resource = Resource.PARTY_POST, action = Action.READ)
    @GetMapping("/party/posts")
    String posts(@RequestParam(required = false) String village, CurrentUser user, Model model) {
        String home = user.homeTerritory();
        if ((village == null || village.isEmpty()) && home.length() >= 12) {
            village = home.substring(0, 12);
        }
        if (village == null || village.isEmpty()) {
            List<VillageChoice> choices = new ArrayList<>();
            party.postCountsByVillage(PartyAccess.posts(user)).forEach((code, count) -> choices.add(new VillageChoice(code,
                    territory.division(code).map(DivisionView::name).orElse(code), count)));
            model.addAttribute("choices", choices);
            return "party/villages";
        }
        if (Level.ofCode(village) != Level.VILLAGE) {
            throw new BadInputException("village 须为 12 位村(社区)代码");
        }
        DivisionView division = territory.division(village)
                .orElseThrow(() -> new NotFoundException("村(社区) 不存在"));
        if (PartyAccess.posts(user).narrowedTo(village).isEmpty()) {
            throw new ForbiddenException(division.name() + "不在您的辖区内");
        }
        List<PostView> posts = party.posts(village, PartyAccess.posts(user));
        model.addAttribute("village", division);
        model.addAttribute("villagePosts", posts.stream().filter(p -> p.territoryCode().length() == 12).toList());
        model.addAttribute("grids", byGrid(village, posts, user));
        return "party/posts";
    }

    private List<GridPosts> byGrid(String village, List<PostView> posts, CurrentUser user) {
        Map<String, List<PostView>> byCode = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (GridView grid : territory.grids(village, PartyAccess.posts(user))) {
            byCode.put(grid.code(), new ArrayList<>());
            names.put(grid.code(), grid.name());
        }
        posts.stream().filter(p -> p.territoryCode().length() == 15)
                .forEach(p -> byCode.computeIfAbsent(p.territoryCode(), c -> new ArrayList<>()).add(p));
        List<GridPosts> grids = new ArrayList<>();
        byCode.forEach((code, list) -> {
            list.sort(Comparator.comparing((PostView p) -> p.kind() != PostKind.GRID_WORKER)
                    .thenComparing(PostView::kind).thenComparing(PostView::id));
            grids.add(new GridPosts(code, names.getOrDefault(code, code), list));
        });
        return grids;
    }
}
