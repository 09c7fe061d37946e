package org.jiceng.mediation;

import java.util.Optional;
import org.jiceng.CurrentUser;

/** What other modules may ask of mediation. */
public interface DisputesApi {

    /** The dispute if {@code user} may read it. */
    Optional<DisputeView> find(CurrentUser user, long id);

    /** The dispute that started from a case, if any and if {@code user} may read it. */
    Optional<DisputeView> forCase(CurrentUser user, long caseId);

    /** Registers a dispute as {@code user} would on the registration form; 400 for bad input, 403 outside their area. */
    DisputeView register(CurrentUser user, DisputeFiling filing);
}
