package org.jiceng.search.internal;

import static org.jiceng.Relation.DISPATCHED_TO_UNIT;
import static org.jiceng.Relation.OWN;
import static org.jiceng.Relation.PARTY_TO;
import static org.jiceng.Relation.PUBLIC;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Relation;
import org.jiceng.Scope;

/**
 * The statement of one search for one person: the query's words (and the asked territory) as one tsquery, and,
 * per kind, the rows the kind's read row lets the person reach — its territory as place lexemes, and the relations
 * the policy grants (own record, public, sent to their department) as columns — so SQL leaves the rest out before
 * ranking. When a person reaches a kind by territory alone (staff), the territory joins the words' tsquery and
 * the GIN index intersects both. The owning module still decides every hit ({@link SearchSource#readable}).
 */
record SearchSql(String sql, Map<String, Object> params) {

    static final String NOTHING = "";

    /**
     * How many of the newest matches are ranked: scoring reads every match's words, so a common word in a busy town
     * would score tens of thousands of rows for one page; the best of the newest matches is what a person looks for.
     */
    static final int RANKED_WINDOW = 500;

    /** The length of a county's code: the index's partition key. */
    private static final int COUNTY = 6;

    /** The statement over all time (within the dates asked). */
    static SearchSql of(CurrentUser user, SearchRequest request) {
        return of(user, request, null, county -> Set.of());
    }

    /**
     * The statement over the days of {@code window} ({@link TimeWindows}), or over all time when null. Each row
     * carries {@code matched}: how many of the window's matches were ranked, so the caller knows whether the window held {@link #RANKED_WINDOW} of them — then the newest of the window are
     * the newest of all, and the page is the same as all time's.
     */
    static SearchSql of(CurrentUser user, SearchRequest request, TimeWindows.Window window) {
        return of(user, request, window, county -> Set.of());
    }

