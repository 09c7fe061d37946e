package org.jiceng.cases;

import java.util.Collection;
import java.util.List;
import org.jiceng.CurrentUser;

/** What other modules may ask of the case loop: file a case, read it in the user's scope, move it on. */
public interface CasesApi {

    /** Files a case as {@code user} (resident, grid worker or staff); 400 for bad input, nothing written. */
    CaseView file(CurrentUser user, CaseIntake intake);

    /** Files a case from another system; idempotent by channel and external id. */
    ExternalFiling fileExternal(ExternalIntake intake);

    /** The case if {@code user} may see it, else 404. */
    CaseView find(CurrentUser user, long id);

    /** Those of the cases that {@code user} may see, in the order asked (e.g. a resolution's follow-up cases). */
    List<CaseView> findAll(CurrentUser user, Collection<Long> ids);

    /** Takes {@code action} as {@code user}: 409 in the wrong state, 403 for the wrong person. */
    CaseView act(CurrentUser user, long id, CaseAction action, CaseActionRequest request);

    List<TimelineEntry> timeline(CurrentUser user, long id);

    /**
     * Puts an open case under another leaf category (staff of its territory); {@code automatic} when the model does
     * it. 400 for a category that is not an active leaf, 409 for a finished case or a stale {@code version}.
     */
    CaseView recategorise(CurrentUser user, long id, String categoryCode, boolean automatic, Integer version);

    /** The working-day calendar in force (shipped years and those loaded), e.g. to keep meetings off holidays. */
    WorkingCalendar workingCalendar();

    /** The outcome of {@link #fileExternal}: the case, and whether this call created it. */
    record ExternalFiling(CaseView view, boolean created) {
    }
}
