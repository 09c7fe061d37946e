package org.jiceng.cases.web;

import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.cases.internal.BulkAccept;
import org.jiceng.cases.internal.CaseAccess;
import org.jiceng.cases.internal.SavedFilters;
import org.springframework.ui.Model;
import org.springframework.stereotype.Component;

/**
 * What the desk's actions fragment reads: {@code deskQuery} (the present search's filter parameters, for the export
 * link and the save form), {@code savedFilters} and {@code mayBulkAccept}. The desk's handlers add them for the
 * person they already have, so drawing the desk asks no more of the database than the saved filters.
 */
@Component
class DeskActionsModel {

    private final SavedFilters saved;

    DeskActionsModel(SavedFilters saved) {
        this.saved = saved;
    }

    void addTo(CurrentUser user, String queryString, Model model) {
        model.addAttribute("deskQuery", SavedFilters.kept(queryString));
        boolean staff = !(CaseAccess.readScope(user).isEmpty() && user.unitId().isEmpty());
        model.addAttribute("savedFilters", staff ? saved.of(user) : List.of());
        model.addAttribute("mayBulkAccept", BulkAccept.mayAccept(user));
    }
}
