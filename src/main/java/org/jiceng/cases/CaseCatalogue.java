package org.jiceng.cases;

import java.util.List;

/** The case loop's reference data for code that plans cases (the demo year): categories and the calendar in force. */
public interface CaseCatalogue {

    /** Every category, groups and leaves, with the deadlines a new case gets. */
    List<CategoryView> categories();

    /** The working-day calendar deadlines are counted on (the shipped years, or those an administrator loaded). */
    WorkingCalendar calendar();
}
