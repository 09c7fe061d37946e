package org.jiceng.volunteer.internal.honour;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Once an hour, 黑榜 entries whose term is over end and leave the public board. */
@Component
class BlackListExpiry {

    private final BlackList blackList;
    private final boolean scheduled;

    BlackListExpiry(BlackList blackList, @Value("${jiceng.cases.background-sweeps:true}") boolean scheduled) {
        this.blackList = blackList;
        this.scheduled = scheduled;
    }

    @Scheduled(fixedDelayString = "${jiceng.volunteer.black-list-sweep:PT1H}", initialDelayString = "PT2M")
    @SchedulerLock(name = "volunteer.black-list-expiry", lockAtMostFor = "PT10M")
    void sweep() {
        if (scheduled) {
            blackList.endExpired();
        }
    }
}
