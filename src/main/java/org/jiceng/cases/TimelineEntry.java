package org.jiceng.cases;

import java.time.OffsetDateTime;

/** One transition of a case: who, when, from, to, and the note they wrote. */
public record TimelineEntry(long id, OffsetDateTime at, String actor, String action, String fromState, String toState,
                            String note) {
}
