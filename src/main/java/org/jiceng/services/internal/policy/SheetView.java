package org.jiceng.services.internal.policy;

import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.Beijing;

/** One version of a policy sheet. */
public record SheetView(long id, String county, int version, String state, String territoryCode, String title,
                        String topic, List<String> paragraphs, List<Long> itemIds, String publisher, int revision,
                        OffsetDateTime writtenAt, OffsetDateTime publishedAt) {

    public SheetView {
        writtenAt = Beijing.shown(writtenAt);
        publishedAt = Beijing.shown(publishedAt);
    }

    public String stateLabel() {
        return switch (state) {
            case "DRAFT" -> "草稿";
            case "PUBLISHED" -> "现行";
            case "REPLACED" -> "已被新版本替代";
            case "WITHDRAWN" -> "已撤回";
            default -> state;
        };
    }
}
