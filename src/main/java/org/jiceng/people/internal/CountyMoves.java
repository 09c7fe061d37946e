package org.jiceng.people.internal;

import org.jiceng.BadInputException;

/**
 * A register row stays in the county it was registered in: its county is part of its keys (docs/scale.md), and on
 * more than one machine a row cannot change county by an update. A move to another county is a move out here and a
 * registration there.
 */
final class CountyMoves {

    private CountyMoves() {
    }

    /** Refuses a move whose destination lies in another county than the territory it leaves. */
    static void requireSameCounty(String field, String fromTerritory, String toTerritory) {
        if (!org.jiceng.County.same(fromTerritory, toTerritory)) {
            throw new BadInputException(field, "不能迁往其他县（市、区）：请先办理迁出，再由迁入地所在县登记");
        }
    }
}
