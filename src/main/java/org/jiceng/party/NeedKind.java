package org.jiceng.party;

/** What a community needs (需求清单): a 微心愿 a volunteer may claim, a service, goods, or a project to build. */
public enum NeedKind {
    WISH("微心愿"), SERVICE("服务"), GOODS("物资"), PROJECT("项目");

    private final String label;

    NeedKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
