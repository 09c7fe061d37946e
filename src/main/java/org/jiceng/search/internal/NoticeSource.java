package org.jiceng.search.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jiceng.CurrentUser;
import org.jiceng.deliberation.DeliberationText;
import org.jiceng.deliberation.DeliberationTexts;
import org.springframework.stereotype.Component;

/** Notices of deliberation in the index, by their community; read as deliberation rules. */
@Component
class NoticeSource implements SearchSource {

    private final DeliberationTexts texts;

    NoticeSource(DeliberationTexts texts) {
        this.texts = texts;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.NOTICE;
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> ids) {
        return texts.notices(ids).stream().map(NoticeSource::document).toList();
    }

    @Override
    public List<SearchDocument> after(long afterId, int limit) {
        return texts.noticesAfter(afterId, limit).stream().map(NoticeSource::document).toList();
    }

    @Override
    public Set<Long> readable(CurrentUser user, Collection<Long> ids) {
        return texts.readableNotices(user, ids);
    }

    @Override
    public String url(long id) {
        return "/notices";   // the board lists them; a notice has no page of its own
    }

    private static SearchDocument document(DeliberationText t) {
        return SearchDocument.inTerritory(SearchKind.NOTICE, t.id(), t.territoryCode(), t.at(), t.title(), t.body());
    }
}
