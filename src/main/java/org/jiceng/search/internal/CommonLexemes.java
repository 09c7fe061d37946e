package org.jiceng.search.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lexemes found in more than {@link #SHARE} of a county's documents, as PostgreSQL's statistics of the county's
 * partition count them (ANALYZE keeps a tsvector column's most common elements and their shares). Such a word
 * narrows a search little, yet the GIN index must read its whole list — at a year of Beijing's hotline a word in most
 * of a district's documents costs more than the rest of the search — so a search that the index already narrows by
 * place asks it of the rows found instead ({@link SearchSql}). Kept a few minutes: the shares move slowly.
 */
@Component
class CommonLexemes {

    /** A lexeme in more than this share of its county's documents is checked row by row, not looked up. */
    static final double SHARE = 0.2;
    private static final Duration KEPT = Duration.ofMinutes(10);

    private record Known(Set<String> lexemes, Instant until) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Known> byCounty = new ConcurrentHashMap<>();

    CommonLexemes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The common lexemes of the county's partition; none before it has been analysed. */
    Set<String> of(String county) {
        Instant now = clock.instant();
        Known known = byCounty.get(county);
        if (known == null || now.isAfter(known.until())) {
            known = new Known(read(county), now.plus(KEPT));
            byCounty.put(county, known);
        }
        return known.lexemes();
    }

    private Set<String> read(String county) {
        // the partition that holds the county: found by its own rows through the (territory_code, at) index
        String partition = jdbc.sql("""
                        select tableoid::regclass::text from search.document
                        where county = :county and territory_code >= :county and territory_code < :county || 'z'
                        limit 1""")
                .param("county", county).query(String.class).optional().orElse(null);
        if (partition == null) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        select u.lexeme from pg_stats s,
                             unnest(cast(cast(s.most_common_elems as text) as text[]), s.most_common_elem_freqs)
                                 as u(lexeme, share)
                        where s.schemaname = 'search' and s.tablename = :table and s.attname = 'words'
                          and u.share > :share and u.lexeme not like '§%'""")
                .param("table", partition.substring(partition.indexOf('.') + 1)).param("share", SHARE)
                .query(String.class).list());
    }
}
