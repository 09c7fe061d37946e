package org.jiceng.demo.internal;

import java.time.Instant;
import java.util.List;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.Satisfaction;

/**
 * One case of the year as a script: when and how it is filed, where, by whom, and the steps people take on it after,
 * each at its instant. {@code reporterSlot} picks a resident of the grid (the same slot, the same person: repeat
 * reporters); {@code department} is the unit it is whistled to, when it is.
 */
public record CaseLife(int index, Instant filedAt, CaseChannel channel, String categoryCode, YearPlan.Place place,
                       int reporterSlot, String description, List<Step> steps, Outcome outcome) {

    /** Who takes a step: the grid worker, the village's or the town's staff of the place, the lead unit, the reporter. */
    public enum Actor { GRID, VILLAGE, TOWN, UNIT, REPORTER }

    /** How the case's life was planned to end (what it reaches depends on where the year stops). */
    public enum Outcome { REJECTED, ON_THE_SPOT, DISPATCHED, RETURNED, ESCALATED, EXPLAINED }

    /** One step: {@code text} is the reason or note it needs, {@code department} a dispatch's lead unit. */
    public record Step(Instant at, CaseAction action, Actor actor, String text, String department, Integer workingDays,
                       Boolean solved, Satisfaction satisfaction) {

        static Step of(Instant at, CaseAction action, Actor actor, String text) {
            return new Step(at, action, actor, text, null, null, null, null);
        }
    }
}
