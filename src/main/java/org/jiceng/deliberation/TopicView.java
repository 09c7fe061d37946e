package org.jiceng.deliberation;

import java.time.OffsetDateTime;

/**
 * A topic as its readers see it. {@code proposerName} is masked (张**) for everyone but the committee and the
 * proposer.
 */
public record TopicView(long id, String territoryCode, String title, String description, TopicStep step,
                        String stepLabel, String proposerName, int supportCount, int commentCount,
                        OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) {
}
