package org.jiceng.services.internal.request;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of one item of a request. Every allowed move is one row of {@link Step}: from which states, to which,
 * and who takes it; nothing else moves a line.
 */
public enum LineState {
    ASKED("已申请"),
    MATERIALS_CHECKED("材料已核"),
    HANDED_OVER("已交部门办理"),
    RETURNED("退回补正"),
    DECIDED("已出结果"),
    DOCUMENTS_RETURNED("已交还"),
    WITHDRAWN("已撤回");

    private final String label;

    LineState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A line that will not move again. */
    public boolean ended() {
        return this == DOCUMENTS_RETURNED || this == WITHDRAWN;
    }

    /** Who may take a step: the resident themselves, the 代办员 or committee of the place, the office it was handed to. */
    public enum Actor { RESIDENT, DESK, OFFICE }

    /** The transition table: each step, the states it leaves, the state it reaches and who may take it. */
    public enum Step {
        CHECK_MATERIALS("check-materials", "核对材料", EnumSet.of(ASKED, MATERIALS_CHECKED), MATERIALS_CHECKED,
                EnumSet.of(Actor.DESK)),
        HAND_OVER("hand-over", "交部门办理", EnumSet.of(MATERIALS_CHECKED), HANDED_OVER, EnumSet.of(Actor.DESK)),
        RETURN("return", "退回补正", EnumSet.of(HANDED_OVER), RETURNED, EnumSet.of(Actor.OFFICE)),
        RESUBMIT("resubmit", "补正后再次提交", EnumSet.of(RETURNED), HANDED_OVER, EnumSet.of(Actor.DESK)),
        DECIDE("decide", "办理结果", EnumSet.of(HANDED_OVER), DECIDED, EnumSet.of(Actor.OFFICE)),
        RETURN_DOCUMENTS("return-documents", "交还证件材料", EnumSet.of(DECIDED), DOCUMENTS_RETURNED,
                EnumSet.of(Actor.DESK)),
        WITHDRAW("withdraw", "撤回", EnumSet.of(ASKED, MATERIALS_CHECKED), WITHDRAWN,
                EnumSet.of(Actor.RESIDENT, Actor.DESK));

        private final String path;
        private final String label;
        private final Set<LineState> from;
        private final LineState to;
        private final Set<Actor> by;

        Step(String path, String label, Set<LineState> from, LineState to, Set<Actor> by) {
            this.path = path;
            this.label = label;
            this.from = from;
            this.to = to;
            this.by = by;
        }

        public String path() {
            return path;
        }

        public String label() {
            return label;
        }

        public LineState to() {
            return to;
        }

        public boolean leaves(LineState state) {
            return from.contains(state);
        }

        public boolean takenBy(Set<Actor> actors) {
            return actors.stream().anyMatch(by::contains);
        }

        private static final Map<String, Step> BY_PATH = Map.of(CHECK_MATERIALS.path, CHECK_MATERIALS,
                HAND_OVER.path, HAND_OVER, RETURN.path, RETURN, RESUBMIT.path, RESUBMIT, DECIDE.path, DECIDE,
                RETURN_DOCUMENTS.path, RETURN_DOCUMENTS, WITHDRAW.path, WITHDRAW);

        public static Step ofPath(String path) {
            return BY_PATH.get(path);
        }
    }
}
