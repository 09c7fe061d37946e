package org.jiceng.services.internal.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jiceng.BadInputException;
import org.jiceng.Fen;

/**
 * The rules an item's version must keep before it is saved, whatever the database: a name, a place it is offered,
 * the materials of an item, a time limit of 0–365 working days, a fee of no less than nothing, and for a bundle at
 * least two distinct items and no materials list of its own required. Whether the members are published items of
 * the county is the catalogue's to check against what is stored.
 */
public final class ItemRules {

    public static final int MAX_MATERIALS = 30;

    private ItemRules() {
    }

    /** The form as it will be stored, stripped; a 400 naming the first field at fault. */
    public static ItemForm checked(ItemForm form) {
        String kind = form.kind() == null || form.kind().isBlank() ? "ITEM" : form.kind().strip();
        if (!kind.equals("ITEM") && !kind.equals("BUNDLE")) {
            throw new BadInputException("kind", "kind 须为 ITEM（单项事项）或 BUNDLE（一件事）");
        }
        String code = strip(form.code());
        if (!code.matches("[A-Z0-9][A-Z0-9-]{1,31}")) {
            throw new BadInputException("code", "事项编码须为 2 到 32 位大写字母、数字或连字符，如 SBK-SL");
        }
        String territory = strip(form.territoryCode());
        if (!territory.matches("[0-9]{6}([0-9]{3}([0-9]{3})?)?")) {
            throw new BadInputException("territoryCode", "请指明发布范围：县（6 位）、乡镇（9 位）或村（社区）（12 位）代码");
        }
        String name = strip(form.name());
        if (name.isEmpty() || name.length() > 60) {
            throw new BadInputException("name", "请填写事项名称（60 字以内）");
        }
        String category = strip(form.category());
        if (category.length() > 20) {
            throw new BadInputException("category", "类别不超过 20 字");
        }
        String description = strip(form.description());
        if (description.length() > 2000) {
            throw new BadInputException("description", "办事说明不超过 2000 字");
        }
        String officeName = strip(form.officeName());
        if (officeName.length() > 60) {
            throw new BadInputException("officeName", "办理单位名称不超过 60 字");
        }
        if (officeName.isEmpty() && form.officeUnitId() == null) {
            throw new BadInputException("officeName", "请填写办理单位");
        }
        List<String> materials = materials(form.materials());
        if (kind.equals("ITEM") && materials.isEmpty()) {
            throw new BadInputException("materials", "请列出所需材料（至少一项）");
        }
        Integer days = form.timeLimitDays();
        if (days == null || days < 0 || days > 365) {
            throw new BadInputException("timeLimitDays", "法定时限须在 0 到 365 个工作日之间（0 为即办）");
        }
        long fee = form.feeFen() == null ? 0 : form.feeFen();
        if (fee < 0 || fee > Fen.MAX) {
            throw new BadInputException("feeFen", "收费金额（分）不能为负数");
        }
        List<Long> members = members(kind, form.members());
        return new ItemForm(code, kind, territory, name, category, description, form.officeUnitId(), officeName,
                materials, days, fee, Boolean.TRUE.equals(form.agencyAllowed()), members, form.revision());
    }

    private static List<String> materials(List<String> given) {
        List<String> result = new ArrayList<>();
        for (String material : given == null ? List.<String>of() : given) {
            String m = strip(material);
            if (m.isEmpty()) {
                continue;
            }
            if (m.length() > 100) {
                throw new BadInputException("materials", "每项材料不超过 100 字");
            }
            result.add(m);
        }
        if (result.size() > MAX_MATERIALS) {
            throw new BadInputException("materials", "所需材料不超过 " + MAX_MATERIALS + " 项");
        }
        return List.copyOf(result);
    }

    private static List<Long> members(String kind, List<Long> given) {
        List<Long> ids = given == null ? List.of() : given;
        if (kind.equals("ITEM")) {
            if (!ids.isEmpty()) {
                throw new BadInputException("members", "单项事项不包含其他事项；一件事请把 kind 设为 BUNDLE");
            }
            return List.of();
        }
        if (ids.stream().anyMatch(id -> id == null || id <= 0)) {
            throw new BadInputException("members", "一件事包含的事项编号不正确");
        }
        LinkedHashSet<Long> distinct = new LinkedHashSet<>(ids);
        if (distinct.size() < 2) {
            throw new BadInputException("members", "一件事须包含至少两个不同的事项");
        }
        if (distinct.size() > 20) {
            throw new BadInputException("members", "一件事包含的事项不超过 20 个");
        }
        return List.copyOf(distinct);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
