package org.jiceng.visits.internal.sweep;

import java.util.List;

/** What the API and the pages send to start a sweep and to record a check. Dates are ISO strings (2026-12-01). */
public final class SweepRequests {

    private SweepRequests() {
    }

    /** One question of a sweep's checklist: {@code kind} YES_NO (是/否) or TEXT. */
    public record ChecklistItem(String label, String kind) {
    }

    /** {@code targetTags} empty or absent: every household of the place; else those with any of the care tags. */
    public record NewSweep(String territoryCode, String title, List<String> targetTags, String startsOn, String endsOn,
                           List<ChecklistItem> checklist) {
        public NewSweep {
            targetTags = targetTags == null ? List.of() : targetTags.stream().filter(t -> t != null && !t.isBlank())
                    .map(String::strip).distinct().toList();
            checklist = checklist == null ? List.of() : List.copyOf(checklist);
        }
    }

    /** A case to open from the problem a check found (channel VISIT, at the check's point or the household's address). */
    public record CaseToOpen(String categoryCode, String description) {
    }

    /**
     * A check of one household: {@code answers} in checklist order (YES/NO for a yes/no item, text otherwise);
     * {@code clientId} a UUID the phone made, so a resent check is recorded once.
     */
    public record NewCheck(String clientId, Long householdId, List<String> answers, String remark, Double lat, Double lon,
                           Boolean problem, CaseToOpen openCase) {
        public NewCheck {
            answers = answers == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(answers));
        }
    }
}
