package org.jiceng.cases.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.FormErrors;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.NearbyCase;
import org.jiceng.cases.internal.DuplicateFinder;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 我要反映 (a resident) and 巡查上报 (a grid worker) on a phone: category, description, photo, place; open cases of
 * the same kind nearby are offered to follow instead of filing the problem again.
 */
@Controller
class FilingPages {

    private final CaseWrites filing;
    private final DuplicateFinder duplicates;
    private final TerritoryApi territory;
    private final CasePageModel pages;
    private final String tiles;

    FilingPages(CaseWrites filing, DuplicateFinder duplicates, TerritoryApi territory, CasePageModel pages,
                @Value("${jiceng.map.tiles:}") String tiles) {
        this.filing = filing;
        this.duplicates = duplicates;
        this.territory = territory;
        this.pages = pages;
        this.tiles = tiles;
    }

    @Guard(resource = Resource.CASE, action = Action.CREATE)
    @GetMapping("/cases/new")
    String form(CurrentUser user, Model model) {
        return show(user, CaseForm.empty(), model);
    }

    @Guard(resource = Resource.CASE, action = Action.CREATE)
    @PostMapping("/cases/new")
    String file(@Valid @ModelAttribute("form") CaseForm form, BindingResult result,
                @RequestParam(required = false) MultipartFile photo,
                @RequestParam(required = false) MultipartFile resultPhoto, CurrentUser user, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        String photoLost = CaseWrites.isEmpty(photo) && CaseWrites.isEmpty(resultPhoto) ? "" : "照片未保存，请重新选择";
        if (result.hasErrors()) {
            response.setStatus(400);
            if (!photoLost.isEmpty()) {
                result.reject("photo", photoLost);
            }
            return show(user, form, model);
        }
        try {
            if (form.hasPoint() && !form.skipDuplicates()) {
                List<NearbyCase> nearby = nearbyOrNone(user, form.categoryCode(), form.lat(), form.lon(),
                        form.description());
                if (!nearby.isEmpty()) {
                    CaseForm carried = CaseWrites.isEmpty(photo) ? form : form.withPhoto(filing.upload(user, photo));
                    model.addAttribute("duplicates", nearby);
                    model.addAttribute("mayFollow", AccessPolicy.mayAtAll(user, Resource.CASE, Action.FOLLOW));
                    model.addAttribute("duplicatesStop", true);
                    return show(user, carried, model);
                }
            }
            CaseView filed = filing.file(user, form, photo, resultPhoto);
            redirect.addFlashAttribute("notice", filed.state() == CaseState.RESOLVED
                    ? "已上报并就地办结，编号 " + filed.number() + "。已记为：受理 → 本级办理 → 办结，等待社区核查后回复。"
                    : "已提交，编号 " + filed.number() + "。我们会在办理时限内答复您。");
            return "redirect:/cases/" + filed.id();
        } catch (BadInputException | ConflictException e) {
            response.setStatus(e instanceof BadInputException ? 400 : 409);
            FormErrors.reject(result, e);
            if (!photoLost.isEmpty()) {
                result.reject("photo", photoLost);
            }
            return show(user, form, model);
        }
    }

    /** The place and the open duplicates for the chosen category and point: swapped in by htmx while filling in. */
    @Guard(resource = Resource.CASE, action = Action.CREATE)
    @GetMapping("/cases/new/nearby")
    String nearby(@RequestParam(required = false) String categoryCode, @RequestParam(required = false) Double lat,
                  @RequestParam(required = false) Double lon, @RequestParam(required = false) String description,
                  CurrentUser user, Model model) {
        if (lat != null && lon != null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
            var grid = territory.locate(lat, lon);
            model.addAttribute("located", grid.map(GridView::name).orElse(null));
            model.addAttribute("locatedNowhere", grid.isEmpty());
            model.addAttribute("duplicates", nearbyOrNone(user, categoryCode, lat, lon, description));
            // staff see the duplicates to avoid a second report, but following is for residents
            model.addAttribute("mayFollow", AccessPolicy.mayAtAll(user, Resource.CASE, Action.FOLLOW));
        }
        return "cases/new :: nearby";
    }

    private List<NearbyCase> nearbyOrNone(CurrentUser user, String categoryCode, Double lat, Double lon, String text) {
        if (categoryCode == null || categoryCode.isBlank() || lat == null || lon == null) {
            return List.of();
        }
        try {
            return duplicates.nearby(user, Action.READ, categoryCode, lat, lon, text);
        } catch (BadInputException e) {
            return List.of(); // the filing itself says what is wrong
        }
    }

    private String show(CurrentUser user, CaseForm form, Model model) {
        boolean gridWorker = user.has(Role.GRID_WORKER);
        String home = user.homeTerritory();
        model.addAttribute("form", form);
        Map<String, Map<String, String>> categories = new LinkedHashMap<>();
        pages.categoryGroups().forEach(g -> categories.put(g.name(), g.leaves().stream().collect(
                Collectors.toMap(k -> k.code(), k -> k.name(), (a, b) -> a, LinkedHashMap::new))));
        model.addAttribute("categoryChoices", categories);
        model.addAttribute("patrol", gridWorker);
        // only a resident's own report may be public (staff channels are private until staff publish them)
        model.addAttribute("mayPublish", user.hasAny(Role.RESIDENT, Role.HOUSEHOLD_CHIEF));
        model.addAttribute("title", gridWorker ? "巡查上报" : "我要反映");
        model.addAttribute("mapVillage", home.length() >= 12 ? home.substring(0, 12) : null);
        model.addAttribute("tiles", tiles);
        model.addAttribute("homeName", home.length() >= 12 ? pages.placeName(home.substring(0, 12), user) : null);
        return "cases/new";
    }
}
