package org.jiceng.deliberation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.Beijing;
import org.jiceng.Scope;
import org.jiceng.deliberation.NoticeView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notice boards (公示) of communities; every read takes the caller's {@link Scope}. */
@Repository
class NoticeRepository {

    private static final String COLUMNS =
            "id, territory_code, title, body, from_date, to_date, resolution_id, published_by, published_at";

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String territoryCode, String title, String body, LocalDate from, LocalDate to, Long resolutionId,
                String publishedBy) {
        return jdbc.sql("""
                        insert into deliberation.notice (county, territory_code, title, body, from_date, to_date, resolution_id,
                            published_by)
                        values (left(:territory, 6), :territory, :title, :body, :from, :to, :resolution, :by) returning id""")
                .param("territory", territoryCode).param("title", title).param("body", body).param("from", from)
                .param("to", to).param("resolution", resolutionId).param("by", publishedBy)
                .query(Long.class).single();
    }

    Optional<NoticeView> find(long id, Scope scope) {
        return jdbc.sql("select " + COLUMNS + " from deliberation.notice where id = :id and " + scope.where("territory_code", "county"))
                .params(scope.params()).param("id", id).query(NoticeRepository::view).optional();
    }

    /** Notices in the scope, newest first, before the cursor id; only those showing on {@code day} when given. */
    List<NoticeView> list(Scope scope, LocalDate day, long before, int limit) {
        return jdbc.sql("select " + COLUMNS + " from deliberation.notice where " + scope.where("territory_code", "county")
                        + (day == null ? "" : " and from_date <= :day and (to_date is null or to_date >= :day)")
                        + " and id < :before order by id desc limit :limit")
                .params(scope.params()).param("day", day).param("before", before).param("limit", limit)
                .query(NoticeRepository::view).list();
    }

    boolean ofResolution(long resolutionId) {
        return jdbc.sql("select exists (select 1 from deliberation.notice where resolution_id = :resolution)")
                .param("resolution", resolutionId).query(Boolean.class).single();
    }

    private static NoticeView view(ResultSet rs, int row) throws SQLException {
        return new NoticeView(rs.getLong("id"), rs.getString("territory_code"), rs.getString("title"), rs.getString("body"),
                rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
                (Long) rs.getObject("resolution_id"), rs.getString("published_by"),
                Beijing.shown(rs.getObject("published_at", OffsetDateTime.class)));
    }
}
