package org.jiceng.cases;

import java.util.List;

/** The case loop's reference data for code that plans cases (the demo year): categories and the calendar in force. */
public interface CaseCatalogue {

    /** The catch-all leaf 其他（待分类）: a case whose filer did not know its category, to be sorted later. */
    String UNSORTED = "9901";

    /** Every category, groups and leaves, with the deadlines a new case gets. */
    List<CategoryView> categories();

    /** The working-day calendar deadlines are counted on (the shipped years, or those an administrator loaded). */
    WorkingCalendar calendar();
}
