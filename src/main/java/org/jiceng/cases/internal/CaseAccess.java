package org.jiceng.cases.internal;

import static org.jiceng.Relation.DISPATCHED_TO_UNIT;
import static org.jiceng.Relation.FOLLOWING;
import static org.jiceng.Relation.OWN;
import static org.jiceng.Relation.PUBLIC;

import java.util.Objects;
import java.util.Set;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Relation;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseView;

/**
 * Who may do what in the case loop, asked of {@link AccessPolicy} and nowhere else: this class turns a case's
 * facts into the relations the policy reads — OWN (the person reported it), FOLLOWING (a public case they
 * follow), PUBLIC, DISPATCHED_TO_UNIT (whistled to their department, as lead or assisting) — and the territory
 * into the scope the SQL may read. {@link org.jiceng.cases.CaseTransitions} still decides which action is legal
 * in which state; this class decides who may act on the case at all.
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    /** The case as the policy sees it for this person. */
    static Target target(CurrentUser user, CaseRepository.Stored stored) {
        CaseView view = stored.view();
        return Target.at(view.territoryCode())
                .withIf(isReporter(user, stored), OWN)
                .withIf(view.publicCase(), PUBLIC)
                .withIf(view.publicCase() && stored.following(), FOLLOWING)
                .withIf(dispatchedToUnit(user, view), DISPATCHED_TO_UNIT);
    }

    static boolean isReporter(CurrentUser user, CaseRepository.Stored stored) {
        return stored.reporterId() != null && stored.reporterId() == user.id();
    }

    static boolean dispatchedToUnit(CurrentUser user, CaseView view) {
        Long unit = user.unitId().orElse(null);
        return unit != null && (unit.equals(view.leadUnitId()) || view.assistUnitIds().contains(unit));
    }

    /** The rows a repository may answer for {@code action} on cases: the policy's territory and the relations it lets count. */
    static CaseRepository.Reach reach(CurrentUser user, Action action) {
        Set<Relation> relations = AccessPolicy.relations(user, Resource.CASE, action);
        return new CaseRepository.Reach(AccessPolicy.scope(user, Resource.CASE, action), user.id(),
                relations.contains(DISPATCHED_TO_UNIT) ? user.unitId().orElse(null) : null, relations.contains(PUBLIC));
    }

    /** The territory in which the person reads cases (lists, supervision). */
    public static Scope readScope(CurrentUser user) {
        return AccessPolicy.scope(user, Resource.CASE, Action.READ);
    }

    /** The department whose whistled cases the person reads, if the policy lets them read by that relation. */
    static Long readingUnit(CurrentUser user) {
        return AccessPolicy.relations(user, Resource.CASE, Action.READ).contains(DISPATCHED_TO_UNIT)
                ? user.unitId().orElse(null) : null;
    }

    /** The case, if the person may read it; otherwise 404, the same as a case that does not exist. */
    static CaseRepository.Stored readable(CurrentUser user, CaseRepository.Stored stored) {
        if (!AccessPolicy.allows(user, Resource.CASE, Action.READ, target(user, stored))) {
            throw notFound(stored.view().id());
        }
        return stored;
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("案件 " + id + " 不存在或不在您的辖区内");
    }

    /** Refuses (403) one who may read the case but not act on it: a follower, an auditor, a resident on a public case. */
    static void checkAct(CurrentUser user, CaseRepository.Stored stored) {
        AccessPolicy.check(user, Resource.CASE, Action.ACT, target(user, stored));
    }

    /** Whether the person may follow the case: residents, public cases only. */
    static boolean mayFollow(CurrentUser user, CaseRepository.Stored stored) {
        return AccessPolicy.allows(user, Resource.CASE, Action.FOLLOW, target(user, stored));
    }

    /** Whether the person may make the case public or private: staff of its territory. */
    public static boolean maySetVisibility(CurrentUser user, CaseView view) {
        return AccessPolicy.allows(user, Resource.CASE, Action.UPDATE, Target.at(view.territoryCode()));
    }

    /** Whether the person reads the staff-only side: internal notes, whistles, staff photos, who did what. */
    static boolean readsNotes(CurrentUser user, CaseRepository.Stored stored) {
        return AccessPolicy.allows(user, Resource.CASE_NOTE, Action.READ, target(user, stored));
    }

    /**
     * Whether the person sees the reporter's name and contact in full. A department sees it only while the
     * handling needs it: from its check-in until the case is resolved; before and after, masked.
     */
    static boolean readsContact(CurrentUser user, CaseRepository.Stored stored) {
        Target target = target(user, stored);
        if (target.held().contains(DISPATCHED_TO_UNIT) && !inHandling(stored.view().state())) {
            target = new Target(target.territoryCode(), without(target.held(), DISPATCHED_TO_UNIT));
        }
        return AccessPolicy.allows(user, Resource.REPORTER_CONTACT, Action.READ, target);
    }

    static boolean inHandling(CaseState state) {
        return state == CaseState.IN_PROGRESS || state == CaseState.REOPENED;
    }

    /** The case as this person may see it: the reporter named in full, masked for staff out of need, or left out. */
    static CaseView shown(CurrentUser user, CaseRepository.Stored stored) {
        CaseView view = stored.view();
        if (view.reporterName() == null || readsContact(user, stored)) {
            return view;
        }
        return readsNotes(user, stored) ? view.withReporterName(masked(view.reporterName())) : view.withoutReporter();
    }

    static String masked(String name) {
        return name.isBlank() ? null : name.codePoints().limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "**";
    }

    /** Whether the person may download a photo of a case: staff-side photos need the notes' permission. */
    static boolean readsAttachment(CurrentUser user, CaseRepository.Stored stored, long uploadedBy) {
        Target target = target(user, stored);
        if (!AccessPolicy.allows(user, Resource.ATTACHMENT, Action.READ, target)) {
            return false;
        }
        // the reporter's own photos are the public side; a photo a handler attached is internal
        return Objects.equals(stored.reporterId(), uploadedBy) || readsNotes(user, stored);
    }

    /** Refuses, in the policy's words, a person whose rows do not reach {@code territoryCode} for this action. */
    public static void checkAt(CurrentUser user, Resource resource, Action action, String territoryCode) {
        AccessPolicy.check(user, resource, action, Target.at(territoryCode));
    }

    /** The territory where the person may do the action on one of the module's other resources (supervision, config…). */
    public static Scope scope(CurrentUser user, Resource resource, Action action) {
        return AccessPolicy.scope(user, resource, action);
    }

    /** Refuses one whom no row of the policy lets do this action on this resource anywhere. */
    public static void require(CurrentUser user, Resource resource, Action action) {
        if (!AccessPolicy.mayAtAll(user, resource, action)) {
            throw AccessPolicy.refusal(resource, action);
        }
    }

    /** The unit whose supervision items the person reads as a department. */
    static Long supervisedUnit(CurrentUser user) {
        return AccessPolicy.relations(user, Resource.SUPERVISION, Action.READ).contains(DISPATCHED_TO_UNIT)
                ? user.unitId().orElse(null) : null;
    }

    private static Set<Relation> without(Set<Relation> relations, Relation dropped) {
        return relations.stream().filter(r -> r != dropped).collect(java.util.stream.Collectors.toSet());
    }
}
