package org.jiceng.assessment.internal.project;

import java.time.LocalDate;

/** A project's milestone: due on a day, done on another (with how), overdue when the day passed undone. */
public record MilestoneView(long id, long projectId, String title, LocalDate dueOn, LocalDate doneOn, String note) {

    public boolean overdueOn(LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }
}
