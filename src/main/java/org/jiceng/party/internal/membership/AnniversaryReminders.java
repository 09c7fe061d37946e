package org.jiceng.party.internal.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jiceng.Beijing;
import org.jiceng.Page;
import org.jiceng.Scope;
import org.jiceng.cases.InboxNotice;
import org.jiceng.party.AnniversaryView;
import org.jiceng.party.internal.JoinAnniversary;
import org.jiceng.party.internal.PartyService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each Monday morning, the week's 入党生日 (seed 001's card) go to the inbox of each community's or village's branch
 * secretary, one message per village with the members whose anniversary falls that week, so the branch can send
 * the card on the day.
 */
@Service
public class AnniversaryReminders {

    static final String KIND = "party.anniversaries";

    private final PartyService party;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnniversaryReminders(PartyService party, ApplicationEventPublisher events, Clock clock) {
        this.party = party;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${jiceng.party.anniversary-reminders:0 0 8 * * MON}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "party.anniversary-reminders", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    void weekly() {
        remind(Beijing.today(clock));
    }

    /** Sends the reminders of the week of {@code day}; answers how many villages got one. */
    @Transactional
    public int remind(LocalDate day) {
        Map<String, List<AnniversaryView>> byVillage = new TreeMap<>();
        String after = null;
        do {
            Page<AnniversaryView> page = party.anniversaries(Scope.everything(), day, after, Page.MAX_LIMIT);
            page.items().forEach(a -> byVillage.computeIfAbsent(a.member().territoryCode().substring(0, 12),
                    v -> new ArrayList<>()).add(a));
            after = page.next();
        } while (after != null);
        LocalDate monday = JoinAnniversary.mondayOf(day);
        byVillage.forEach((village, anniversaries) -> {
            StringBuilder body = new StringBuilder();
            for (AnniversaryView a : anniversaries) {
                body.append(a.date().getMonthValue()).append("月").append(a.date().getDayOfMonth()).append("日 ")
                        .append(a.member().name()).append("（").append(a.member().organisationName()).append("）入党 ")
                        .append(a.years()).append(" 周年\n");
            }
            events.publishEvent(new InboxNotice(KIND + ":" + village + ":" + monday, village, KIND,
                    "本周入党生日：" + anniversaries.size() + " 名党员（" + monday + " 起）", body.toString().strip()));
        });
        return byVillage.size();
    }
}
