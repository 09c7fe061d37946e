package org.jiceng.cases.internal;

import org.jiceng.cases.CaseState;

/** What a case list may filter on; null (or false) means any. {@code mineOnly}: reported or followed by the user. */
public record CaseFilter(CaseState state, String category, String territory, String level, boolean overdueOnly,
                         boolean mineOnly) {
}
