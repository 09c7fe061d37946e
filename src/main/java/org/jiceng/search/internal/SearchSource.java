package org.jiceng.search.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jiceng.CurrentUser;

/**
 * One kind of record as the index reads it from its owning module's public API, and as that module answers who may
 * see it: {@link #readable} is the owning module's own read rule, asked for every hit before it is shown.
 */
interface SearchSource {

    SearchKind kind();

    /** The documents of those records that exist. */
    List<SearchDocument> documents(Collection<Long> ids);

    /** At most {@code limit} documents with ids above {@code afterId}, in id order: the rebuild's stream. */
    List<SearchDocument> after(long afterId, int limit);

    /** Those of {@code ids} the person may read, asked of the owning module. */
    Set<Long> readable(CurrentUser user, Collection<Long> ids);

    /** The page a hit links to. */
    String url(long id);
}
