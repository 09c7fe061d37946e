package org.jiceng.deliberation.internal;

import java.util.EnumSet;
import java.util.Set;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Role;
import org.jiceng.Scope;

/**
 * Who may do what with estates and ballots: village, town and county staff manage them in their territory,
 * auditors read them there; owners see the ballots of their estate; residents see household ballots of
 * their village. Scopes are built from the grants of those roles only.
 */
final class BallotAccess {

    static final Set<Role> MANAGERS = EnumSet.of(Role.VILLAGE_STAFF, Role.TOWN_STAFF, Role.COUNTY_ADMIN);
    static final Set<Role> READERS = EnumSet.of(Role.VILLAGE_STAFF, Role.TOWN_STAFF, Role.COUNTY_ADMIN, Role.AUDITOR);

    private BallotAccess() {
    }

    static Scope manageScope(CurrentUser user) {
        return user.scopeAs(MANAGERS);
    }

    static Scope readScope(CurrentUser user) {
        return user.scopeAs(READERS);
    }

    static Scope residentScope(CurrentUser user) {
        return user.scopeAs(Role.RESIDENT);
    }

    static void requireManager(CurrentUser user, String what) {
        if (manageScope(user).isEmpty()) {
            throw new ForbiddenException("只有村（社区）、乡镇（街道）和县级工作人员可以" + what);
        }
    }
}
