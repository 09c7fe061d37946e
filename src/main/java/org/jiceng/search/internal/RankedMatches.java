package org.jiceng.search.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A page of the index's rows for one person, ranked: asked of the narrowest time window that holds enough matches
 * ({@link TimeWindows}), so a common word is ranked over its newest matches without reading all its others.
 */
@Component
class RankedMatches {

    /** One row of the index as ranked; {@code matched} is how many of its window's matches were ranked. */
    record Row(SearchKind kind, long id, String territoryCode, Instant at, String title, String body, float rank,
               long matched) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CommonLexemes common;

    RankedMatches(JdbcClient jdbc, Clock clock, CommonLexemes common) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.common = common;
    }

    /** A page and the window it was found in (null: all time). */
    record Page(List<Row> rows, TimeWindows.Window window) {
    }

    /** Up to {@code request.limit() + 1} rows (the extra one says a next page exists); none if nothing is reachable. */
    List<Row> page(CurrentUser user, SearchRequest request) {
        return ranked(user, request).rows();
    }

    /** The page, and the window that held it. */
    Page ranked(CurrentUser user, SearchRequest request) {
        LocalDate last = request.to() != null ? request.to() : Beijing.today(clock);
        // how much of the last day has happened: all of it for a date asked, today's hours so far otherwise
        Instant lastDayStarts = last.atStartOfDay(Beijing.ZONE).toInstant();
        double lastDayPassed = Math.min(1.0, Duration.between(lastDayStarts, clock.instant()).toMinutes() / 1440.0);
        TimeWindows.Window window = TimeWindows.first(last, request.from());
        while (true) {
            SearchSql statement = SearchSql.of(user, request, window, common::of);
            if (statement.sql().equals(SearchSql.NOTHING)) {
                return new Page(List.of(), null);
            }
            List<Row> rows = jdbc.sql(statement.sql()).params(statement.params())
                    .query((rs, n) -> new Row(SearchKind.valueOf(rs.getString("kind")), rs.getLong("record_id"),
                            rs.getString("territory_code"), rs.getTimestamp("at").toInstant(), rs.getString("title"),
                            rs.getString("body"), rs.getFloat("rank"), rs.getLong("matched")))
                    .list();
            // an empty page past a cursor says nothing of its window: the next is judged as if it held none
            long matched = rows.isEmpty() ? 0 : rows.getFirst().matched();
            if (window == null || matched >= SearchSql.RANKED_WINDOW) {
                return new Page(rows, window);
            }
            window = TimeWindows.next(window, matched, request.from(), lastDayPassed);
        }
    }
}
