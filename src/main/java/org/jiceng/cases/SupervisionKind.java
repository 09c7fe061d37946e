package org.jiceng.cases;

import java.util.Arrays;
import java.util.Optional;

/** The deadlines supervision (督办) watches: responding, checking in (报到) after a whistle, resolving. */
public enum SupervisionKind {
    RESPONSE("响应"),
    CHECK_IN("报到"),
    RESOLVE("办结");

    private final String label;

    SupervisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 响应超期, 报到超期, 办结超期. */
    public String overdueLabel() {
        return label + "超期";
    }

    public static Optional<SupervisionKind> of(String name) {
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }
}
