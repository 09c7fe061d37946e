package org.jiceng.visits;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One 一人一策 plan as the API and the pages show it: the household it is for, its care tags (codes and names), who is
 * responsible (none: 未落实责任人), how often it is visited and whether that is the plan's own figure, the needs and
 * measures, when it was last visited, when it is due and how late it is, and its version for the next change.
 */
public record CarePlanView(long id, long householdId, String territoryCode, String address, String head,
                           List<String> tags, List<String> tagNames, String responsibleKind, Long responsibleId,
                           String responsibleName, int visitEveryDays, boolean ownFrequency, String needs,
                           String measures, LocalDate startsOn, LocalDate reviewOn, LocalDate lastVisitedOn,
                           LocalDate nextDueOn, boolean overdue, long daysOverdue, boolean dueSoon, String status,
                           String closedReason, OffsetDateTime updatedAt, int version) {

    public CarePlanView {
        tags = List.copyOf(tags);
        tagNames = List.copyOf(tagNames);
    }

    public boolean hasResponsible() {
        return responsibleId != null;
    }

    public String responsibleShown() {
        return responsibleId == null ? "未落实责任人" : responsibleName;
    }
}
