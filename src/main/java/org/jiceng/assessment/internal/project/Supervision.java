package org.jiceng.assessment.internal.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jiceng.Action;
import org.jiceng.Beijing;
import org.jiceng.Cursor;
import org.jiceng.CurrentUser;
import org.jiceng.Page;
import org.jiceng.cases.InboxNotice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Overdue milestones become supervision items (督办): each morning a milestone past its day and not done is raised
 * once, for the town and county to see, and a message goes to the inbox of the place that carries the project
 * and of the department carrying it; the item is cleared when the milestone is done.
 */
@Service
public class Supervision {

    static final String KIND = "assessment.project-overdue";
    private static final int BATCH = 500;

    private final SupervisionRepository items;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Supervision(SupervisionRepository items, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${jiceng.assessment.project-supervision:0 30 7 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "assessment.project-supervision", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    void daily() {
        sweep(Beijing.today(clock));
    }

    /** Raises the items of milestones overdue on {@code today} and clears those done; answers how many were raised. */
    @Transactional
    public int sweep(LocalDate today) {
        int raised = 0;
        List<SupervisionRepository.Overdue> overdue;
        do {
            overdue = items.overdueWithoutItem(today, BATCH);
            for (SupervisionRepository.Overdue o : overdue) {
                if (items.raise(o, today)) {
                    raised++;
                    events.publishEvent(new InboxNotice(KIND + ":" + o.county() + ":" + o.milestoneId(),
                            o.territoryCode(), KIND, "民生项目节点逾期督办：" + o.projectTitle(),
                            "节点“" + o.milestoneTitle() + "”应于 " + o.dueOn() + " 完成，至今未完成，已列入督办。"
                                    + (o.unitName() == null ? "" : "责任单位：" + o.unitName() + "。")
                                    + "完成后在项目中登记，督办自动销号。", o.unitId()));
                }
            }
        } while (overdue.size() == BATCH);
        clearDone();
        return raised;
    }

    void clearDone() {
        items.clearDone();
    }

    List<SupervisionView> ofProject(ProjectView p) {
        return items.ofProject(p);
    }

    /** The items the user may read (not the residents': supervision is the staff's), open ones or all. */
    public Page<SupervisionView> list(CurrentUser user, boolean openOnly, String after, int limit) {
        var reach = ProjectAccess.reach(user, Action.READ, false);
        return Page.byId(items.within(reach, openOnly, Cursor.idAbove(after), limit + 1), limit, SupervisionView::id);
    }
}
