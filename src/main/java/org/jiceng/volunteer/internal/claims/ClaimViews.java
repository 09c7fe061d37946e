package org.jiceng.volunteer.internal.claims;

import java.time.OffsetDateTime;
import java.util.List;

/** What claims answer: public spots, and claims of a spot or a 微心愿 with the ids of their photos. */
public final class ClaimViews {

    private ClaimViews() {
    }

    public record Spot(long id, String communityCode, String kind, String kindName, String name, String description,
                       String status, String statusName, int version) {
    }

    public record Claim(long id, String communityCode, Long spotId, Long needId, String what, String title,
                        String claimantName, String note, String status, String statusName, String report,
                        OffsetDateTime reportedAt, OffsetDateTime confirmedAt, List<Long> photoIds,
                        OffsetDateTime createdAt, int version) {
    }

    static String spotKindName(String kind) {
        return kind.equals("GREEN_SPACE") ? "绿地" : "公共点位";
    }

    static String spotStatusName(String status) {
        return switch (status) {
            case "OPEN" -> "可认领";
            case "CLAIMED" -> "已认领";
            default -> "已关闭";
        };
    }

    static String claimStatusName(String status) {
        return switch (status) {
            case "CLAIMED" -> "已认领";
            case "REPORTED" -> "已反馈待确认";
            default -> "社区已确认";
        };
    }
}
