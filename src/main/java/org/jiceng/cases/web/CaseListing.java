package org.jiceng.cases.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jiceng.BadInputException;
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

    CaseListing(CaseService cases) {
        this.cases = cases;
    }

    /** One page and the cursor of the next, or null when this is the last. */
    record Slice(List<CaseView> items, String next) {
    }

    /** A tab of a list page: its label, how many cases it holds, where it leads, whether it is open now. */
    record Tab(String key, String label, String count, String href, boolean active) {
    }

    Slice page(CurrentUser user, CaseFilter filter, String after) {
        OffsetDateTime beforeTime = OffsetDateTime.of(9999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        long beforeId = Long.MAX_VALUE;
        if (after != null && !after.isBlank()) {
            String[] parts = after.split("_");
            try {
                beforeTime = Instant.ofEpochSecond(0, Long.parseLong(parts[0]) * 1000).atOffset(ZoneOffset.UTC);
                beforeId = Long.parseLong(parts[1]);
            } catch (RuntimeException e) {
                throw new BadInputException("翻页参数 after 格式不正确");
            }
        }
        List<CaseView> found = cases.list(user, filter, beforeTime, beforeId, PAGE + 1);
        if (found.size() <= PAGE) {
            return new Slice(found, null);
        }
        CaseView last = found.get(PAGE - 1);
        return new Slice(found.subList(0, PAGE), (last.receivedAt().toInstant().getEpochSecond() * 1_000_000
                + last.receivedAt().getNano() / 1000) + "_" + last.id());
    }

    String count(CurrentUser user, CaseFilter filter) {
        OffsetDateTime end = OffsetDateTime.of(9999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        int n = cases.list(user, filter, end, Long.MAX_VALUE, COUNT_CAP + 1).size();
        return n > COUNT_CAP ? COUNT_CAP + "+" : String.valueOf(n);
    }
}
