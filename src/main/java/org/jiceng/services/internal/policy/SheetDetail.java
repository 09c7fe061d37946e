package org.jiceng.services.internal.policy;

import java.util.List;

/**
 * A sheet with the versions the reader may see (newest first), the one in force, the draft (staff only) and the
 * items the shown version leads to, in their versions in force.
 */
public record SheetDetail(long id, String county, SheetView published, SheetView draft, List<SheetView> versions,
                          List<LinkedItem> items, boolean mayManage) {

    /** An item a sheet leads to. */
    public record LinkedItem(long id, String code, String name, boolean agencyAllowed) {
    }

    public SheetView current() {
        return published != null ? published : draft != null ? draft : versions.getFirst();
    }
}
