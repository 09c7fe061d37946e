package org.jiceng.visits.internal.sweep;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a sweep looks like to the API and the pages. */
public final class SweepViews {

    private SweepViews() {
    }

    /** {@code status}: 未开始, 进行中 or 已结束 on the day asked. Targets and checked count what the reader may see. */
    public record Sweep(long id, String territoryCode, String territoryName, String title, List<String> targetTags,
                        LocalDate startsOn, LocalDate endsOn, List<SweepRequests.ChecklistItem> checklist,
                        String createdBy, Instant createdAt, String status, Tally tally) {
    }

    public record Check(long id, long sweepId, long householdId, String territoryCode, String checkerName,
                        Instant checkedAt, List<String> answers, String remark, Double lat, Double lon, boolean problem,
                        Long caseId, String clientId) {
    }

    /** A recorded check, and whether this request wrote it (false: the same client id was sent before). */
    public record Recorded(Check check, boolean created) {
    }

    /**
     * Targets, checked, remaining; {@code percent} rounded half up to one decimal for display ("0.0%" when there
     * is no target), {@code width} the whole percent a bar is drawn to.
     */
    public record Tally(long targets, long checked, long remaining, String percent, int width) {

        public static Tally of(long targets, long checked) {
            if (targets == 0) {
                return new Tally(0, 0, 0, "0.0%", 0);
            }
            long tenths = (checked * 2000 + targets) / (2 * targets);
            return new Tally(targets, checked, targets - checked, tenths / 10 + "." + tenths % 10 + "%",
                    (int) (checked * 100 / targets));
        }
    }

    public record GridCoverage(String gridCode, String gridName, Tally tally) {
    }

    /** A responsible cadre (the holder of the households' 包保), or 责任人待落实 for households nobody holds. */
    public record CadreCoverage(String name, String title, boolean unheld, Tally tally) {
    }

    public record Coverage(long sweepId, Tally total, List<GridCoverage> grids, List<CadreCoverage> cadres) {
    }

    public record Remaining(long householdId, String territoryCode, String address) {
    }
}
