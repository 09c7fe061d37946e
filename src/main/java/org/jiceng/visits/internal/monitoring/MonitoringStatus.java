package org.jiceng.visits.internal.monitoring;

/** Where a household's year stands in 防返贫 monitoring; only a recorded decision ends monitoring. */
public enum MonitoringStatus {
    NORMAL("未触发预警"), FLAGGED("已预警，待落实帮扶"), MONITORED("监测帮扶中"), REMOVED("已消除风险");

    private final String label;

    MonitoringStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the household is in monitoring: contacts, measures and a removal decision belong to it then. */
    public boolean monitored() {
        return this == FLAGGED || this == MONITORED;
    }

    /**
     * The status after the figures are evaluated again: a household enters monitoring when flagged, and nothing but
     * a removal decision takes it out; a household removed and flagged again comes back in.
     */
    public MonitoringStatus afterEvaluation(boolean flagged, boolean helped) {
        return switch (this) {
            case NORMAL -> flagged ? FLAGGED : NORMAL;
            case FLAGGED, MONITORED -> this;
            case REMOVED -> flagged ? (helped ? MONITORED : FLAGGED) : REMOVED;
        };
    }
}
