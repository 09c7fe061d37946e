package org.jiceng.territory.internal;

import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Resource;
import org.jiceng.Scope;

/**
 * Who may do what with grids, as {@link AccessPolicy} says: the territory where one may import grids is
 * the scope of one's GRID IMPORT rows only (a town's staff: their town), not everything one may read.
 */
public final class TerritoryAccess {

    private TerritoryAccess() {
    }

    public static Scope importScope(CurrentUser user) {
        Scope scope = AccessPolicy.scope(user, Resource.GRID, Action.IMPORT);
        if (scope.isEmpty()) {
            throw AccessPolicy.refusal(Resource.GRID, Action.IMPORT);
        }
        return scope;
    }
}
