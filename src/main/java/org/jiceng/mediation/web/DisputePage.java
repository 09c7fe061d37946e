package org.jiceng.mediation.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Scope;
import org.jiceng.mediation.DisputeDetail;
import org.jiceng.mediation.DisputeView;
import org.jiceng.mediation.MediatorKind;
import org.jiceng.mediation.PartyRole;
import org.jiceng.mediation.Referral;
import org.jiceng.mediation.SessionMode;
import org.jiceng.mediation.internal.AgreementDocuments;
import org.jiceng.mediation.internal.DisputeRules;
import org.jiceng.mediation.internal.DisputeRules.Step;
import org.jiceng.mediation.internal.DisputeService;
import org.jiceng.mediation.internal.MediationAccess;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * One dispute's page: drawn on a visit and again, with the refused form as it was typed, when one of its steps
 * is refused ({@link DisputeFormController}).
 */
@Component
class DisputePage {

    private final DisputeService disputes;
    private final AgreementDocuments documents;
    private final TerritoryApi territory;

    DisputePage(DisputeService disputes, AgreementDocuments documents, TerritoryApi territory) {
        this.disputes = disputes;
        this.documents = documents;
        this.territory = territory;
    }

    String show(CurrentUser user, long id, Model model) {
        DisputeDetail detail = disputes.detail(user, id);
        DisputeView d = detail.dispute();
        boolean runs = MediationAccess.runs(user, d);
        model.addAttribute("d", d);
        model.addAttribute("detail", detail);
        model.addAttribute("place", placeName(d.territoryCode()));
        model.addAttribute("organisation", documents.organisation(d));
        model.addAttribute("runs", runs);
        model.addAttribute("may", Arrays.stream(Step.values()).filter(s -> s != Step.REGISTER)
                .collect(Collectors.toMap(Step::name, s -> runs && DisputeRules.refusal(s, d.state()).isEmpty())));
        model.addAttribute("up", d.level().up().orElse(null));
        model.addAttribute("readOnlyHint", runs ? null : MediationAccess.readers(user).scope().isEmpty() ? "这是您作为当事人参与的纠纷调解。"
                : DisputeRules.notYoursToRun(d.level()));
        DisputePageController.choices(model);
        model.addAttribute("roleChoices", FormErrors.choices(PartyRole.values(), PartyRole::label));
        model.addAttribute("kindChoices", FormErrors.choices(MediatorKind.values(), MediatorKind::label));
        model.addAttribute("modeChoices", FormErrors.choices(SessionMode.values(), SessionMode::label));
        model.addAttribute("referralChoices", FormErrors.choices(Referral.values(), Referral::label));
        DisputeStepForms.addEmpty(model);
        return "mediation/dispute";
    }

    String placeName(String code) {
        if (code.length() == 15) {
            return territory.grid(code, Scope.everything()).map(g -> placeName(code.substring(0, 12)) + " " + g.name()).orElse(code);
        }
        return territory.division(code).map(v -> v.name()).orElse(code);
    }
}
