package org.jiceng.services.internal.catalogue;

import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.Fen;

/** One version of an item as the API and pages show it; {@code revision} counts the edits of a draft. */
public record ItemView(long id, String county, String code, String kind, int version, String state,
                       String territoryCode, String name, String category, String description, Long officeUnitId,
                       String officeName, List<String> materials, int timeLimitDays, long feeFen,
                       boolean agencyAllowed, List<Long> members, int revision, OffsetDateTime writtenAt,
                       OffsetDateTime publishedAt) {

    public ItemView {
        writtenAt = Beijing.shown(writtenAt);
        publishedAt = Beijing.shown(publishedAt);
    }

    public boolean bundle() {
        return "BUNDLE".equals(kind);
    }

    /** "免费", or the fee in yuan. */
    public String feeText() {
        return feeFen == 0 ? "免费" : Fen.yuan(feeFen) + " 元";
    }

    /** "即办", or "法定时限 N 个工作日". */
    public String timeLimitText() {
        return timeLimitDays == 0 ? "即办（当场办结）" : "法定时限 " + timeLimitDays + " 个工作日";
    }

    public String stateLabel() {
        return switch (state) {
            case "DRAFT" -> "草稿";
            case "PUBLISHED" -> "已发布";
            case "REPLACED" -> "已被新版本替代";
            case "WITHDRAWN" -> "已撤回";
            default -> state;
        };
    }
}
