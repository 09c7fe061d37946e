package org.jiceng.services.internal.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jiceng.BadInputException;

/**
 * What a policy sheet must hold: a title and topic, a body of one to 30 paragraphs that fits one printed page
 * (at most 1,800 characters in all), a publisher, published by a county or a town, and at most 20 items.
 */
public final class SheetRules {

    public static final int MAX_BODY = 1800;

    private SheetRules() {
    }

    public static SheetForm checked(SheetForm form) {
        String territory = strip(form.territoryCode());
        if (!territory.matches("[0-9]{6}([0-9]{3})?")) {
            throw new BadInputException("territoryCode", "政策一页通由县（6 位代码）或乡镇（9 位代码）发布");
        }
        String title = strip(form.title());
        if (title.isEmpty() || title.length() > 60) {
            throw new BadInputException("title", "请填写标题（60 字以内）");
        }
        String topic = strip(form.topic());
        if (topic.isEmpty() || topic.length() > 20) {
            throw new BadInputException("topic", "请填写主题（20 字以内），如 高龄津贴");
        }
        List<String> paragraphs = new ArrayList<>();
        for (String p : form.paragraphs() == null ? List.<String>of() : form.paragraphs()) {
            if (p != null && !p.isBlank()) {
                paragraphs.add(p.strip());
            }
        }
        if (paragraphs.isEmpty()) {
            throw new BadInputException("paragraphs", "请用大白话写正文（至少一段）");
        }
        if (paragraphs.size() > 30 || paragraphs.stream().mapToInt(String::length).sum() > MAX_BODY) {
            throw new BadInputException("paragraphs", "正文不超过 30 段、" + MAX_BODY + " 字，印出来一页纸");
        }
        String publisher = strip(form.publisher());
        if (publisher.isEmpty() || publisher.length() > 60) {
            throw new BadInputException("publisher", "请填写发布单位（60 字以内）");
        }
        List<Long> items = form.itemIds() == null ? List.of() : form.itemIds();
        if (items.stream().anyMatch(id -> id == null || id <= 0)) {
            throw new BadInputException("itemIds", "关联事项编号不正确");
        }
        items = List.copyOf(new LinkedHashSet<>(items));
        if (items.size() > 20) {
            throw new BadInputException("itemIds", "关联事项不超过 20 个");
        }
        return new SheetForm(territory, title, topic, List.copyOf(paragraphs), items, publisher, form.revision());
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
