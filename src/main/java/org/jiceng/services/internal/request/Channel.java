package org.jiceng.services.internal.request;

/** How the request came in: the resident on the phone, or taken in on their behalf (代办, 全程代理). */
public enum Channel {
    SELF_SERVICE("本人网上申请"),
    VILLAGE_AGENCY("村组代办"),
    BUILDING_AGENCY("政务楼长代办"),
    FULL_PROXY("全程代理");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean agency() {
        return this != SELF_SERVICE;
    }
}
