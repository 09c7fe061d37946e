package org.jiceng.people.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of the household register workbook (docs/household-import.md), in order: one row per
 * resident; consecutive rows with the same 网格代码 and 住址 are one household.
 */
enum RegisterColumn {
    // the examples make one row that passes the import as it stands: the ID's check character is right and
    // the address names the town (古城街道) and community (堂琅社区) of the grid code
    GRID("网格代码", true, "15 位网格代码（村/社区代码 + 3 位），须在您的辖区内", "530326001001001"),
    ADDRESS("住址", true, "门牌地址，200 字以内；同一户的各行须完全相同", "古城街道堂琅社区建设路 12 号"),
    BUILDING("楼栋/院落", false, "所在楼栋或院落名称；尚未登记的会自动建立", "3栋"),
    NAME("姓名", true, "50 字以内", "张三"),
    RELATION("与户主关系", true, "户主、配偶、子女、父母、孙子女、兄弟姐妹、其他 之一；每户须有且仅有一名户主", "户主"),
    ID_NUMBER("身份证号码", true, "18 位公民身份号码，末位可为 X；请把该列设为“文本”格式，否则 Excel 会丢掉末几位",
            "530326198001010017"),
    PHONE("电话", false, "11 位手机号，或带区号的固定电话", "13812345678"),
    TAGS("标签", false, "人员标签，多个用“、”或“,”分隔，如 独居老人、低保户", "独居老人、低保户");

    static final List<RegisterColumn> ALL = List.of(values());

    private final String title;
    private final boolean required;
    private final String rule;
    private final String example;

    RegisterColumn(String title, boolean required, String rule, String example) {
        this.title = title;
        this.required = required;
        this.rule = rule;
        this.example = example;
    }

    String title() {
        return title;
    }

    boolean required() {
        return required;
    }

    String rule() {
        return rule;
    }

    String example() {
        return example;
    }

    static List<String> titles() {
        return Arrays.stream(values()).map(RegisterColumn::title).toList();
    }
}
