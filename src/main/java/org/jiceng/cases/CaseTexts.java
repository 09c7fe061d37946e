package org.jiceng.cases;

import java.util.Collection;
import java.util.List;

/**
 * Cases' public-side text for the search module's index: by id when an event says a case changed, and in id order
 * for a rebuild. The system reads here, not a person: who may see a hit is asked of {@link CasesApi#findAll}.
 */
public interface CaseTexts {

    /** Those of {@code ids} that exist. */
    List<CaseText> of(Collection<Long> ids);

    /** At most {@code limit} cases with ids above {@code afterId}, in id order. */
    List<CaseText> after(long afterId, int limit);
}
