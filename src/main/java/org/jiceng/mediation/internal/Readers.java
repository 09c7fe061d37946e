package org.jiceng.mediation.internal;

import java.util.Set;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.Scope;

/**
 * Who reads which disputes: grid workers, village, town and county staff and auditors those of their
 * territory; a resident those where they are a party. Departments and party organisers read none.
 */
public record Readers(Scope scope, Long residentUserId) {

    private static final Set<Role> TERRITORIAL = Set.of(Role.GRID_WORKER, Role.VILLAGE_STAFF, Role.TOWN_STAFF,
            Role.COUNTY_ADMIN, Role.AUDITOR);

    public static Readers of(CurrentUser user) {
        Scope scope = user.scopeAs(TERRITORIAL);
        return new Readers(scope, user.has(Role.RESIDENT) ? user.id() : null);
    }

    /** Whether this person may read any dispute at all. */
    public boolean anyone() {
        return !scope.isEmpty() || residentUserId != null;
    }

    /** The same readers, their territory narrowed to {@code prefix} (a resident's own disputes stay). */
    public Readers narrowedTo(String prefix) {
        return new Readers(scope.narrowedTo(prefix), residentUserId);
    }

    /** An SQL predicate over the dispute alias {@code d}; bind {@link #params()}. */
    String where() {
        return "(" + scope.where("d.territory_code") + " or exists (select 1 from mediation.dispute_party rp"
                + " where rp.dispute_id = d.id and rp.resident_user_id = :reader_resident))";
    }

    java.util.Map<String, Object> params() {
        var params = new java.util.LinkedHashMap<String, Object>(scope.params());
        params.put("reader_resident", residentUserId == null ? -1L : residentUserId);
        return params;
    }
}
