package org.jiceng.visits;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.CurrentUser;

/**
 * What the home page shows of 一人一策: the visits a responsible person owes (their households overdue or due within
 * the week, each linked to the visit form) and, for the staff of a place, how many plans there are overdue.
 */
public interface CareTasks {

    /** One household to visit: {@code daysOverdue} 0 when it is only due soon. */
    record Task(long planId, long householdId, String address, String head, List<String> tagNames, LocalDate nextDueOn,
                boolean overdue, long daysOverdue) {

        public Task {
            tagNames = List.copyOf(tagNames);
        }

        public String visitHref() {
            return "/visits/log?household=" + householdId;
        }
    }

    /** The person's own tasks: overdue first (longest overdue first), then due soonest; at most {@code limit}. */
    List<Task> tasksOf(CurrentUser user, int limit);

    /** Overdue plans in the territory the person supervises, and where that is (empty: they supervise none). */
    record Supervision(String territory, long overdue) {

        public String href() {
            return "/visits/care-plans/overdue?territory=" + territory;
        }
    }

    Optional<Supervision> supervision(CurrentUser user);
}
