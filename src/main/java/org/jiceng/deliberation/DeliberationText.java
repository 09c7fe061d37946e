package org.jiceng.deliberation;

import java.time.Instant;

/**
 * A topic, a meeting's minutes or a notice as the search index reads it: a title (a topic's with its step, a
 * meeting's with its kind), its text (the topic's description, the minutes, the notice's body) and when it was
 * made (proposed, held, published). Proposers' names are not in it.
 */
public record DeliberationText(long id, String territoryCode, String title, String body, Instant at) {
}
