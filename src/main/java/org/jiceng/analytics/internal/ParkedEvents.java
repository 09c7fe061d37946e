package org.jiceng.analytics.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.NotFoundException;
import org.jiceng.Role;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.CasesApi;
import org.springframework.stereotype.Service;

/**
 * The case events {@link ThreeRatesFolder} set aside because it could not fold them: until they are folded the
 * counters lack them, so a county administrator sees them (those of the cases they may see, as the case loop
 * decides) with the reason, and has one folded again once its cause is fixed.
 */
@Service
public class ParkedEvents {

    /** A parked event of a case the reader may see. */
    public record Parked(long id, long caseId, String caseNumber, String kind, String error, OffsetDateTime parkedAt) {
    }

    private static final int SHOWN = 200;

    private final CaseEventQueue queue;
    private final CasesApi cases;

    ParkedEvents(CaseEventQueue queue, CasesApi cases) {
        this.queue = queue;
        this.cases = cases;
    }

    /** The oldest parked events of the cases the administrator may see, at most 200. */
    public List<Parked> visibleTo(CurrentUser user) {
        requireAdministrator(user);
        List<CaseEventQueue.Parked> parked = queue.parked(SHOWN);
        if (parked.isEmpty()) {
            return List.of();
        }
        Map<Long, CaseView> visible = cases.findAll(user, parked.stream().map(CaseEventQueue.Parked::caseId).distinct().toList())
                .stream().collect(Collectors.toMap(CaseView::id, Function.identity()));
        return parked.stream().filter(p -> visible.containsKey(p.caseId()))
                .map(p -> new Parked(p.id(), p.caseId(), visible.get(p.caseId()).number(), p.kind(), p.error(), p.parkedAt()))
                .toList();
    }

    /** Puts the event back in the queue: the folder folds it within a second, or parks it again with the new reason. */
    public void retry(CurrentUser user, long id) {
        requireAdministrator(user);
        CaseEventQueue.Parked parked = queue.parked(id)
                .filter(p -> !cases.findAll(user, List.of(p.caseId())).isEmpty())
                .orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的待处理事件，或它不在您的辖区内"));
        queue.unpark(parked.id());
    }

    private static void requireAdministrator(CurrentUser user) {
        if (!user.has(Role.COUNTY_ADMIN)) {
            throw new ForbiddenException("只有县级管理员可以查看和重新统计未计入三率的事件");
        }
    }
}
