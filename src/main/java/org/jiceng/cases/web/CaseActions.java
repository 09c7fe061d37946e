package org.jiceng.cases.web;

import java.time.Instant;
import java.util.List;
import java.util.function.ToLongFunction;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseActionRequest;
import org.jiceng.cases.CaseRules;
import org.jiceng.cases.CaseTransitions;
import org.jiceng.cases.CaseView;

/**
 * Which action forms a case page shows: those {@link CaseRules#offered} lets this person take now, asked as the
 * service asks before it moves the case (the table, then the case's own data: only the lead unit resolves a
 * whistled case, only the reporter rates, an extension is approved only when one is pending). One of them is the
 * page's primary action.
 */
final class CaseActions {

    /** The forward step of each state, first that applies: the one big button of the page. */
    private static final List<CaseAction> PRIMARY = List.of(CaseAction.RATE, CaseAction.CHECK_IN, CaseAction.RESOLVE,
            CaseAction.VERIFY, CaseAction.REPLY, CaseAction.ACCEPT, CaseAction.APPROVE_EXTENSION, CaseAction.DISPATCH,
            CaseAction.HANDLE);

    private CaseActions() {
    }

    /** An action form on the page; {@code assisting} marks the check-in of an assisting unit (协办报到). */
    record Offered(CaseAction action, String path, String label, boolean primary, boolean assisting) {
    }

    static List<Offered> offered(CaseRules.Facts facts, CurrentUser user, Instant now) {
        // an assisting unit's check-in is its own step, offered where the table offers a check-in
        boolean assisting = CaseRules.assisting(facts, user);
        List<CaseAction> shown = CaseTransitions.available(facts.view().state(), CasePageModel.roles(user)).stream()
                .filter(a -> a == CaseAction.CHECK_IN && assisting
                        ? CaseRules.assistCheckInRefusal(facts).isEmpty()
                        : CaseRules.refusal(a, facts, user, null, now).isEmpty())
                .toList();
        CaseAction primary = PRIMARY.stream().filter(shown::contains).findFirst().orElse(null);
        return shown.stream().map(a -> new Offered(a, a.path(),
                a == CaseAction.CHECK_IN && assisting ? "协办报到" : a.label(), a == primary,
                a == CaseAction.CHECK_IN && assisting)).toList();
    }

    /** Who sees the reporter by name: the reporter, and the grid, village, town and county that handle the place. */
    static boolean showsReporter(CurrentUser user, boolean reporter) {
        return reporter || user.hasAny(Role.GRID_WORKER, Role.VILLAGE_STAFF, Role.TOWN_STAFF, Role.COUNTY_ADMIN);
    }

    /** The fields an action form may send; each action reads those it needs (see {@link CaseActionRequest}). */
    record Fields(String note, String reason, Long leadUnitId, List<Long> assistUnitIds, Integer workingDays,
                  Boolean solved, String satisfaction, Long intoCaseId, String intoNumber, Integer version) {

        CaseActionRequest request(CaseAction action, ToLongFunction<String> byNumber) {
            Long into = intoCaseId;
            if (action == CaseAction.MERGE && into == null && intoNumber != null && !intoNumber.isBlank()) {
                into = byNumber.applyAsLong(intoNumber.strip());
            }
            if (action == CaseAction.DISPATCH && leadUnitId == null) {
                throw new BadInputException("请选择主办部门");
            }
            return new CaseActionRequest(note, reason, leadUnitId, assistUnitIds, workingDays, solved, satisfaction,
                    into, List.of(), version);
        }
    }
}
