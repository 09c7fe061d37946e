package org.jiceng.services.internal.catalogue;

import java.util.List;

/**
 * An item with the versions the reader may see: the one in force ({@code published}, or null), the draft being
 * written (only for staff of its territory), the history newest first, and for a bundle the items it runs.
 */
public record ItemDetail(long id, String county, String code, String kind, ItemView published, ItemView draft,
                         List<ItemView> versions, List<Member> members, boolean mayManage) {

    /** An item of a bundle, in its version in force. */
    public record Member(long id, String code, String name, String officeName, int timeLimitDays,
                         boolean agencyAllowed) {
    }

    /** The version shown first: the one in force, else the draft, else the newest. */
    public ItemView current() {
        return published != null ? published : draft != null ? draft : versions.getFirst();
    }
}
