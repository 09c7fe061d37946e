package org.jiceng.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiceng.CurrentUser;
import org.jiceng.cases.CaseText;
import org.jiceng.cases.CaseTexts;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.CasesApi;
import org.springframework.stereotype.Component;

/**
 * Cases in the index: the description, the address and the replies the reporter is told, the reporter's name masked;
 * read as the case loop rules.
 */
@Component
class CaseSource implements SearchSource {

    private final CaseTexts texts;
    private final CasesApi cases;

    CaseSource(CaseTexts texts, CasesApi cases) {
        this.texts = texts;
        this.cases = cases;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.CASE;
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> ids) {
        return texts.of(ids).stream().map(CaseSource::document).toList();
    }

    @Override
    public List<SearchDocument> after(long afterId, int limit) {
        return texts.after(afterId, limit).stream().map(CaseSource::document).toList();
    }

    @Override
    public Set<Long> readable(CurrentUser user, Collection<Long> ids) {
        return cases.findAll(user, ids).stream().map(CaseView::id).collect(Collectors.toSet());
    }

    @Override
    public String url(long id) {
        return "/cases/" + id;
    }

    static SearchDocument document(CaseText c) {
        // the reporter's name is masked (王建国 → 王**) wherever the text names it, before the words are cut: a
        // snippet never shows it, whoever searches, and no one finds a case by its reporter's name
        List<String> name = c.reporterName() == null || c.reporterName().strip().length() < 2 ? List.of()
                : List.of(c.reporterName());
        List<String> parts = new ArrayList<>();
        parts.add(DisputeSource.withoutNames(c.description(), name));
        if (c.address() != null && !c.address().isBlank()) {
            parts.add("地址：" + DisputeSource.withoutNames(c.address(), name));
        }
        c.publicNotes().forEach(note -> parts.add("答复：" + DisputeSource.withoutNames(note, name)));
        String title = c.categoryName() + " · " + c.number() + "（" + c.state().label() + "）";
        return new SearchDocument(SearchKind.CASE, c.id(), c.territoryCode(), c.receivedAt(), title,
                String.join("\n", parts), c.publicCase(), c.reporterId(), c.unitIds(), List.of());
    }
}
