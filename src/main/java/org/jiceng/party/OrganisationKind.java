package org.jiceng.party;

/**
 * How an organisation came to be: 建制性, 功能型 (with a focus, seed 000), 临时, 联合 and 跨村联合 (000), a grid's
 * party group, a 小区/楼栋党支部 (支部建在小区上, 004), a 两新组织 of a new sector (快递物流, 网络自媒体, 003), or a
 * 大党委/大工委 that gathers member units (004).
 */
public enum OrganisationKind {
    ESTABLISHED("建制性"), FUNCTIONAL("功能型"), TEMPORARY("临时"), JOINT("联合"), CROSS_VILLAGE("跨村联合"),
    GRID_GROUP("网格党小组"), ESTATE("小区/楼栋"), NEW_SECTOR("两新组织"), GRAND("大党委/大工委");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A functional organisation names what it works on, a 两新组织 its sector; no other kind has a focus. */
    public boolean hasFocus() {
        return this == FUNCTIONAL || this == NEW_SECTOR;
    }
}
