package org.jiceng.people.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The PIPL access log of personal data: every reveal of a full number, every export, every search by a full
 * ID or phone number and every bulk read of households or residents — who, when, where, why, how many.
 * It never holds a number: a search is logged by its kind and hit count, not by what was searched for.
 */
@Repository
class AccessLog {

    private final JdbcClient jdbc;

    AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void reveal(String username, long residentId, String territoryCode, String fields, String reason) {
        insert(username, AccessKind.REVEAL, territoryCode, residentId, fields, reason, 1);
    }

    void record(String username, AccessKind kind, String territoryCode, String fields, String reason, int hits) {
        insert(username, kind, territoryCode, null, fields, reason, hits);
    }

    private void insert(String username, AccessKind kind, String territoryCode, Long residentId, String fields,
                        String reason, int hits) {
        if (reason != null && reason.strip().length() > 200) {
            throw new BadInputException("事由不能超过 200 字");
        }
        requirePrintable("事由", reason);
        jdbc.sql("""
                        insert into people.reveal_log (username, kind, resident_id, territory_code, fields, reason, hits)
                        values (:username, :kind, :resident, :territory, :fields, :reason, :hits)""")
                .param("username", username).param("kind", kind.name()).param("resident", residentId)
                .param("territory", territoryCode).param("fields", fields)
                .param("reason", reason == null || reason.isBlank() ? null : reason.strip()).param("hits", hits)
                .update();
    }

    /** Control characters (NUL above all, which PostgreSQL refuses in text) are a 400, never a 500. */
    static void requirePrintable(String what, String value) {
        if (value != null && value.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
            throw new BadInputException(what + "不能含有控制字符");
        }
    }

    /** Entries in the scope matching the filter, newest first, below the id {@code before}. */
    List<AccessLogService.Entry> find(AccessLogService.Filter filter, Scope scope, long before, int limit) {
        Scope where = filter.territory() == null ? scope : scope.narrowedTo(filter.territory());
        StringBuilder sql = new StringBuilder("""
                select id, at, username, kind, territory_code, resident_id, fields, reason, hits
                from people.reveal_log where id < :before""").append(" and ").append(where.where("territory_code"));
        var query = new java.util.LinkedHashMap<String, Object>(where.params());
        query.put("before", before);
        if (filter.username() != null) {
            sql.append(" and username = :username");
            query.put("username", filter.username());
        }
        if (filter.kind() != null) {
            sql.append(" and kind = :kind");
            query.put("kind", filter.kind().name());
        }
        if (filter.from() != null) {
            sql.append(" and at >= :from");
            query.put("from", filter.from().atStartOfDay(Beijing.ZONE).toOffsetDateTime());
        }
        if (filter.to() != null) {
            sql.append(" and at < :to");
            query.put("to", filter.to().plusDays(1).atStartOfDay(Beijing.ZONE).toOffsetDateTime());
        }
        sql.append(" order by id desc limit :limit");
        query.put("limit", limit);
        return jdbc.sql(sql.toString()).params(query)
                .query((rs, n) -> new AccessLogService.Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        AccessKind.valueOf(rs.getString(4)), rs.getString(5), (Long) rs.getObject(6), rs.getString(7),
                        rs.getString(8), (Integer) rs.getObject(9)))
                .list();
    }
}
