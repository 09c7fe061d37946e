package org.jiceng.deliberation;

/** A topic was proposed; published in the transaction that stored it, so its text can be indexed. */
public record TopicProposed(long topicId, String territoryCode) {
}
