package org.jiceng.identity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.Cursor;
import org.jiceng.Page;
import org.jiceng.Scope;
import org.springframework.stereotype.Component;

/**
 * Reads the audit log for the audit page, in Chinese and Beijing time, filtered by account, event and a range of
 * Beijing days, newest first by keyset; entries without a territory (failed logins) are county-wide.
 */
@Component
public class AuditReader {

    public static final int PAGE = 100;

    private final AuditLog log;

    AuditReader(AuditLog log) {
        this.log = log;
    }

    /** One entry as shown: {@code at} in Beijing time, {@code eventLabel} and {@code detail} in Chinese. */
    public record Line(long id, OffsetDateTime at, String username, String event, String eventLabel, String detail,
                       String remoteAddress) {
    }

    /** The filter as typed on the page (all optional): account, event code, from and to as yyyy-MM-dd (Beijing, inclusive). */
    public record Query(String account, String action, String from, String to, String after) {
    }

    public List<Line> recent(Scope scope, int limit) {
        return log.recent(scope, limit).stream().map(AuditReader::line).toList();
    }

    public Page<Line> page(Scope scope, Query query) {
        String account = blank(query.account());
        if (account != null && account.length() > 64) {
            throw new BadInputException("account", "账号最多 64 个字符");
        }
        String event = blank(query.action());
        if (event != null && !AuditLabels.EVENTS.containsKey(event)) {
            throw new BadInputException("action", "没有“" + event + "”这种事件");
        }
        LocalDate from = day("from", query.from());
        LocalDate to = day("to", query.to());
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadInputException("to", "结束日期不能早于开始日期");
        }
        Cursor.TimeId after = Cursor.timeId(query.after());
        OffsetDateTime beforeAt = after == null ? OffsetDateTime.parse("9999-01-01T00:00:00Z") : after.time();
        long beforeId = after == null ? Long.MAX_VALUE : after.id();
        List<AuditLog.Entry> found = log.search(scope, new AuditLog.Filter(account, event, start(from),
                to == null ? null : start(to.plusDays(1))), beforeAt, beforeId, PAGE + 1);
        return Page.of(found.stream().map(AuditReader::line).toList(), PAGE, l -> Cursor.of(l.at(), l.id()));
    }

    private static Line line(AuditLog.Entry e) {
        return new Line(e.id(), Beijing.shown(e.at()), e.username(), e.event(), AuditLabels.event(e.event()),
                AuditLabels.detail(e.event(), e.detail()), e.remoteAddress());
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Beijing.ZONE).toInstant();
    }

    private static LocalDate day(String field, String text) {
        String value = blank(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadInputException(field, ("from".equals(field) ? "开始" : "结束") + "日期须为“年-月-日”，例如 2026-12-01");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
