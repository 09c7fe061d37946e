package org.jiceng.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;
import org.jiceng.Scope;

/**
 * Finished cases as learning material (e.g. for dispatch suggestions): the text, the category as finally corrected,
 * the unit that finally led it, and whether a department returned it. No reporter data.
 */
public interface ClosedCases {

    /** A replied or closed case (not merged away); {@code unitId} the lead unit at the end, null when none. */
    record ClosedCase(long id, String territoryCode, String categoryCode, String description, Long unitId,
                      Instant receivedAt, boolean returned) {
    }

    /** Every finished case in {@code scope}, oldest first, read in pages so a county's years fit in memory. */
    void forEach(Scope scope, Consumer<ClosedCase> each);

    /** How each of the cases was resolved (the last resolve note), by case id; cases without one are left out. */
    Map<Long, String> resolutions(Collection<Long> caseIds);
}
