package org.jiceng.deliberation;

import java.util.Arrays;
import java.util.Optional;

/** What staff do to a topic, by the name the API uses ({@code POST /api/v1/topics/{id}/actions/{action}}). */
public enum TopicAction {
    CONFIRM("confirm", "确定为议题"),
    DECLINE("decline", "不予立项"),
    DELIBERATE("deliberate", "开始协商"),
    RESOLVE("resolve", "形成决议"),
    EXECUTE("execute", "组织实施"),
    REVIEW("review", "评议");

    private final String path;
    private final String label;

    TopicAction(String path, String label) {
        this.path = path;
        this.label = label;
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    /** Whether the action must say something: the reason of a refusal, the resolution, the review. */
    public boolean needsNote() {
        return this == DECLINE || this == RESOLVE || this == REVIEW;
    }

    public static Optional<TopicAction> ofPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
    }
}
