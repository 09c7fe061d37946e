package org.jiceng.visits.internal.care;

import java.util.List;
import java.util.Map;
import org.jiceng.visits.CarePlanView;

/** The bodies the care-plan API takes and the answers beyond {@link CarePlanView}. */
public final class CareRequests {

    private CareRequests() {
    }

    /**
     * A PATCH of a plan; absent fields stay as they are. {@code responsibleKind} NONE clears the responsible person;
     * otherwise kind and id name the holder of an active assignment covering the household. {@code visitEveryDays}
     * sets the plan's own frequency, {@code tagFrequency: true} goes back to its tags'. {@code reviewOn} "" clears it.
     */
    public record Change(Integer version, String responsibleKind, Long responsibleId, Integer visitEveryDays,
                         Boolean tagFrequency, String needs, String measures, String reviewOn) {
    }

    public record Closing(Integer version, String reason) {
    }

    /** One row of a county's frequency table: its figure, and the default it stands in for. */
    public record Frequency(String tag, String name, int visitEveryDays, int defaultDays, boolean countySet) {
    }

    public record Frequencies(String county, List<Frequency> frequencies) {
    }

    /** A PUT of the table: tag → days (1 to 366); tags left out go back to the defaults. */
    public record NewFrequencies(String county, Map<String, Integer> frequencies) {
    }

    /** A responsible person one may choose: the holder of an active assignment covering the household. */
    public record Candidate(String key, String kind, long id, String name, String title, String level) {
    }

    /** The plans overdue under one responsible person (none: 未落实责任人). */
    public record OverdueGroup(String responsibleKind, Long responsibleId, String responsibleName, int overdue,
                               long mostDaysOverdue, List<CarePlanView> plans) {
    }

    /** The supervision list of a territory: {@code total} overdue plans in {@code groups}. */
    public record Overdue(String territory, long total, List<OverdueGroup> groups) {
    }
}
