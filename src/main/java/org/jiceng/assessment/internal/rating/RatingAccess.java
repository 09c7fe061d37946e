package org.jiceng.assessment.internal.rating;

import static org.jiceng.Resource.STAR_RATING;

import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Scope;

/**
 * Who may do what with star ratings, as {@link AccessPolicy} says: the county and its party administrators set
 * criteria and confirm; towns and the county propose and enter values; a place and its organisation read its own.
 * Criteria and settings are a county's: read by anyone who may read a rating there.
 */
public final class RatingAccess {

    private RatingAccess() {
    }

    /** Where the user may do {@code action}; refuses, naming who may, a user who may nowhere. */
    public static Scope where(CurrentUser user, Action action) {
        Scope scope = AccessPolicy.scope(user, STAR_RATING, action);
        if (scope.isEmpty()) {
            throw AccessPolicy.refusal(STAR_RATING, action);
        }
        return scope;
    }

    /** The county whose configuration the user works with: the one named, or that of the user's first grant. */
    static String county(CurrentUser user, String named, Action action) {
        String county = named == null || named.isBlank() ? user.homeTerritory() : named.strip();
        if (!county.matches("[0-9]{6,}")) {
            throw new BadInputException("county", "县（市、区）代码须为 6 位数字");
        }
        county = county.substring(0, 6);
        if (action == Action.READ) {
            // a county's criteria are read by anyone rating or rated inside it
            String c = county;
            if (where(user, action).prefixes().stream().noneMatch(p -> p.startsWith(c) || c.startsWith(p))) {
                throw AccessPolicy.refusal(STAR_RATING, action);
            }
        } else {
            AccessPolicy.check(user, STAR_RATING, action, AccessPolicy.Target.at(county));
        }
        return county;
    }
}
