package org.jiceng;

/** What a person does to a {@link Resource}. */
public enum Action {
    READ("查看"),
    CREATE("新建"),
    UPDATE("修改"),
    ACT("办理"),
    FOLLOW("关注"),
    REVEAL("查看完整号码"),
    SEARCH("按完整号码查找"),
    IMPORT("导入"),
    EXPORT("导出"),
    MANAGE("管理");

    private final String label;

    Action(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
