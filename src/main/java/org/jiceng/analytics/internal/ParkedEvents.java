package org.jiceng.analytics.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.Resource;
import org.jiceng.NotFoundException;
import org.jiceng.Scope;
import org.springframework.stereotype.Service;

/**
 * The case events {@link ThreeRatesFolder} set aside because it could not fold them: until they are folded the
 * counters lack them, so a county administrator sees those of their county with the reason, and has one folded
 * again once its cause is fixed.
 */
@Service
public class ParkedEvents {

    /** An event set aside by the folder, with its case and the reason it could not be folded. */
    public record Parked(long id, long caseId, String caseNumber, String kind, String error, OffsetDateTime parkedAt) {
    }

    private static final int SHOWN = 200;

    private final CaseEventQueue queue;

    ParkedEvents(CaseEventQueue queue) {
        this.queue = queue;
    }

    /** The oldest parked events of cases in the administrator's counties, at most 200. */
    public List<Parked> visibleTo(CurrentUser user) {
        return queue.parked(administered(user), SHOWN);
    }

    /** Puts the event back in the queue: the folder folds it within a second, or parks it again with the new reason. */
    public void retry(CurrentUser user, long id) {
        if (!queue.unpark(id, administered(user))) {
            throw new NotFoundException("没有编号为 " + id + " 的待处理事件，或它不在您的辖区内");
        }
    }

    /** Whether the user may see and retry parked events: county administrators. */
    public static boolean mayManage(CurrentUser user) {
        return !StatsAccess.parkedEvents(user).isEmpty();
    }

    /** The territories the user is a county administrator of; refused for everybody else. */
    private static Scope administered(CurrentUser user) {
        Scope scope = StatsAccess.parkedEvents(user);
        if (scope.isEmpty()) {
            throw AccessPolicy.refusal(Resource.PARKED_EVENT, Action.MANAGE);
        }
        return scope;
    }
}
