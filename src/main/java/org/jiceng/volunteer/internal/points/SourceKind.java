package org.jiceng.volunteer.internal.points;

/** What an entry of the points ledger traces to; {@code label} is how a volunteer reads it. */
public enum SourceKind {
    ATTENDANCE("志愿服务时长"),
    DEED("好人好事"),
    PARTY_SERVICE("双报到服务"),
    REDEMPTION("爱心超市兑换"),
    REVERSAL("冲销"),
    DONATION("向爱心超市捐赠");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
