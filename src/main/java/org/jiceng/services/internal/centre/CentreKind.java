package org.jiceng.services.internal.centre;

/** A 党群服务中心 of a town or community, or a 服务站/点 of a village. */
public enum CentreKind {
    CENTRE("党群服务中心"), STATION("服务站");

    private final String label;

    CentreKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
