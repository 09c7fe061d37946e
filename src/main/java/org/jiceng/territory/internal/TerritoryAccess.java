package org.jiceng.territory.internal;

import static org.jiceng.Action.IMPORT;
import static org.jiceng.Action.READ;
import static org.jiceng.Resource.GRID;
import static org.jiceng.Resource.UNIT;

import org.jiceng.AccessPolicy;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Scope;

/**
 * Who may do what with the territory, as {@link AccessPolicy} says: divisions and handling units are reference
 * data every signed-in account reads; grids (their workers, their outlines) are read where one works; grids are
 * imported by town staff and the county, each into their own territory only.
 */
public final class TerritoryAccess {

    private TerritoryAccess() {
    }

    /** Where the user reads grids. */
    public static Scope grids(CurrentUser user) {
        return AccessPolicy.scope(user, GRID, READ);
    }

    /** Refuses, in Chinese, a territory wholly outside where the user reads grids. */
    public static Scope gridsIn(CurrentUser user, String code) {
        Scope scope = grids(user).narrowedTo(code);
        if (scope.isEmpty()) {
            throw new ForbiddenException("区域 " + code + " 不在您的辖区内");
        }
        return scope;
    }

    /** Where the user may import grids; refuses, naming who may, a user who may nowhere. */
    public static Scope imports(CurrentUser user) {
        Scope scope = AccessPolicy.scope(user, GRID, IMPORT);
        if (scope.isEmpty()) {
            throw AccessPolicy.refusal(GRID, IMPORT);
        }
        return scope;
    }

    /** Handling units are reference data: every account the policy lets read them reads them all. */
    public static Scope units(CurrentUser user) {
        return AccessPolicy.mayAtAll(user, UNIT, READ) ? Scope.everything() : Scope.nothing();
    }
}
