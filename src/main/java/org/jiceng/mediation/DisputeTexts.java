package org.jiceng.mediation;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jiceng.CurrentUser;

/**
 * Disputes' text for the search index: by id when {@link DisputeChanged} says one changed, and in id order for a
 * rebuild. The system reads here, not a person; who may see a hit is {@link #readable}, mediation's own rule.
 */
public interface DisputeTexts {

    /** Those of {@code ids} that exist. */
    List<DisputeText> of(Collection<Long> ids);

    /** At most {@code limit} disputes with ids above {@code afterId}, in id order. */
    List<DisputeText> after(long afterId, int limit);

    /** Those of {@code ids} that {@code user} may read. */
    Set<Long> readable(CurrentUser user, Collection<Long> ids);
}
