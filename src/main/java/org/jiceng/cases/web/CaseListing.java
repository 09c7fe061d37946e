package org.jiceng.cases.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.internal.CaseFilter;
import org.jiceng.cases.internal.CaseService;
import org.springframework.stereotype.Component;

/** A page of a case list, newest first, keyset by (received at, id) as the API does. */
@Component
class CaseListing {

    static final int PAGE = 50;
    /** A tab's count stops here and shows as "200+": enough to know the load, cheap to ask. */
    static final int COUNT_CAP = 200;

    private final CaseService cases;
    private final Clock clock;

    CaseListing(CaseService cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /** One page, the cursor of the next (null when this is the last), and the time it was read at (for 已逾期). */
    record Slice(List<CaseView> items, String next, Instant now) {
    }

    /** A tab of a list page: its label, how many cases it holds, where it leads, whether it is open now. */
    record Tab(String key, String label, String count, String href, boolean active) {
    }

    Slice page(CurrentUser user, CaseFilter filter, String after) {
        CaseListQuery.Before before = CaseListQuery.Before.after(after);
        List<CaseView> found = cases.list(user, filter, before.time(), before.id(), PAGE + 1);
        Instant now = clock.instant();
        if (found.size() <= PAGE) {
            return new Slice(found, null, now);
        }
        return new Slice(found.subList(0, PAGE), CaseListQuery.Before.cursorOf(found.get(PAGE - 1)), now);
    }

    String count(CurrentUser user, CaseFilter filter) {
        int n = cases.list(user, filter, CaseListQuery.Before.FIRST.time(), Long.MAX_VALUE, COUNT_CAP + 1).size();
        return n > COUNT_CAP ? COUNT_CAP + "+" : String.valueOf(n);
    }
}
