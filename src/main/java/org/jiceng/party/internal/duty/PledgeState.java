package org.jiceng.party.internal.duty;

/** Where a pledge stands: promised (承诺中), kept (已兑现, shown publicly with how) or withdrawn (已撤回). */
public enum PledgeState {
    PROMISED("承诺中"), KEPT("已兑现"), WITHDRAWN("已撤回");

    private final String label;

    PledgeState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
