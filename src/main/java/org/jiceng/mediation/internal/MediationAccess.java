package org.jiceng.mediation.internal;

import static org.jiceng.Action.ACT;
import static org.jiceng.Action.CREATE;
import static org.jiceng.Action.READ;
import static org.jiceng.Resource.DISPUTE;
import static org.jiceng.Resource.STATS;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Relation;
import org.jiceng.Scope;
import org.jiceng.mediation.DisputeView;

/**
 * Who may do what with disputes, as {@link AccessPolicy} says: the territory's grid, village, town and county
 * staff register and run them, auditors read them, a resident reads those they are a party to ({@code PARTY_TO})
 * and acts on none; departments and party organisers read none. Who runs one dispute also depends on the level
 * it is mediated at ({@link DisputeRules#runs}): a grid worker does not run the town's mediation centre's case.
 */
public final class MediationAccess {

    private MediationAccess() {
    }

    /**
     * Who reads which disputes, as one SQL predicate: the territory the policy lets the person read, or the
     * disputes whose parties name their account, when the policy lets them read as a party.
     */
    public record Readers(Scope scope, Long partyUserId) {

        /** Whether this person may read any dispute at all. */
        public boolean anyone() {
            return !scope.isEmpty() || partyUserId != null;
        }

        /** The same readers, their territory narrowed to {@code prefix} (a party's own disputes stay). */
        public Readers narrowedTo(String prefix) {
            return new Readers(scope.narrowedTo(prefix), partyUserId);
        }

        /** An SQL predicate over the dispute alias {@code d}; bind {@link #params()}. */
        String where() {
            return "(" + scope.where("d.territory_code", "d.county") + " or exists (select 1 from mediation.dispute_party rp"
                    + " where rp.dispute_id = d.id and rp.resident_user_id = :reader_resident))";
        }

        Map<String, Object> params() {
            Map<String, Object> params = new LinkedHashMap<>(scope.params());
            params.put("reader_resident", partyUserId == null ? -1L : partyUserId);
            return params;
        }
    }

    public static Readers readers(CurrentUser user) {
        boolean asParty = AccessPolicy.relations(user, DISPUTE, READ).contains(Relation.PARTY_TO);
        return new Readers(AccessPolicy.scope(user, DISPUTE, READ), asParty ? user.id() : null);
    }

    /** Whether the person may register disputes somewhere: the desk shows the form only then. */
    public static boolean mayRegister(CurrentUser user) {
        return !registerScope(user).isEmpty();
    }

    /** Where the person may register disputes. */
    public static Scope registerScope(CurrentUser user) {
        return AccessPolicy.scope(user, DISPUTE, CREATE);
    }

    static void checkMayRegister(CurrentUser user) {
        if (!mayRegister(user)) {
            throw AccessPolicy.refusal(DISPUTE, CREATE);
        }
    }

    /** The grants under which the person may register a dispute at {@code place}. */
    static java.util.stream.Stream<CurrentUser.Grant> registrarsAt(CurrentUser user, String place) {
        return user.grants().stream().filter(g -> AccessPolicy.allows(only(user, g), DISPUTE, CREATE, Target.at(place)));
    }

    /**
     * Whether the person runs this dispute: the policy lets them act on disputes there, under a grant whose
     * role mediates at the dispute's level.
     */
    public static boolean runs(CurrentUser user, DisputeView dispute) {
        return user.grants().stream().anyMatch(g -> dispute.territoryCode().startsWith(g.territoryCode())
                && DisputeRules.runs(g.role(), dispute.level())
                && AccessPolicy.allows(only(user, g), DISPUTE, ACT, Target.at(dispute.territoryCode())));
    }

    static void checkRuns(CurrentUser user, DisputeView dispute) {
        if (!runs(user, dispute)) {
            throw AccessPolicy.mayAtAll(user, DISPUTE, ACT) ? new ForbiddenException(DisputeRules.notYoursToRun(dispute.level()))
                    : AccessPolicy.refusal(DISPUTE, ACT);
        }
    }

    /** Where the person reads the figures of 不上交: the territory their statistics rows cover. */
    static Scope figures(CurrentUser user) {
        return AccessPolicy.scope(user, STATS, READ);
    }

    public static boolean mayReadFigures(CurrentUser user) {
        return !figures(user).isEmpty();
    }

    /** The person as seen through one grant: so each grant is judged with its own role and node. */
    private static CurrentUser only(CurrentUser user, CurrentUser.Grant grant) {
        return new CurrentUser(user.id(), user.username(), user.displayName(), java.util.List.of(grant),
                user.residentId(), user.partyMemberId());
    }
}
