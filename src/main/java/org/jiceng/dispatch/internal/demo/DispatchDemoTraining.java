package org.jiceng.dispatch.internal.demo;

import org.jiceng.dispatch.internal.DispatchTrainer;
import org.jiceng.platform.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: after the demo year is lived, trains the first dispatch model on it, so suggestions work from
 * the first start. A data directory that already holds a model keeps it.
 */
@Component
@Profile("!command")
@Order(160)
class DispatchDemoTraining implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DispatchDemoTraining.class);

    private final DatabaseMode mode;
    private final JdbcClient jdbc;
    private final DispatchTrainer trainer;

    DispatchDemoTraining(DatabaseMode mode, JdbcClient jdbc, DispatchTrainer trainer) {
        this.mode = mode;
        this.jdbc = jdbc;
        this.trainer = trainer;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo() || jdbc.sql("select count(*) from dispatch.model").query(Long.class).single() > 0) {
            return;
        }
        try {
            trainer.train(line -> log.info("智能分派（演示）：{}", line));
        } catch (RuntimeException e) {
            log.warn("演示智能分派模型未能训练，可稍后运行 ./jiceng train-dispatch：{}", e.getMessage());
        }
    }
}
