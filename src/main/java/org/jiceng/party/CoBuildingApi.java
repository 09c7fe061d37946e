package org.jiceng.party;

import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;

/**
 * The one place a community publishes what it needs (双报到 需求清单), for other modules: the volunteer module lists
 * the open 微心愿 of a community and marks one claimed, then fulfilled, by a volunteer. The caller has checked who
 * may; the scope keeps the read and the change inside the territory it may see.
 */
public interface CoBuildingApi {

    /** Open needs of a community, oldest first; of one kind when {@code kind} is not null. */
    List<NeedView> openNeeds(String communityCode, NeedKind kind, Scope scope);

    Optional<NeedView> need(long id, Scope scope);

    /**
     * An open need taken up by {@code who} (a name, not an id: the claimant need not be in party work), with a note;
     * refused (ConflictException) unless the need is open.
     */
    NeedView claim(long needId, String who, String note, Scope scope);

    /** A claimed need done, by the one who claimed it: {@code who} and a note of what was done. */
    NeedView fulfil(long needId, String who, String note, Scope scope);
}
