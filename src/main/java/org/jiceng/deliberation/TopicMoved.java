package org.jiceng.deliberation;

import java.time.Instant;

/**
 * A topic moved from one step of 六步议事 to another; published in the transaction that moved it. Kept for the
 * coming search, which indexes topics by their step; nothing consumes it yet.
 */
public record TopicMoved(long topicId, String territoryCode, TopicAction action, TopicStep from, TopicStep to,
                         Instant at, String actor) {
}
