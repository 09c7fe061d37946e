package org.jiceng.services.internal.request;

import java.util.List;

/** The one status a resident sees for a request, derived from its lines. */
public enum RequestStatus {
    ASKED("已申请"),
    IN_PROGRESS("办理中"),
    NEEDS_MATERIALS("待补正"),
    READY("待交还"),
    DONE("已办结"),
    WITHDRAWN("已撤回");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Any line returned for materials makes the whole request 待补正; all lines ended make it 已办结. */
    public static RequestStatus of(List<LineState> lines) {
        if (lines.stream().anyMatch(s -> s == LineState.RETURNED)) {
            return NEEDS_MATERIALS;
        }
        if (lines.stream().allMatch(s -> s == LineState.WITHDRAWN)) {
            return WITHDRAWN;
        }
        if (lines.stream().allMatch(LineState::ended)) {
            return DONE;
        }
        if (lines.stream().allMatch(s -> s == LineState.ASKED || s == LineState.WITHDRAWN)) {
            return ASKED;
        }
        if (lines.stream().allMatch(s -> s.ended() || s == LineState.DECIDED)) {
            return READY;
        }
        return IN_PROGRESS;
    }

    public boolean ended() {
        return this == DONE || this == WITHDRAWN;
    }
}
