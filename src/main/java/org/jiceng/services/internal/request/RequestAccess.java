package org.jiceng.services.internal.request;

import static org.jiceng.Relation.ASSIGNED_TO_UNIT;
import static org.jiceng.Relation.OWN;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.services.internal.request.LineState.Actor;
import org.jiceng.services.internal.request.RequestRepository.Stored;
import org.jiceng.services.internal.request.RequestViews.Line;

/**
 * How a person stands to a request, as the policy's rows for SERVICE_REQUEST decide: its resident (OWN), the desk of
 * its village (IN_TERRITORY), the office one of its lines was handed to (ASSIGNED_TO_UNIT).
 */
final class RequestAccess {

    private RequestAccess() {
    }

    static boolean own(CurrentUser user, Stored request) {
        return Objects.equals(request.residentUserId(), user.id())
                || user.residentId() != null && user.residentId() == request.summary().residentId();
    }

    /** Whether a line is its office's now: handed to the person's unit (before hand-over it is still the village's). */
    static boolean assigned(CurrentUser user, Line line) {
        return line.officeUnitId() != null && user.unitId().map(line.officeUnitId()::equals).orElse(false)
                && !line.state().equals(LineState.ASKED.name()) && !line.state().equals(LineState.MATERIALS_CHECKED.name());
    }

    static Target target(CurrentUser user, Stored request, List<Line> lines) {
        return Target.at(request.summary().villageCode()).withIf(own(user, request), OWN)
                .withIf(lines.stream().anyMatch(l -> assigned(user, l)), ASSIGNED_TO_UNIT);
    }

    /** Refuses, as if it did not exist, a request the person may not read. */
    static void checkReadable(CurrentUser user, Stored request, List<Line> lines) {
        if (!AccessPolicy.allows(user, Resource.SERVICE_REQUEST, Action.READ, target(user, request, lines))) {
            throw new NotFoundException("办件不存在");
        }
    }

    /** The parts the person may play on one line of the request. */
    static Set<Actor> actors(CurrentUser user, Stored request, Line line) {
        EnumSet<Actor> actors = EnumSet.noneOf(Actor.class);
        if (own(user, request) && AccessPolicy.allows(user, Resource.SERVICE_REQUEST, Action.ACT,
                Target.at(null).with(OWN))) {
            actors.add(Actor.RESIDENT);
        }
        if (AccessPolicy.allows(user, Resource.SERVICE_REQUEST, Action.ACT, Target.at(request.summary().villageCode()))) {
            actors.add(Actor.DESK);
        }
        if (line != null && assigned(user, line) && AccessPolicy.allows(user, Resource.SERVICE_REQUEST, Action.ACT,
                Target.at(null).with(ASSIGNED_TO_UNIT))) {
            actors.add(Actor.OFFICE);
        }
        return actors;
    }
}
