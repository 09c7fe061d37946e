package org.jiceng.services.internal.booking;

import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Relation;
import org.jiceng.Resource;
import org.jiceng.services.internal.booking.BookingRepository.BookingRow;

/**
 * Who may do what with a booking, as {@link AccessPolicy} says: the territory is the centre's, OWN holds for the
 * resident who made it. What the person may not read is a 404; checking in is the desk's alone (the resident's OWN
 * row lets them cancel, not check themselves in).
 */
final class BookingAccess {

    private BookingAccess() {
    }

    static Target of(CurrentUser user, BookingRow row) {
        return Target.at(row.territoryCode()).withIf(row.userId() == user.id(), Relation.OWN);
    }

    static void readable(CurrentUser user, BookingRow row) {
        if (!AccessPolicy.allows(user, Resource.BOOKING, Action.READ, of(user, row))) {
            throw notFound(row.id());
        }
    }

    static void mayCancel(CurrentUser user, BookingRow row) {
        readable(user, row);
        AccessPolicy.check(user, Resource.BOOKING, Action.ACT, of(user, row));
    }

    static void mayCheckIn(CurrentUser user, BookingRow row) {
        readable(user, row);
        AccessPolicy.check(user, Resource.BOOKING, Action.ACT, Target.at(row.territoryCode()));
    }

    static boolean isDesk(CurrentUser user, String territoryCode) {
        return AccessPolicy.allows(user, Resource.BOOKING, Action.ACT, Target.at(territoryCode));
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("预约 " + id + " 不存在或不在您的辖区内");
    }
}
