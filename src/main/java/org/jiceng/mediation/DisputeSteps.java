package org.jiceng.mediation;

import org.jiceng.CurrentUser;
import org.jiceng.Page;

/**
 * The steps of mediation for other modules that replay what mediators did (the demo year): each goes through the
 * same checks as the dispute's page. Kept apart from {@link DisputesApi} because the steps build on its service.
 */
public interface DisputeSteps {

    /** The disputes still as registered that {@code user} may read, newest first, a page after {@code after}. */
    Page<DisputeView> registered(CurrentUser user, String after, int limit);

    /** A mediator joins and holds a session: the dispute is then being mediated. */
    DisputeView mediate(CurrentUser user, long id, String mediator, MediatorKind kind, String organisation,
                        SessionMode mode, String notes);

    /** The parties agreed: the 调解协议书 with its terms and how they are carried out. */
    DisputeView settle(CurrentUser user, long id, String terms, String performance);

    /** Mediation failed: the parties are guided to {@code referral}. */
    DisputeView referOn(CurrentUser user, long id, Referral referral, String reason);
}
