package org.jiceng.people.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/** Every problem counted; the first {@value RegisterImport#MAX_LISTED_PROBLEMS} in sheet order kept. */
final class ProblemList {
    private final PriorityQueue<ImportProblem> kept = new PriorityQueue<>(ImportProblem.IN_SHEET_ORDER.reversed());
    private int count;

    void add(ImportProblem problem) {
        count++;
        kept.add(problem);
        if (kept.size() > RegisterImport.MAX_LISTED_PROBLEMS) {
            kept.poll();
        }
    }

    int count() {
        return count;
    }

    RegisterImport.Validation validation(int total) {
        List<ImportProblem> sorted = new ArrayList<>(kept);
        sorted.sort(ImportProblem.IN_SHEET_ORDER);
        return new RegisterImport.Validation(total, List.copyOf(sorted), count);
    }
}