    /**
     * As {@link #of(CurrentUser, SearchRequest, TimeWindows.Window)}, with the lexemes common in a county
     * ({@link CommonLexemes}): when the statement reads one county's partition and the index narrows by place, those
     * of the query are checked on the rows found instead of looked up — the same rows, without reading the lists of
     * words most documents hold.
     */
    static SearchSql of(CurrentUser user, SearchRequest request, TimeWindows.Window window,
                        Function<String, Set<String>> commonIn) {
        Map<String, Object> params = new LinkedHashMap<>();
        String words = request.terms().tsquery();
        List<String> reaches = new ArrayList<>();
        List<String> onlyPlaces = null;   // the levels, when a single kind is reached by places alone
        Set<String> counties = new HashSet<>();   // the counties the reach lies in, "" for beyond one
        int k = 0;
        for (SearchKind kind : request.kinds()) {
            Scope scope = AccessPolicy.scope(user, kind.resource(), Action.READ);
            Set<Relation> relations = AccessPolicy.relations(user, kind.resource(), Action.READ);
            List<String> ways = new ArrayList<>();
            List<String> levels = new ArrayList<>();
            for (String prefix : scope.prefixes()) {
                counties.add(prefix.length() >= COUNTY ? prefix.substring(0, COUNTY) : "");
                if (prefix.isEmpty()) {
                    ways.add("true");
                } else if (SearchTerms.isLevel(prefix)) {
                    levels.add(prefix);
                } else {
                    ways.add("starts_with(territory_code, :prefix_" + k + "_" + ways.size() + ")");
                    params.put("prefix_" + k + "_" + (ways.size() - 1), prefix);
                }
            }
            boolean placesOnly = ways.isEmpty() && !levels.isEmpty();
            if (!levels.isEmpty()) {
                ways.add("words @@ cast(:places_" + k + " as tsquery)");
                params.put("places_" + k, SearchTerms.anyPlace(levels));
            }
            if (relations.contains(OWN)) {
                ways.add("owner_id = :me");
                counties.add("");
                params.put("me", user.id());
                placesOnly = false;
            }
            if (relations.contains(PARTY_TO)) {
                ways.add("party_ids @> array[cast(:me as bigint)]");
                counties.add("");
                params.put("me", user.id());
                placesOnly = false;
            }
            if (relations.contains(PUBLIC)) {
                ways.add("public");
                counties.add("");
                placesOnly = false;
            }
            if (relations.contains(DISPATCHED_TO_UNIT) && user.unitId().isPresent()) {
                ways.add("unit_ids @> array[cast(:unit as bigint)]");
                counties.add("");
                params.put("unit", user.unitId().get());
                placesOnly = false;
            }
            if (!ways.isEmpty()) {
                reaches.add("(kind = '" + kind.name() + "' and (" + String.join(" or ", ways) + "))");
                onlyPlaces = placesOnly && request.kinds().size() == 1 ? levels : null;
            }
            k++;
        }
        if (reaches.isEmpty()) {
            return new SearchSql(NOTHING, Map.of());
        }
        String reach = String.join(" or ", reaches);
        String county = request.territory() != null && request.territory().length() >= COUNTY
                ? request.territory().substring(0, COUNTY)
                : counties.size() == 1 && !counties.contains("") ? counties.iterator().next() : null;
        boolean byPlace = request.territory() != null || onlyPlaces != null;
        SearchTerms.Split split = county != null && byPlace ? request.terms().split(commonIn.apply(county))
                : new SearchTerms.Split(words, "");
        List<String> looked = new ArrayList<>();   // what the GIN index is asked, all of it needed
        if (!split.indexed().isEmpty()) {
            looked.add(split.indexed());
        }
        if (request.territory() != null) {
            looked.add(SearchTerms.quoted(SearchTerms.PLACE + request.territory()));
        }
        if (onlyPlaces != null) {
            looked.add(SearchTerms.anyPlace(onlyPlaces));
            reach = "kind = '" + request.kinds().iterator().next().name() + "'";
            params.keySet().removeIf(p -> p.startsWith("places_"));
        }
        if (window != null) {
            looked.add(window.tsquery(timedPlace(request, onlyPlaces)));
        }
        params.put("q", String.join(" & ", looked.stream().map(part -> "(" + part + ")").toList()));
        params.put("rq", words);
        StringBuilder where = new StringBuilder("words @@ cast(:q as tsquery) and (" + reach + ")");
        if (!split.checked().isEmpty()) {
            // called as a function, the match is no index condition: PostgreSQL checks it on each row found
            where.append(" and ts_match_vq(words, cast(:checked as tsquery))");
            params.put("checked", split.checked());
        }
        if (county != null) {
            // the index is partitioned by county (V4): naming it reads one partition's words, not every county's
            where.append(" and county = :county");
            params.put("county", county);
        }
        if (request.from() != null) {
            where.append(" and at >= :from");
            params.put("from", Timestamp.from(request.from().atStartOfDay(Beijing.ZONE).toInstant()));
        }
        if (request.to() != null) {
            where.append(" and at < :to");
            params.put("to", Timestamp.from(request.to().plusDays(1).atStartOfDay(Beijing.ZONE).toInstant()));
        }
        String after = "";
        if (request.after() != null) {
            after = " where rank < cast(:r as real) or (rank = cast(:r as real)"
                    + " and (at, kind, record_id) < (:at, :kind, :id))";
            params.put("r", request.after().rank());
            params.put("at", Timestamp.from(request.after().at()));
            params.put("kind", request.after().kind().name());
            params.put("id", request.after().recordId());
        }
        params.put("limit", request.limit() + 1);
        String sql = """
                select kind, record_id, territory_code, at, title, body, rank, matched from (
                    select kind, record_id, territory_code, at, title, body,
                           ts_rank_cd(words, cast(:rq as tsquery)) as rank, count(*) over () as matched
                    from (select * from search.document where %s order by at desc limit %d) recent
                ) d%s
                order by rank desc, at desc, kind desc, record_id desc
                limit :limit""".formatted(where, RANKED_WINDOW, after);
        return new SearchSql(sql, params);
    }

    /**
     * The county or town whose own days a window may name: the territory asked, or the one place a person reaches
     * by places alone; none (every place's days) otherwise.
     */
    private static String timedPlace(SearchRequest request, List<String> onlyPlaces) {
        if (request.territory() != null && SearchTerms.isTimed(request.territory())) {
            return request.territory();
        }
        return onlyPlaces != null && onlyPlaces.size() == 1 && SearchTerms.isTimed(onlyPlaces.getFirst())
                ? onlyPlaces.getFirst() : "";
    }
}
