package org.jiceng.identity;

import org.jiceng.CurrentUser;

/** The append-only audit log (DESIGN §8): who did what, when, from where. */
public interface AuditTrail {

    void record(CurrentUser who, String event, String detail);

    /** For events before anyone is signed in (a failed login names only the attempted username). */
    void recordAnonymous(String username, String event, String detail);
}
