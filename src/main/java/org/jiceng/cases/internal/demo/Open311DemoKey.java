package org.jiceng.cases.internal.demo;

import org.jiceng.cases.internal.Open311Clients;

import org.jiceng.platform.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo mode only: an Open311 client for the whole demo county with the published key {@value #KEY}. */
@Component
@Profile("!command")
@Order(50)
class Open311DemoKey implements ApplicationRunner {

    static final String KEY = "demo-open311-key";
    private static final Logger log = LoggerFactory.getLogger(Open311DemoKey.class);

    private final DatabaseMode mode;
    private final Open311Clients clients;
    private final String county;

    Open311DemoKey(DatabaseMode mode, Open311Clients clients, @Value("${jiceng.demo.county}") String county) {
        this.mode = mode;
        this.clients = clients;
        this.county = county;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo()) {
            return;
        }
        if (clients.isEmpty()) {
            clients.insert("演示 Open311 客户端", KEY, county, "demo");
        }
        log.info("演示模式：Open311 接口 /open311/v2/discovery.xml，演示 API 密钥 {}", KEY);
    }
}
