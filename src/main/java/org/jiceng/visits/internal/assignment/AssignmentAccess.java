package org.jiceng.visits.internal.assignment;

import static org.jiceng.Action.READ;
import static org.jiceng.Resource.ASSIGNMENT;

import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.CurrentUser;
import org.jiceng.Relation;
import org.jiceng.Scope;
import org.jiceng.visits.AssignmentView;
import org.jiceng.visits.internal.Holders;

/**
 * Who reads which assignments, as {@link AccessPolicy}'s ASSIGNMENT rows say: staff of the territory read its
 * chains, a 户长 (or anyone under RESPONSIBLE) the assignments they hold, a resident (OWN) only the chain over
 * their own household. Everything else answers as if it did not exist.
 */
final class AssignmentAccess {

    private AssignmentAccess() {
    }

    /** The territory a person reads, the holder they are when they read what they hold, and their own chain's ids. */
    record Readers(Scope scope, Holders holders, List<Long> ids) {

        boolean anyone() {
            return !scope.isEmpty() || holders != null || !ids.isEmpty();
        }
    }

    static boolean readsAsHolder(CurrentUser user) {
        return AccessPolicy.relations(user, ASSIGNMENT, READ).contains(Relation.RESPONSIBLE);
    }

    static boolean readsOwn(CurrentUser user) {
        return AccessPolicy.relations(user, ASSIGNMENT, READ).contains(Relation.OWN);
    }

    static Readers readers(CurrentUser user, List<Long> ownChain) {
        return new Readers(AccessPolicy.scope(user, ASSIGNMENT, READ), readsAsHolder(user) ? Holders.of(user) : null,
                readsOwn(user) ? ownChain : List.of());
    }

    /** The assignment as the policy sees it for this person: where it lies, whether they hold it or it is over their home. */
    static Target target(CurrentUser user, AssignmentView a, List<Long> ownChain) {
        return Target.at(a.territoryCode())
                .withIf(Holders.of(user).are(a.holderKind(), a.holderId()), Relation.RESPONSIBLE)
                .withIf(ownChain.contains(a.id()), Relation.OWN);
    }
}
