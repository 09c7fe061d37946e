package org.jiceng.volunteer.internal.activity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an activity stands, and the one table of what may follow what: a planned activity is opened for sign-up,
 * runs from its start (the sweep, or the first check-in), and is done when the organiser closes it or its end
 * and grace period have passed; it may be cancelled until it runs. A refusal says why in Chinese.
 */
enum ActivityState {
    PLANNED("筹备中"), OPEN("报名中"), RUNNING("进行中"), DONE("已结束"), CANCELLED("已取消");

    private final String label;

    ActivityState(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    Set<ActivityState> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(OPEN, CANCELLED);
            case OPEN -> EnumSet.of(RUNNING, CANCELLED);
            case RUNNING -> EnumSet.of(DONE);
            case DONE, CANCELLED -> EnumSet.noneOf(ActivityState.class);
        };
    }

    /** Null when the move is allowed, else why not. */
    String refusal(ActivityState to) {
        if (next().contains(to)) {
            return null;
        }
        return "活动" + label + "，不能改为" + to.label;
    }

    /** Volunteers sign up and leave only while sign-up is open. */
    boolean takesSignUps() {
        return this == OPEN;
    }

    /** Codes are shown and scanned while the activity is open or running (within its time window). */
    boolean takesAttendance() {
        return this == OPEN || this == RUNNING;
    }

    /** The organiser confirms times once the activity has run. */
    boolean confirmable() {
        return this == RUNNING || this == DONE;
    }
}
