package org.jiceng.search.web;

import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.search.internal.SearchKind;
import org.jiceng.search.internal.SearchRequest;
import org.jiceng.search.internal.SearchService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** 搜索 ({@code /search}): the box of every page's header leads here; a bad filter is shown beside its field. */
@Controller
class SearchPageController {

    private final SearchService search;

    SearchPageController(SearchService search) {
        this.search = search;
    }

    /** What was typed, kept on the page whatever the answer. */
    public static final class SearchForm {
        private String q;
        private String types;
        private String territory;
        private String from;
        private String to;

        public String getQ() {
            return q;
        }

        public void setQ(String q) {
            this.q = q;
        }

        public String getTypes() {
            return types;
        }

        public void setTypes(String types) {
            this.types = types;
        }

        public String getTerritory() {
            return territory;
        }

        public void setTerritory(String territory) {
            this.territory = territory;
        }

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to;
        }
    }

    @Guard(resource = Resource.FULL_TEXT_SEARCH, action = Action.READ)
    @GetMapping("/search")
    String page(@ModelAttribute("searchForm") SearchForm form, BindingResult result,
                @RequestParam(required = false) String after, CurrentUser user, Model model,
                jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("kinds", FormErrors.choices(SearchKind.values(), SearchKind::label));
        if (form.getQ() == null || form.getQ().isBlank()) {
            return "search/search";
        }
        try {
            SearchRequest request = SearchRequest.of(form.getQ(), form.getTypes(), form.getTerritory(), form.getFrom(),
                    form.getTo(), after, null);
            model.addAttribute("result", search.search(user, request));
            model.addAttribute("query", request.queryString());
        } catch (BadInputException refused) {
            FormErrors.reject(result, refused);
            response.setStatus(400);
        }
        return "search/search";
    }
}
