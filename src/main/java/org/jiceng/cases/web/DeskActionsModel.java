package org.jiceng.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.cases.internal.BulkAccept;
import org.jiceng.cases.internal.CaseAccess;
import org.jiceng.cases.internal.SavedFilters;
import org.jiceng.identity.IdentityApi;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the desk's actions fragment reads, given to the desk page whatever controller draws it: {@code deskQuery}
 * (the present search's filter parameters, for the export link and the save form) and {@code savedFilters}.
 */
@ControllerAdvice(basePackages = "org.jiceng.cases.web")
class DeskActionsModel {

    static final String DESK = "/cases/desk";

    private final SavedFilters saved;
    private final IdentityApi identity;

    DeskActionsModel(SavedFilters saved, IdentityApi identity) {
        this.saved = saved;
        this.identity = identity;
    }

    @ModelAttribute
    void deskActions(HttpServletRequest request, Model model) {
        if (!DESK.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            return;
        }
        model.addAttribute("deskQuery", SavedFilters.kept(request.getQueryString()));
        // the desk's own handler is not this class's to change, so the user is found by the signed-in name
        CurrentUser user = request.getUserPrincipal() == null ? null
                : identity.findByUsername(request.getUserPrincipal().getName()).orElse(null);
        boolean staff = user != null && !(CaseAccess.readScope(user).isEmpty() && user.unitId().isEmpty());
        model.addAttribute("savedFilters", staff ? saved.of(user) : List.of());
        model.addAttribute("mayBulkAccept", user != null && BulkAccept.mayAccept(user));
    }
}
