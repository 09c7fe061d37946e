package org.jiceng.cases;

import java.time.Instant;

/**
 * A deadline passed (督办); {@code superiorTerritory} is the
 * node above the dispatcher, whose staff see it on their home page. Consumed by {@code cases.internal.CaseNotifier},
 * which posts the 督办 message to that node's inbox.
 */
public record SupervisionRaised(CaseFacts facts, SupervisionKind kind, Instant dueAt, String superiorTerritory) {
}
