package org.jiceng.assessment.internal.project;

import java.time.LocalDate;

/** An overdue milestone under supervision (督办): raised the day after it fell due undone, cleared when done. */
public record SupervisionView(long id, long projectId, String projectTitle, long milestoneId, String milestoneTitle,
                              LocalDate dueOn, String territoryCode, String unitName, LocalDate raisedOn,
                              LocalDate clearedOn) {

    public boolean open() {
        return clearedOn == null;
    }
}
