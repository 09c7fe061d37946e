package org.jiceng.deliberation;

import java.util.List;
import java.util.Optional;
import org.jiceng.CurrentUser;

/** What other modules may ask of ballots: a ballot and its result, as {@code user} may see them. */
public interface BallotsApi {

    /** The ballot if {@code user} may see it (staff in scope, or an owner on its roll). */
    Optional<BallotView> ballot(CurrentUser user, long id);

    /** Its count and decision, 404 if {@code user} may not see it. */
    BallotResult result(CurrentUser user, long id);

    /** The open ballots on whose roll the person is (an owner of the estate), newest first: their home page's. */
    List<BallotView> openTo(CurrentUser user, int limit);
}
