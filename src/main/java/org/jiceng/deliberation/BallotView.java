package org.jiceng.deliberation;

import java.time.OffsetDateTime;

/**
 * A ballot as lists and pages show it. {@code status} is OPEN (votes accepted), ENDED (the closing time has
 * passed, not yet closed) or CLOSED; {@code participating} is how many owners or households have voted.
 */
public record BallotView(long id, BallotKind kind, Long estateId, String estateName, String territoryCode, String title,
                         BallotMatter matter, VoteHouseholdRule householdRule, boolean secret, boolean allowChange,
                         OffsetDateTime closesAt, OffsetDateTime closedAt, String status, long totalVoters,
                         String totalArea, long participating) {

    public boolean open() {
        return "OPEN".equals(status);
    }

    public String statusLabel() {
        return switch (status) {
            case "OPEN" -> "投票中";
            case "ENDED" -> "已截止，待结束计票";
            default -> "已结束";
        };
    }
}
