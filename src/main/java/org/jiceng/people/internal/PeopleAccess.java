package org.jiceng.people.internal;

import static org.jiceng.Action.*;
import static org.jiceng.Resource.*;

import java.util.Optional;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Relation;
import org.jiceng.Scope;
import org.jiceng.people.HouseholdView;
import org.jiceng.people.ResidentView;
import org.springframework.stereotype.Component;

/**
 * Who may see and change what in the household register, as {@link AccessPolicy} says: the module's one
 * access class. The territorial rows (grid, village, town and county staff; auditors, masked) come from the
 * grants; the one fact the policy cannot know is which household is a resident's OWN, found here from the
 * resident their account is linked to. For a personal number OWN is narrower: the person's own record only.
 */
@Component
public class PeopleAccess {

    /** The household a linked resident lives in, and where it lies. */
    record Home(long householdId, String territoryCode) {
    }

    private final ResidentRepository residents;

    PeopleAccess(ResidentRepository residents) {
        this.residents = residents;
    }

    /** Where the person may list and read households and residents (their own household comes on top). */
    public Scope readScope(CurrentUser user) {
        return AccessPolicy.scope(user, HOUSEHOLD, READ);
    }

    /** Where the person may add and move households and residents. */
    public Scope editScope(CurrentUser user) {
        return AccessPolicy.scope(user, HOUSEHOLD, UPDATE);
    }

    public Scope numberSearchScope(CurrentUser user) {
        return AccessPolicy.scope(user, PERSONAL_NUMBER, SEARCH);
    }

    public Scope exportScope(CurrentUser user) {
        return AccessPolicy.scope(user, REGISTER_FILE, EXPORT);
    }

    public Scope importScope(CurrentUser user) {
        return importScopeOf(user);
    }

    static Scope importScopeOf(CurrentUser user) {
        return AccessPolicy.scope(user, REGISTER_FILE, IMPORT);
    }

    public Scope accessLogScope(CurrentUser user) {
        return AccessPolicy.scope(user, ACCESS_LOG, READ);
    }

    /** The person's own household, if their account is linked to a resident and their role reads it. */
    Optional<Home> home(CurrentUser user) {
        if (user == null || user.residentId() == null
                || !AccessPolicy.relations(user, HOUSEHOLD, READ).contains(Relation.OWN)) {
            return Optional.empty();
        }
        return residents.homeOf(user.residentId());
    }

    public boolean mayRead(CurrentUser user, HouseholdView household) {
        return AccessPolicy.allows(user, HOUSEHOLD, READ, Target.at(household.territoryCode())
                .withIf(isHome(user, household.id()), Relation.OWN));
    }

    public boolean mayRead(CurrentUser user, ResidentView resident) {
        return AccessPolicy.allows(user, RESIDENT_RECORD, READ, Target.at(resident.territoryCode())
                .withIf(resident.householdId() != null && isHome(user, resident.householdId()), Relation.OWN));
    }

    /** Whether the person may see this resident's full numbers (their own, or on record in their territory). */
    public boolean mayReveal(CurrentUser user, ResidentView resident) {
        return mayReveal(user, resident.id(), resident.territoryCode());
    }

    public boolean mayReveal(CurrentUser user, long residentId, String territoryCode) {
        return AccessPolicy.allows(user, PERSONAL_NUMBER, REVEAL, Target.at(territoryCode)
                .withIf(Long.valueOf(residentId).equals(user.residentId()), Relation.OWN));
    }

    public boolean mayUpdate(CurrentUser user, String territoryCode) {
        return AccessPolicy.allows(user, HOUSEHOLD, UPDATE, Target.at(territoryCode));
    }

    public boolean mayExport(CurrentUser user, String prefix) {
        return !exportScope(user).narrowedTo(prefix).isEmpty();
    }

    public static boolean mayImport(CurrentUser user) {
        return !importScopeOf(user).isEmpty();
    }

    /** A list of an area's households: only inside the person's territorial read scope. */
    public void requireListable(CurrentUser user, String territory) {
        if (readScope(user).narrowedTo(territory).isEmpty()) {
            throw new ForbiddenException("区域 " + territory + " 不在您的辖区内");
        }
    }

    private boolean isHome(CurrentUser user, long householdId) {
        return home(user).map(h -> h.householdId() == householdId).orElse(false);
    }
}
