package org.jiceng.assessment.internal.rating;

import java.time.OffsetDateTime;

/** A stay on the 红旗村 or 软弱涣散 list: entered with a reason, and left (rectified, or lost) with another. */
public record ListEntryView(long id, String list, long organisationId, String organisation, String territoryCode,
                            int enteredYear, String enteredReason, OffsetDateTime enteredAt, Integer leftYear,
                            String leftAs, String leftReason, OffsetDateTime leftAt) {

    public boolean open() {
        return leftAt == null;
    }

    public String listLabel() {
        return "RED_FLAG".equals(list) ? "红旗村" : "软弱涣散（整顿）";
    }

    public String leftLabel() {
        if (leftAs == null) {
            return "在列";
        }
        return "RECTIFIED".equals(leftAs) ? "整顿销号" : "摘牌";
    }
}
