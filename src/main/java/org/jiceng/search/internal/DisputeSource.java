package org.jiceng.search.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jiceng.CurrentUser;
import org.jiceng.mediation.DisputeText;
import org.jiceng.mediation.DisputeTexts;
import org.springframework.stereotype.Component;

/**
 * Disputes in the index: title, summary, type and state, their parties' names masked (张**) wherever the text
 * names them, so neither a snippet nor a query shows or finds a party by name; read as mediation rules.
 */
@Component
class DisputeSource implements SearchSource {

    private final DisputeTexts texts;

    DisputeSource(DisputeTexts texts) {
        this.texts = texts;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.DISPUTE;
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> ids) {
        return texts.of(ids).stream().map(DisputeSource::document).toList();
    }

    @Override
    public List<SearchDocument> after(long afterId, int limit) {
        return texts.after(afterId, limit).stream().map(DisputeSource::document).toList();
    }

    @Override
    public Set<Long> readable(CurrentUser user, Collection<Long> ids) {
        return texts.readable(user, ids);
    }

    @Override
    public String url(long id) {
        return "/mediation/disputes/" + id;
    }

    static SearchDocument document(DisputeText d) {
        String title = withoutNames(d.title(), d.partyNames()) + " · " + d.number() + "（" + d.stateLabel() + "）";
        String body = d.typeLabel() + "：" + withoutNames(d.summary(), d.partyNames());
        return new SearchDocument(SearchKind.DISPUTE, d.id(), d.territoryCode(), d.registeredAt(), title, body, false,
                null, List.of(), d.partyUserIds());
    }

    /** The text with each name masked, longest first so that 张三丰 is not left as 张**丰 by 张三. */
    static String withoutNames(String text, List<String> names) {
        String out = text;
        for (String name : names.stream().map(String::strip).filter(n -> !n.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            out = out.replace(name, name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1)));
        }
        return out;
    }
}
