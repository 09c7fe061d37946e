package org.jiceng.search.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jiceng.BadInputException;
import org.jiceng.Input;

/** A search as asked, checked: the query's parts, the kinds, a territory prefix, a date range, the page. */
public record SearchRequest(String query, SearchTerms.Query terms, Set<SearchKind> kinds, String territory, LocalDate from,
                            LocalDate to, SearchCursor after, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** Reads the query parameters of {@code GET /api/v1/search} (and the page), refusing bad ones in Chinese. */
    public static SearchRequest of(String q, String types, String territory, String from, String to, String after,
                                   Integer limit) {
        String query = Input.text(q, "q", "搜索词", 1, 100);
        SearchTerms.Query terms = SearchTerms.query(query);
        if (terms == null) {
            throw new BadInputException("q", "搜索词（q）里没有可检索的词，请换个说法");
        }
        Set<SearchKind> kinds = new LinkedHashSet<>();
        if (types != null && !types.isBlank()) {
            for (String type : types.split(",")) {
                kinds.add(Input.oneOf(SearchKind.class, type.strip().toUpperCase(Locale.ROOT), "types", "类别",
                        SearchKind::label, null));
            }
        } else {
            kinds.addAll(List.of(SearchKind.values()));
        }
        String place = territory == null || territory.isBlank() ? null : territory.strip();
        if (place != null && (!place.matches("[0-9]+") || !SearchTerms.isLevel(place))) {
            throw new BadInputException("territory", "区划（territory）须为 2、4、6、9、12 位的区划代码或 15 位的网格代码");
        }
        LocalDate since = from == null || from.isBlank() ? null : Input.date(from, "from", "起始日期", null);
        LocalDate until = to == null || to.isBlank() ? null : Input.date(to, "to", "截止日期", null);
        if (since != null && until != null && until.isBefore(since)) {
            throw new BadInputException("to", "截止日期（to）不能早于起始日期（from）");
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new BadInputException("limit", "limit 须在 1 到 " + MAX_LIMIT + " 之间");
        }
        return new SearchRequest(query, terms, kinds, place, since, until, SearchCursor.read(after), size);
    }

    /** The same search's query string without the cursor, for the page's links. */
    public String queryString() {
        List<String> parts = new ArrayList<>();
        parts.add("q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        if (kinds.size() < SearchKind.values().length) {
            parts.add("types=" + String.join(",", kinds.stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList()));
        }
        if (territory != null) {
            parts.add("territory=" + territory);
        }
        if (from != null) {
            parts.add("from=" + from);
        }
        if (to != null) {
            parts.add("to=" + to);
        }
        return String.join("&", parts);
    }
}
