package org.jiceng.visits.internal.offline;

import java.time.LocalDate;
import java.util.List;

/**
 * A household as the phone keeps it for work offline: where it is, its head's name masked (the list sits on the
 * phone), its care tags in Chinese, its grid, when it was last visited and when the next visit is due (from its
 * care plan, when it has one).
 */
public record OfflineHousehold(long id, String address, String head, List<String> careTags, String gridCode,
                               LocalDate lastVisitedOn, LocalDate nextDueOn) {

    public OfflineHousehold {
        careTags = List.copyOf(careTags);
    }
}
