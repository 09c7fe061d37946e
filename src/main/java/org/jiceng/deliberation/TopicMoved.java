package org.jiceng.deliberation;

import java.time.Instant;

/** A topic moved from one step of 六步议事 to another; published in the transaction that moved it. */
public record TopicMoved(long topicId, String territoryCode, TopicAction action, TopicStep from, TopicStep to,
                         Instant at, String actor) {
}
