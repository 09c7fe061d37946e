package org.jiceng.people;

import java.time.OffsetDateTime;

/** One line of a household's history: the household moved, or a member moved in or out. */
public record HouseholdMove(OffsetDateTime movedAt, String from, String to, String reason, String movedBy) {
}
