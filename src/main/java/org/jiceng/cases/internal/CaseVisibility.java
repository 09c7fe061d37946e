package org.jiceng.cases.internal;

import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Resource;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.CaseVisibilityChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who else sees a case: staff make it public or private, residents follow a public one nearby. */
@Service
public class CaseVisibility {

    private final CaseRepository cases;
    private final CaseService reads;
    private final DuplicateFinder duplicates;
    private final java.time.Clock clock;
    private final ApplicationEventPublisher events;

    CaseVisibility(CaseRepository cases, CaseService reads, DuplicateFinder duplicates, java.time.Clock clock,
                   ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
        this.cases = cases;
        this.reads = reads;
        this.duplicates = duplicates;
    }

    /**
     * Follows another's public case instead of filing the same problem again (the duplicate offered while filing).
     * Only a public case of the person's own town is offered, and, when the point being reported is given, only one
     * within the category's duplicate radius of it; any other case answers 404, as if it did not exist.
     */
    @Transactional
    public CaseView follow(CurrentUser user, long id, Double lat, Double lon) {
        CaseRepository.Stored stored = cases.findAny(id).orElseThrow(() -> CaseAccess.notFound(id));
        CaseView view = stored.view();
        if (CaseAccess.isReporter(user, stored)) {
            return reads.find(user, id);   // the reporter hears of every change already
        }
        String home = user.homeTerritory();
        boolean offered = CaseAccess.mayFollow(user, stored) && home.length() >= 9
                && view.territoryCode().startsWith(home.substring(0, 9))
                && (lat == null || lon == null || duplicates.withinRadius(view, lat, lon));
        if (!offered) {
            throw CaseAccess.notFound(id);
        }
        if (!view.state().isOpen() || view.mergedInto() != null) {
            throw new org.jiceng.ConflictException("该诉求已结案，无法关注；如问题仍在，请重新反映");
        }
        cases.follow(id, user.id());
        return reads.find(user, id);
    }

    /** Makes a case public or private (staff of its territory); the change is on the internal timeline. */
    @Transactional
    /** Access is decided before the request is checked, so a caller who may not see the case learns nothing of it. */
    public CaseView setPublic(CurrentUser user, long id, Boolean publicCase, Integer version) {
        CaseRepository.Stored stored = reads.stored(user, id);
        CaseView view = stored.view();
        if (!CaseAccess.maySetVisibility(user, view)) {
            throw AccessPolicy.refusal(Resource.CASE, Action.UPDATE);
        }
        if (publicCase == null) {
            throw new org.jiceng.BadInputException("请给出 publicCase：true（公开）或 false（不公开）");
        }
        if (view.publicCase() == publicCase) {
            return CaseAccess.shown(user, stored);
        }
        if (!cases.setPublic(id, version != null ? version : view.version(), publicCase)) {
            throw new org.springframework.dao.OptimisticLockingFailureException("案件 " + view.number() + " 已被他人修改");
        }
        cases.appendEvent(id, clock.instant(), user.username(), publicCase ? PublicTimeline.MADE_PUBLIC : PublicTimeline.MADE_PRIVATE,
                view.state(), view.state(), null, List.of());
        events.publishEvent(new CaseVisibilityChanged(id, view.territoryCode(), publicCase));
        return reads.find(user, id);
    }
}
