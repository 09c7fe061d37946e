package org.jiceng.deliberation;

/**
 * Where a topic stands in 六步议事: 收集→确定→协商→决议→执行→评议, or set aside at screening (未立项).
 * {@code number} is the step's place in the six (0 for one set aside), as the pages draw them.
 */
public enum TopicStep {
    COLLECTED("收集", 1),
    CONFIRMED("确定", 2),
    DELIBERATING("协商", 3),
    RESOLVED("决议", 4),
    EXECUTING("执行", 5),
    REVIEWED("评议", 6),
    DECLINED("未立项", 0);

    private final String label;
    private final int number;

    TopicStep(String label, int number) {
        this.label = label;
        this.number = number;
    }

    public String label() {
        return label;
    }

    public int number() {
        return number;
    }

    /** The six steps in order, without the side exit. */
    public static java.util.List<TopicStep> six() {
        return java.util.List.of(COLLECTED, CONFIRMED, DELIBERATING, RESOLVED, EXECUTING, REVIEWED);
    }

    /** Whether a topic here may still go on a meeting's agenda. */
    public boolean openForAgenda() {
        return this == COLLECTED || this == CONFIRMED || this == DELIBERATING;
    }
}
