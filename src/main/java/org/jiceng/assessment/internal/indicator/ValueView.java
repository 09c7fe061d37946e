package org.jiceng.assessment.internal.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An entered value: {@code state} ENTERED (awaiting review), ACCEPTED (counts in the scorecard) or RETURNED (with
 * the reviewer's note); {@code subject} a town or village code, or "P" and a party organisation's id.
 */
public record ValueView(long id, long indicatorId, String indicatorName, String subject, String territoryCode,
                        String period, BigDecimal value, String unit, String evidence, String state, String enteredBy,
                        OffsetDateTime enteredAt, String reviewedBy, OffsetDateTime reviewedAt, String reviewNote,
                        List<EvidenceFile> files, int version) {

    public record EvidenceFile(long id, String fileName, String contentType, String href) {
    }

    public String stateLabel() {
        return switch (state) {
            case "ENTERED" -> "待审核";
            case "ACCEPTED" -> "已通过";
            default -> "已退回";
        };
    }

    public String href() {
        return "/assessment/scores/values/" + id;
    }
}
