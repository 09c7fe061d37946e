package org.jiceng.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.Scope;
import org.jiceng.identity.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The audit log: append-only rows in identity.audit_log, read within a scope. */
@Component
class AuditLog implements AuditTrail {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Entry(long id, java.time.OffsetDateTime at, String username, String territoryCode, String event,
                 String detail, String remoteAddress) {
    }

    @Override
    public void record(CurrentUser who, String event, String detail) {
        insert(who.username(), who.homeTerritory(), event, detail);
    }

    @Override
    public void recordAnonymous(String username, String event, String detail) {
        insert(username, null, event, detail);
    }

    private void insert(String username, String territory, String event, String detail) {
        jdbc.sql("""
                        insert into identity.audit_log (username, territory_code, event, detail, remote_address)
                        values (:username, :territory, :event, :detail, :address)""")
                .param("username", clean(username, 64)).param("territory", territory).param("event", event)
                .param("detail", clean(detail, 2000)).param("address", remoteAddress())
                .update();
    }

    /** What was typed at a failed login is logged as typed, but PostgreSQL refuses NUL and a log needs no novel. */
    static String clean(String text, int max) {
        if (text == null) {
            return null;
        }
        String printable = text.replaceAll("[\\p{Cntrl}&&[^\\n]]", "?");
        return printable.length() > max ? printable.substring(0, max) + "…" : printable;
    }

    List<Entry> recent(Scope scope, int limit) {
        return jdbc.sql("select id, at, username, territory_code, event, detail, remote_address from identity.audit_log"
                        + " where " + scope.where("territory_code") + " order by at desc, id desc limit :limit")
                .params(scope.params()).param("limit", limit)
                .query(Entry.class).list();
    }

    /** What the audit page filters on; null means any. {@code from}/{@code until}: an instant range, until excluded. */
    record Filter(String username, String event, java.time.Instant from, java.time.Instant until) {
    }

    /** Newest first below (at, id), within the scope, by keyset. */
    List<Entry> search(Scope scope, Filter filter, java.time.OffsetDateTime beforeAt, long beforeId, int limit) {
        StringBuilder sql = new StringBuilder("select id, at, username, territory_code, event, detail, remote_address"
                + " from identity.audit_log where " + scope.where("territory_code") + " and (at, id) < (:beforeAt, :beforeId)");
        var query = new java.util.LinkedHashMap<String, Object>(scope.params());
        if (filter.username() != null) {
            sql.append(" and username = :username");
            query.put("username", filter.username());
        }
        if (filter.event() != null) {
            sql.append(" and event = :event");
            query.put("event", filter.event());
        }
        if (filter.from() != null) {
            sql.append(" and at >= :from");
            query.put("from", java.sql.Timestamp.from(filter.from()));
        }
        if (filter.until() != null) {
            sql.append(" and at < :until");
            query.put("until", java.sql.Timestamp.from(filter.until()));
        }
        return jdbc.sql(sql + " order by at desc, id desc limit :limit").params(query)
                .param("beforeAt", beforeAt).param("beforeId", beforeId).param("limit", limit)
                .query(Entry.class).list();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
