package org.jiceng.people.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Cursor;
import org.jiceng.Page;
import org.jiceng.territory.Level;
import org.springframework.stereotype.Service;

/**
 * Reading the access log of personal data: the auditor's and the county's (ACCESS_LOG READ), within their
 * territory, filtered by place, person, kind and dates, newest first.
 */
@Service
public class AccessLogService {

    public record Entry(long id, OffsetDateTime at, String username, AccessKind kind, String territoryCode,
                        Long residentId, String fields, String reason, Integer hits) {

        public String kindLabel() {
            return kind.label();
        }
    }

    /** The filters as given; blank means any. */
    public record Filter(String territory, String username, AccessKind kind, LocalDate from, LocalDate to) {

        public static Filter parse(String territory, String user, String kind, String from, String to) {
            String place = blank(territory) ? null : territory.strip();
            if (place != null && Level.ofCode(place) == null) {
                throw new BadInputException("territory 须为区划或网格代码前缀（2–15 位数字）");
            }
            String who = blank(user) ? null : user.strip();
            if (who != null && who.length() > 100) {
                throw new BadInputException("user 不能超过 100 个字符");
            }
            AccessLog.requirePrintable("user ", who);
            LocalDate since = date("from", from);
            LocalDate until = date("to", to);
            if (since != null && until != null && until.isBefore(since)) {
                throw new BadInputException("结束日期 to 不能早于开始日期 from");
            }
            return new Filter(place, who, blank(kind) ? null : AccessKind.parse(kind), since, until);
        }

        private static LocalDate date(String name, String value) {
            if (blank(value)) {
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value.strip());
                if (date.getYear() < 2000 || date.getYear() > 2999) {
                    throw new BadInputException(name + " 日期须在 2000 年至 2999 年之间");
                }
                return date;
            } catch (DateTimeParseException e) {
                throw new BadInputException(name + " 须为日期，格式如 2026-01-31");
            }
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    private final AccessLog log;
    private final PeopleAccess access;

    AccessLogService(AccessLog log, PeopleAccess access) {
        this.log = log;
        this.access = access;
    }

    /** A page of the log in the reader's territory, newest first; {@code after} is the last id of the page before. */
    public Page<Entry> page(CurrentUser user, Filter filter, String after, Integer limit) {
        int n = Page.limit(limit);
        long before = Cursor.idBelow(after);
        return Page.byId(log.find(filter, access.accessLogScope(user), before, n + 1), n, Entry::id);
    }
}
