package org.jiceng.search.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jiceng.CurrentUser;
import org.jiceng.deliberation.DeliberationText;
import org.jiceng.deliberation.DeliberationTexts;
import org.springframework.stereotype.Component;

/** Meetings' minutes in the index, by their community; read as deliberation rules. */
@Component
class MinutesSource implements SearchSource {

    private final DeliberationTexts texts;

    MinutesSource(DeliberationTexts texts) {
        this.texts = texts;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.MINUTES;
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> ids) {
        return texts.minutes(ids).stream().map(MinutesSource::document).toList();
    }

    @Override
    public List<SearchDocument> after(long afterId, int limit) {
        return texts.minutesAfter(afterId, limit).stream().map(MinutesSource::document).toList();
    }

    @Override
    public Set<Long> readable(CurrentUser user, Collection<Long> ids) {
        return texts.readableMinutes(user, ids);
    }

    @Override
    public String url(long id) {
        return "/meetings/" + id;
    }

    private static SearchDocument document(DeliberationText t) {
        return SearchDocument.inTerritory(SearchKind.MINUTES, t.id(), t.territoryCode(), t.at(), t.title(), t.body());
    }
}
