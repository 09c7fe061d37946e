package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jiceng.cases.internal.SavedFilters;
import org.jiceng.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The desk's actions fragment as the desk page includes it (the desk's own page and its controller are not this
 * fragment's): the export link carries the search, the saved searches are links with their delete buttons.
 */
@AppTest
class DeskActionsFragmentIT {

    @Autowired
    SpringTemplateEngine engine;

    String render(Map<String, Object> model) {
        var request = new MockHttpServletRequest(new MockServletContext(), "GET", "/cases/desk");
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, new MockHttpServletResponse());
        return engine.process("cases/desk-actions", Set.of("actions"), new WebContext(exchange, Locale.SIMPLIFIED_CHINESE, model));
    }

    @Test
    void theExportLinkCarriesTheSearchAndEachSavedSearchIsALinkWithItsDeleteButton() {
        String html = render(Map.of("deskQuery", "territory=530326001&overdue=true",
                "savedFilters", List.of(new SavedFilters.Saved(7, "本周逾期", "overdue=true&territory=530326001"))));
        assertThat(html).contains("href=\"/cases/desk.xlsx?territory=530326001&amp;overdue=true\"")
                .contains("name=\"query\" value=\"territory=530326001&amp;overdue=true\"")
                .contains("href=\"/cases/desk?overdue=true&amp;territory=530326001\"").contains(">本周逾期<")
                .contains("action=\"/cases/desk/filters/7/delete\"")
                .contains("id=\"bulk-accept\"").contains("action=\"/cases/desk/accept\"").contains("desk-actions.js");
    }

    @Test
    void withoutASearchOrSavedSearchesTheFragmentStillDraws() {
        String html = render(new HashMap<>());
        assertThat(html).contains("href=\"/cases/desk.xlsx\"").doesNotContain("id=\"saved-filters\"");
    }
}
