package org.jiceng.search.web;

import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.search.internal.SearchRequest;
import org.jiceng.search.internal.SearchService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search?q=&types=&territory=&from=&to=&after=&limit=}: ranked hits over cases (more kinds as
 * they join the index), each one the person may read by its own module's rule, snippets redacted and marked.
 */
@RestController
class SearchApiController {

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    @Guard(resource = Resource.FULL_TEXT_SEARCH, action = Action.READ)
    @GetMapping("/api/v1/search")
    SearchService.Result search(@RequestParam(required = false) String q, @RequestParam(required = false) String types,
                                @RequestParam(required = false) String territory,
                                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                                CurrentUser user) {
        return search.search(user, SearchRequest.of(q, types, territory, from, to, after, limit));
    }
}
