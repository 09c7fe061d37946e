package org.jiceng.cases;

import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.CurrentUser;

/**
 * What a person's workbench asks of the case loop: how much work waits in their territory or unit, where the open
 * cases lie, their latest messages and, for a resident, their own cases. Every answer is bounded by what the
 * person may read; each count is one indexed query, never a scan of all cases.
 */
public interface CaseWork {

    /**
     * The counts of the person's territory ({@code territory}, or their home when null: a grid worker's grid) or,
     * for department staff, of the cases led by their unit. Empty for those who read no cases by territory or unit.
     */
    java.util.Optional<Counts> counts(CurrentUser user, String territory);

    /** Open cases by grid in the territory (or the unit's), most first: the map's hotspots. */
    List<GridLoad> openByGrid(CurrentUser user, String territory);

    /** The newest open cases with a location in the territory (or the unit's), at most {@code cap}. */
    List<MapCase> openOnMap(CurrentUser user, String territory, int cap);

    /** The latest messages of the person's inbox, newest first. */
    List<InboxMessage> latestMessages(CurrentUser user, int limit);

    int unreadMessages(CurrentUser user);

    /** The person's own cases (reported or followed), newest first, each with its last step they may see. */
    List<OwnCase> ownCases(CurrentUser user, int limit);

    /**
     * {@code where}: the territory code counted, or null for a department ({@code unitId} set). Pending: not closed
     * (nor rejected); due today: unresolved with the resolve deadline on today's Beijing date; overdue: unresolved
     * past it; new today: received since Beijing midnight.
     */
    record Counts(String where, Long unitId, long newToday, long pending, long dueToday, long overdue) {
    }

    /** {@code gridCode}: the grid (or, for a case placed by address alone, the village) and its open cases. */
    record GridLoad(String gridCode, long open, long overdue) {
    }

    record MapCase(long id, String number, String categoryName, double lat, double lon, boolean overdue) {
    }

    record OwnCase(long id, String number, CaseState state, String categoryName, OffsetDateTime receivedAt,
                   String lastStep, OffsetDateTime lastStepAt) {

        public String stateLabel() {
            return state.label();
        }
    }
}
