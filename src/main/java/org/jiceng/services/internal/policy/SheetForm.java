package org.jiceng.services.internal.policy;

import java.util.List;

/**
 * A 政策一页通 sheet as written: published by the county (6 digits) or a town (9 digits), its body as paragraphs of
 * plain Chinese, the catalogue items it leads to. On an edit a field left out keeps the edited version's value;
 * {@code revision} is the draft's revision as read.
 */
public record SheetForm(String territoryCode, String title, String topic, List<String> paragraphs, List<Long> itemIds,
                        String publisher, Integer revision) {
}
