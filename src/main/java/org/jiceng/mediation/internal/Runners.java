package org.jiceng.mediation.internal;

import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.mediation.DisputeView;

/** Who runs a dispute: a grant over its territory whose role runs disputes at its level (DisputeRules). */
public final class Runners {

    private Runners() {
    }

    public static boolean runs(CurrentUser user, DisputeView dispute) {
        return user.grants().stream().anyMatch(g -> dispute.territoryCode().startsWith(g.territoryCode())
                && DisputeRules.runs(g.role(), dispute.level()));
    }

    static void check(CurrentUser user, DisputeView dispute) {
        if (!runs(user, dispute)) {
            throw new ForbiddenException(DisputeRules.notYoursToRun(dispute.level()));
        }
    }
}
