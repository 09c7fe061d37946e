package org.jiceng.mediation.internal;

import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseActionRequest;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.CasesApi;
import org.springframework.stereotype.Component;

/**
 * A dispute that starts from a case takes the case into handling at this level (受理, 本级办理), and when its
 * mediation ends resolves it (办结), so the reporter then gets the case loop's verification, reply and rating.
 * Everything runs in the caller's transaction: a refusal of the case loop writes nothing here either.
 */
@Component
class CaseLink {

    private final CasesApi cases;

    CaseLink(CasesApi cases) {
        this.cases = cases;
    }

    /** The case if {@code user} may take it into mediation now (404 if unseen, 409 in another state). */
    CaseView takeable(CurrentUser user, long caseId) {
        CaseView found = cases.find(user, caseId);
        if (found.state() != CaseState.RECEIVED && found.state() != CaseState.ACCEPTED) {
            throw new ConflictException("诉求 " + found.number() + " 当前状态为“" + found.state().label()
                    + "”，只有“" + CaseState.RECEIVED.label() + "”或“" + CaseState.ACCEPTED.label()
                    + "”的诉求可以转为矛盾纠纷调解");
        }
        return found;
    }

    /** Accepts the case if still to be accepted, then handles it at this level. */
    void take(CurrentUser user, CaseView found) {
        if (found.state() == CaseState.RECEIVED) {
            cases.act(user, found.id(), CaseAction.ACCEPT, CaseActionRequest.note("转矛盾纠纷调解"));
        }
        cases.act(user, found.id(), CaseAction.HANDLE, CaseActionRequest.note("转矛盾纠纷调解，本级调解办理"));
    }

    /** Resolves the case with the outcome; false when it had already moved on (nothing to do then). */
    boolean resolve(CurrentUser user, long caseId, String note) {
        CaseView found = cases.find(user, caseId);
        if (found.state() != CaseState.IN_PROGRESS) {
            return false;
        }
        cases.act(user, caseId, CaseAction.RESOLVE, CaseActionRequest.note(note));
        return true;
    }
}
