package org.jiceng;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in person as every module sees them. Controllers declare it as a parameter; the identity
 * module resolves it from the session or the bearer token. An account may be linked to the resident it is
 * (so "own household" and "own cases" mean something) and to the party member it is.
 */
public record CurrentUser(long id, String username, String displayName, List<Grant> grants, Long residentId,
                          Long partyMemberId) implements java.io.Serializable {

    /** A role held at a territory node; {@code unitId} is the department for DEPT_STAFF. */
    public record Grant(Role role, String territoryCode, Long unitId) implements java.io.Serializable {
    }

    public CurrentUser {
        grants = List.copyOf(grants);
    }

    /** An account linked to no resident and no party member. */
    public CurrentUser(long id, String username, String displayName, List<Grant> grants) {
        this(id, username, displayName, grants, null, null);
    }

    public Scope scope() {
        return new Scope(grants.stream().map(Grant::territoryCode).toList());
    }

    /** The territories of the user's grants in any of these roles: what those roles may see. */
    public Scope scopeAs(Collection<Role> roles) {
        return new Scope(grants.stream().filter(g -> roles.contains(g.role())).map(Grant::territoryCode).toList());
    }

    public Scope scopeAs(Role... roles) {
        return scopeAs(List.of(roles));
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public boolean hasAny(Role... roles) {
        for (Role role : roles) {
            if (has(role)) {
                return true;
            }
        }
        return false;
    }

    /** The node of the first grant: where the user's pages start. */
    public String homeTerritory() {
        return grants.isEmpty() ? "" : grants.getFirst().territoryCode();
    }

    public Optional<Long> unitId() {
        return grants.stream().map(Grant::unitId).filter(java.util.Objects::nonNull).findFirst();
    }
}
