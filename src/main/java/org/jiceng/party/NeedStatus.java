package org.jiceng.party;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a need stands, and the one table of what may follow what: an open need is claimed (by a volunteer, outside
 * party work) or taken into a project, then fulfilled; the community may close an open or claimed need it no
 * longer has. A refusal says why in Chinese.
 */
public enum NeedStatus {
    OPEN("待认领"), CLAIMED("已认领"), IN_PROJECT("已立项"), FULFILLED("已完成"), CLOSED("已关闭");

    private final String label;

    NeedStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The states this one may move to. */
    public Set<NeedStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(CLAIMED, IN_PROJECT, CLOSED);
            case CLAIMED -> EnumSet.of(FULFILLED, CLOSED, IN_PROJECT);
            case IN_PROJECT -> EnumSet.of(FULFILLED);
            case FULFILLED, CLOSED -> EnumSet.noneOf(NeedStatus.class);
        };
    }

    public boolean mayBecome(NeedStatus to) {
        return next().contains(to);
    }

    /** Why the move is refused, or null when it is allowed. */
    public String refusal(NeedStatus to) {
        if (mayBecome(to)) {
            return null;
        }
        if (this == FULFILLED || this == CLOSED) {
            return "该需求" + label + "，不能再改为" + to.label;
        }
        return "该需求" + label + "，不能直接改为" + to.label;
    }
}
