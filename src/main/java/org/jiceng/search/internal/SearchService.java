package org.jiceng.search.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.platform.ReadsReplica;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search for one person: the index answers the rows their read rows can reach, ranked (ts_rank_cd,
 * newest first among equals); then each hit is asked of the module that owns it, and only those it lets the person
 * read are shown, with a snippet around the query's words.
 */
@Service
public class SearchService {

    /** How many characters of a record's text a snippet shows. */
    static final int SNIPPET_WIDTH = 90;

    private final RankedMatches matches;
    private final Map<SearchKind, SearchSource> sources = new EnumMap<>(SearchKind.class);

    SearchService(RankedMatches matches, List<SearchSource> sources) {
        this.matches = matches;
        sources.forEach(s -> this.sources.put(s.kind(), s));
    }

    /** One hit as shown: its text redacted, the query's words marked in the snippet. */
    public record Hit(String kind, String kindLabel, long id, String title, String snippet,
                      List<Snippets.Highlight> highlights, OffsetDateTime at, String url, String territoryCode) {

        /** The snippet cut at its highlights, for the page: each part and whether it is a query word. */
        public List<Part> parts() {
            List<Part> parts = new ArrayList<>();
            int at = 0;
            for (Snippets.Highlight h : highlights) {
                if (h.start() > at) {
                    parts.add(new Part(snippet.substring(at, h.start()), false));
                }
                parts.add(new Part(snippet.substring(h.start(), h.end()), true));
                at = h.end();
            }
            if (at < snippet.length()) {
                parts.add(new Part(snippet.substring(at), false));
            }
            return parts;
        }
    }

    public record Part(String text, boolean hit) {
    }

    /** A page of hits: {@code next} continues after the last row the index ranked, shown or not. */
    public record Result(List<Hit> items, String next) {
    }

    @ReadsReplica
    @Transactional(readOnly = true)
    public Result search(CurrentUser user, SearchRequest request) {
        List<RankedMatches.Row> rows = matches.page(user, request);
        String next = null;
        if (rows.size() > request.limit()) {
            rows = rows.subList(0, request.limit());
            RankedMatches.Row last = rows.getLast();
            next = new SearchCursor(last.rank(), last.at(), last.kind(), last.id()).write();
        }
        Map<SearchKind, Set<Long>> readable = new EnumMap<>(SearchKind.class);
        Map<SearchKind, Set<Long>> asked = new EnumMap<>(SearchKind.class);
        rows.forEach(r -> asked.computeIfAbsent(r.kind(), k -> new HashSet<>()).add(r.id()));
        asked.forEach((kind, ids) -> readable.put(kind, sources.get(kind).readable(user, ids)));
        List<Hit> hits = new ArrayList<>();
        for (RankedMatches.Row r : rows) {
            if (!readable.get(r.kind()).contains(r.id())) {
                continue;
            }
            Snippets.Snippet snippet = Snippets.of(r.body(), request.terms().surfaces(), SNIPPET_WIDTH);
            hits.add(new Hit(r.kind().name().toLowerCase(java.util.Locale.ROOT), r.kind().label(), r.id(), r.title(),
                    snippet.text(), snippet.highlights(), Beijing.shown(r.at().atOffset(Beijing.OFFSET)),
                    sources.get(r.kind()).url(r.id()), r.territoryCode()));
        }
        return new Result(hits, next);
    }
}
