package org.jiceng.mediation.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.FormErrors;
import org.jiceng.CurrentUser;
import org.jiceng.Page;
import org.jiceng.mediation.DisputeDetail;
import org.jiceng.mediation.DisputeState;
import org.jiceng.mediation.DisputeType;
import org.jiceng.mediation.DisputeView;
import org.jiceng.mediation.MediationLevel;
import org.jiceng.mediation.MediatorKind;
import org.jiceng.mediation.Referral;
import org.jiceng.mediation.RiskLevel;
import org.jiceng.mediation.SessionMode;
import org.jiceng.mediation.internal.AgreementDocuments;
import org.jiceng.mediation.internal.DisputeService;
import org.jiceng.mediation.internal.MediationAccess;
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

/**
 * The dispute desk (list, new dispute, one dispute with its parties, team, sessions and outcome), a resident's
 * own disputes, the printable agreement and the figures. The forms of one dispute are in {@link DisputeFormController}.
 */
@Controller
class DisputePageController {

    private final DisputeService disputes;
    private final AgreementDocuments documents;
    private final TerritoryApi territory;
    private final DisputePage page;

    DisputePageController(DisputeService disputes, AgreementDocuments documents, TerritoryApi territory, DisputePage page) {
        this.disputes = disputes;
        this.documents = documents;
        this.territory = territory;
        this.page = page;
    }

    @Guard(resource = Resource.DISPUTE, action = Action.READ)
    @GetMapping("/mediation")
    String desk(@RequestParam(required = false) String state, @RequestParam(required = false) String type,
                @RequestParam(required = false) String risk, @RequestParam(required = false) String level,
                @RequestParam(required = false) String after, CurrentUser user, Model model) {
        Page<DisputeView> page = disputes.list(user, blank(state), blank(type), blank(risk), blank(level), after, 30);
        boolean resident = MediationAccess.readers(user).scope().isEmpty(); // reads only as a party
        model.addAttribute("page", page);
        model.addAttribute("resident", resident);
        model.addAttribute("mayRegister", MediationAccess.mayRegister(user));
        model.addAttribute("mayReadFigures", MediationAccess.mayReadFigures(user));
        model.addAttribute("filter", java.util.Map.of("state", nz(state), "type", nz(type), "risk", nz(risk), "level", nz(level)));
        choices(model);
        return resident ? "mediation/mine" : "mediation/desk";
    }

    @Guard(resource = Resource.DISPUTE, action = Action.CREATE)
    @GetMapping("/mediation/new")
    String form(@RequestParam(required = false) Long caseId, CurrentUser user, Model model) {
        model.addAttribute("form", DisputeForm.empty(caseId));
        return show(user, model);
    }

    @Guard(resource = Resource.DISPUTE, action = Action.CREATE)
    @PostMapping("/mediation/disputes")
    String create(@ModelAttribute("form") DisputeForm form, BindingResult result, CurrentUser user, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        form.checkShape(result);
        if (result.hasErrors()) {
            response.setStatus(400);
            return show(user, model);
        }
        try {
            long id = disputes.create(user, form.request()).dispute().id();
            redirect.addFlashAttribute("notice", "已登记矛盾纠纷" + (form.caseId() != null ? "，诉求已转入本级调解办理" : ""));
            return "redirect:/mediation/disputes/" + id;
        } catch (BadInputException | ConflictException refused) {
            response.setStatus(refused instanceof BadInputException ? 400 : 409);
            FormErrors.reject(result, refused, form::formField);
            return show(user, model);
        }
    }

    private String show(CurrentUser user, Model model) {
        Map<String, String> places = new LinkedHashMap<>();
        places(user).forEach(p -> places.put(p.code(), p.name()));
        model.addAttribute("places", places);
        model.addAttribute("typeChoices", FormErrors.choices(DisputeType.values(), DisputeType::label));
        model.addAttribute("riskChoices", FormErrors.choices(RiskLevel.values(), RiskLevel::label));
        model.addAttribute("levelChoices", FormErrors.choices(MediationLevel.values(), MediationLevel::label));
        model.addAttribute("kindChoices", FormErrors.choices(MediatorKind.values(), MediatorKind::label));
        return "mediation/new";
    }

    @Guard(resource = Resource.DISPUTE, action = Action.READ)
    @GetMapping("/mediation/disputes/{id}")
    String dispute(@PathVariable long id, CurrentUser user, Model model) {
        return page.show(user, id, model);
    }

    @Guard(resource = Resource.DISPUTE, action = Action.READ)
    @GetMapping("/mediation/disputes/{id}/agreement")
    String agreement(@PathVariable long id, CurrentUser user, Model model) {
        DisputeDetail detail = documents.agreed(user, id);
        model.addAttribute("d", detail.dispute());
        model.addAttribute("detail", detail);
        model.addAttribute("organisation", documents.organisation(detail.dispute()));
        model.addAttribute("copies", detail.parties().size() + 1);
        return "mediation/agreement";
    }

    @Guard(resource = Resource.STATS, action = Action.READ)
    @GetMapping("/mediation/stats")
    String stats(@RequestParam(required = false) String territory, CurrentUser user, Model model) {
        String code = blank(territory) == null ? user.homeTerritory() : territory.strip();
        model.addAttribute("figures", disputes.figures(user, code));
        model.addAttribute("code", code);
        model.addAttribute("place", placeName(code));
        return "mediation/stats";
    }

    /** Where a new dispute may be placed: the user's village and its grids, or their grid; towns type a code. */
    private List<Place> places(CurrentUser user) {
        String home = user.homeTerritory();
        if (home.length() == 15) {
            return List.of(new Place(home, placeName(home)));
        }
        if (home.length() != 12) {
            return List.of();
        }
        List<Place> places = new java.util.ArrayList<>(List.of(new Place(home, placeName(home) + "（全村/社区）")));
        territory.grids(home, MediationAccess.registerScope(user)).forEach(g -> places.add(new Place(g.code(), g.name())));
        return places;
    }

    record Place(String code, String name) {
    }

    String placeName(String code) {
        return page.placeName(code);
    }

    static void choices(Model model) {
        model.addAttribute("states", DisputeState.values());
        model.addAttribute("types", DisputeType.values());
        model.addAttribute("risks", RiskLevel.values());
        model.addAttribute("levels", MediationLevel.values());
        model.addAttribute("mediatorKinds", MediatorKind.values());
        model.addAttribute("modes", SessionMode.values());
        model.addAttribute("referrals", Referral.values());
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
