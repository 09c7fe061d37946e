package org.jiceng.volunteer.internal.points;

import java.time.OffsetDateTime;

/**
 * One entry of a volunteer's points: signed points, the balance after it, its source (kind and id; for a reversal
 * the id is the entry it reverses) and the rule version it was counted by. {@code reversedBy} is the entry that
 * reversed this one, if any.
 */
public record EntryView(long id, long volunteerId, int seq, long points, long balanceAfter, SourceKind sourceKind,
                        String sourceLabel, long sourceId, Long ruleId, Integer ruleVersion, String note,
                        OffsetDateTime recordedAt, Long reversedBy) {
}
