package org.jiceng.search.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jiceng.CurrentUser;
import org.jiceng.deliberation.DeliberationText;
import org.jiceng.deliberation.DeliberationTexts;
import org.springframework.stereotype.Component;

/** Topics of deliberation in the index, by their community; read as deliberation rules. */
@Component
class TopicSource implements SearchSource {

    private final DeliberationTexts texts;

    TopicSource(DeliberationTexts texts) {
        this.texts = texts;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.TOPIC;
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> ids) {
        return texts.topics(ids).stream().map(TopicSource::document).toList();
    }

    @Override
    public List<SearchDocument> after(long afterId, int limit) {
        return texts.topicsAfter(afterId, limit).stream().map(TopicSource::document).toList();
    }

    @Override
    public Set<Long> readable(CurrentUser user, Collection<Long> ids) {
        return texts.readableTopics(user, ids);
    }

    @Override
    public String url(long id) {
        return "/topics/" + id;
    }

    private static SearchDocument document(DeliberationText t) {
        return SearchDocument.inTerritory(SearchKind.TOPIC, t.id(), t.territoryCode(), t.at(), t.title(), t.body());
    }
}
