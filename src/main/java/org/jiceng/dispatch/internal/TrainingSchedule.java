package org.jiceng.dispatch.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Retrains the dispatch model every night, so the day's corrections and closed cases teach the next day's. */
@Component
@Profile("!command")
class TrainingSchedule {

    private static final Logger log = LoggerFactory.getLogger(TrainingSchedule.class);

    private final DispatchTrainer trainer;

    TrainingSchedule(DispatchTrainer trainer) {
        this.trainer = trainer;
    }

    @Scheduled(cron = "${jiceng.dispatch.training:0 40 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "dispatch.training", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    void nightly() {
        try {
            trainer.train(line -> log.info("智能分派训练：{}", line));
        } catch (RuntimeException e) {
            // the model in service stays; the next night tries again
            log.warn("智能分派模型未能重新训练：{}", e.getMessage());
        }
    }
}
