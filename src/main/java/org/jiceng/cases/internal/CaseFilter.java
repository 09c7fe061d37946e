package org.jiceng.cases.internal;

import java.time.LocalDate;
import org.jiceng.cases.CaseState;
import org.jiceng.people.Phone;

/**
 * What a case list may filter on; null (or false) means any. {@code mineOnly}: reported or followed by the user.
 * {@code number}: the visible number or its prefix; {@code phone}: the reporter's phone, matched by its blind index
 * (a {@link Phone} prints masked, so a logged filter shows no number); {@code unitId}: the lead unit;
 * {@code from}/{@code to}: the Beijing days of receipt, inclusive; {@code closed}: true the closed history, false
 * the open cases, null both; {@code dueToday}/{@code newToday}: due or received on the clock's Beijing day.
 */
public record CaseFilter(CaseState state, String category, String territory, String level, boolean overdueOnly,
                         boolean mineOnly, String number, Phone phone, Long unitId, String channel, LocalDate from,
                         LocalDate to, boolean dueToday, Boolean closed, boolean newToday) {

    /** The filters of the working lists before the desk. */
    public CaseFilter(org.jiceng.cases.CaseState state, String category, String territory, String level,
                      boolean overdueOnly, boolean mineOnly) {
        this(state, category, territory, level, overdueOnly, mineOnly, null, null, null, null, null, null, false, null,
                false);
    }
}
