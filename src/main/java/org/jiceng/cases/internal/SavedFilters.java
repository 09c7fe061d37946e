package org.jiceng.cases.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Text;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff member's saved desk searches: a name and the desk's query string, kept per account and seen, used and
 * deleted by that account alone. Only the desk's filter parameters are kept: the page cursor is dropped, and so is
 * a reporter's phone, which must not lie in a table of saved links.
 */
@Component
public class SavedFilters {

    /** The desk's filter parameters (the agreed names); anything else in a saved query string is dropped. */
    static final Set<String> PARAMETERS = Set.of("state", "category", "territory", "level", "overdue", "mine", "number",
            "unit", "channel", "from", "to", "dueToday", "open", "closed", "newToday");
    static final int MAX_PER_ACCOUNT = 30;
    static final int MAX_NAME = 30;

    private final SavedFilterRepository filters;
    private final Clock clock;

    SavedFilters(SavedFilterRepository filters, Clock clock) {
        this.filters = filters;
        this.clock = clock;
    }

    /** One saved search; {@code query} is ready to follow {@code /cases/desk?}. */
    public record Saved(long id, String name, String query) {
    }

    public List<Saved> of(CurrentUser user) {
        requireStaff(user);
        return filters.of(user.id());
    }

    @Transactional
    public Saved save(CurrentUser user, String name, String query) {
        requireStaff(user);
        String named = name == null ? "" : name.strip();
        if (named.isEmpty() || Text.length(named) > MAX_NAME) {
            throw new BadInputException("name", "名称须为 1 到 " + MAX_NAME + " 个字");
        }
        String kept = kept(query);
        if (kept.isEmpty()) {
            throw new BadInputException("query", "当前没有筛选条件，无需保存：请先在上方选择条件并查询");
        }
        if (kept.length() > 1000) {
            throw new BadInputException("query", "筛选条件过长，无法保存");
        }
        if (filters.count(user.id()) >= MAX_PER_ACCOUNT) {
            throw new BadInputException("name", "每人最多保存 " + MAX_PER_ACCOUNT + " 个筛选，请先删除不用的");
        }
        try {
            return new Saved(filters.insert(user.id(), named, kept, clock.instant()), named, kept);
        } catch (DuplicateKeyException e) {
            throw new BadInputException("name", "已有名为“" + named + "”的筛选，请换一个名称");
        }
    }

    /** Deletes one of the user's own saved searches; another's, or one that is gone, is 404 alike. */
    @Transactional
    public void delete(CurrentUser user, long id) {
        requireStaff(user);
        if (!filters.delete(user.id(), id)) {
            throw new org.jiceng.NotFoundException("保存的筛选 " + id + " 不存在");
        }
    }

    /** The desk's filter parameters of {@code query}, in the order given, re-encoded; blank values left out. */
    public static String kept(String query) {
        if (query == null || query.isBlank()) {
            return "";
        }
        String q = query.strip();
        if (q.startsWith("?")) {
            q = q.substring(1);
        }
        List<String> parts = new ArrayList<>();
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = decode(pair.substring(0, eq));
            String value = decode(pair.substring(eq + 1)).strip();
            if (PARAMETERS.contains(key) && !value.isEmpty()) {
                parts.add(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return String.join("&", parts);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Saved searches are the desk's: staff who read cases by territory or by their unit. */
    static void requireStaff(CurrentUser user) {
        if (CaseAccess.readScope(user).isEmpty() && CaseAccess.readingUnit(user) == null) {
            throw new ForbiddenException("保存筛选只对工作人员开放");
        }
    }
}
