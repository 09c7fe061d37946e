package org.jiceng.visits.internal.offline;

import java.util.List;
import java.util.Map;

/**
 * The Chinese names of the register's care tags (people's V1 seeds them and the register exposes only codes);
 * a tag added later shows its code until it is named here.
 */
final class CareTagNames {

    private static final Map<String, String> NAMES = Map.of(
            "LIVING_ALONE_ELDERLY", "独居老人",
            "EMPTY_NEST_ELDERLY", "空巢老人",
            "LEFT_BEHIND_CHILD", "留守儿童",
            "DISABLED", "残疾人",
            "MINIMUM_LIVING", "低保户",
            "POVERTY_MONITORED", "脱贫监测户",
            "SERIOUSLY_ILL", "重病患者");

    private CareTagNames() {
    }

    static List<String> of(List<String> codes) {
        return codes.stream().map(code -> NAMES.getOrDefault(code, code)).toList();
    }

    /** A name as a phone shows it: the surname kept, the rest hidden ("张**"). */
    static String masked(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        int first = name.codePointAt(0);
        return new String(Character.toChars(first)) + "*".repeat(Math.max(1, name.codePointCount(0, name.length()) - 1));
    }
}
