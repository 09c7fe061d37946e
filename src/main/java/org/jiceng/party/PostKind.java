package org.jiceng.party;

/** Posts held at territory nodes: the 三长制 (片长/组长/邻长), the 双楼长 of a building, and the grid worker. */
public enum PostKind {
    PIAN_ZHANG("片长"), ZU_ZHANG("组长"), LIN_ZHANG("邻长"),
    ZHENGWU_LOUZHANG("政务楼长"), JUWU_LOUZHANG("居务楼长"), GRID_WORKER("网格员");

    private final String label;

    PostKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 政务楼长 and 居务楼长 are per building; the rest are per 片, 组, 邻 or grid. */
    public boolean perBuilding() {
        return this == ZHENGWU_LOUZHANG || this == JUWU_LOUZHANG;
    }
}
