package org.jiceng.cases;

import java.time.OffsetDateTime;
import java.util.List;

/** One transition of a case: who, when, from, to, the note they wrote and the photos they attached. */
public record TimelineEntry(long id, OffsetDateTime at, String actor, String action, String fromState, String toState,
                            String note, List<String> attachments) {
}
