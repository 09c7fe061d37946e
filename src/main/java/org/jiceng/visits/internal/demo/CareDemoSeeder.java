package org.jiceng.visits.internal.demo;

import java.time.Clock;
import org.jiceng.Beijing;
import org.jiceng.Scope;
import org.jiceng.platform.DatabaseMode;
import org.jiceng.visits.internal.HouseholdProjection;
import org.jiceng.visits.internal.care.CarePlans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a 一人一策 plan for every special-population household of the demo county, after the register
 * (30) and the 包保 assignments are in, so plans name their responsible 户长 where there is one. The first time, the
 * plans' start dates are spread over the past three weeks, as if made over time, so the demo has plans overdue, due
 * this week and not yet due. At every start the plans are brought in line with the register again (idempotent).
 */
@Component
@Profile("!command")
@Order(72)
class CareDemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CareDemoSeeder.class);

    private final DatabaseMode mode;
    private final HouseholdProjection households;
    private final CarePlans plans;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String county;

    CareDemoSeeder(DatabaseMode mode, HouseholdProjection households, CarePlans plans, JdbcClient jdbc, Clock clock,
                   @Value("${jiceng.demo.county:530326}") String county) {
        this.mode = mode;
        this.households = households;
        this.plans = plans;
        this.jdbc = jdbc;
        this.clock = clock;
        this.county = county;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo()) {
            return;
        }
        Scope place = Scope.of(county);
        boolean first = jdbc.sql("select not exists (select 1 from visits.care_plan p where " + place.where("p.territory_code", "p.county") + ")")
                .params(place.params()).query(Boolean.class).single();
        boolean projected = jdbc.sql("select exists (select 1 from visits.household h where " + place.where("h.territory_code", "h.county") + ")")
                .params(place.params()).query(Boolean.class).single();
        if (!projected) {
            households.refresh(county);
        }
        CarePlans.Ensured done = plans.ensureFor(county);
        if (first && done.created() > 0) {
            jdbc.sql("update visits.care_plan p set starts_on = :today - (p.id % 21)::int, next_due_on = :today - (p.id % 21)::int"
                            + " where p.last_visited_on is null and " + place.where("p.territory_code", "p.county"))
                    .params(place.params()).param("today", Beijing.today(clock)).update();
        }
        log.info("演示一人一策：新建 {}，变更 {}，关闭 {}，落实责任人 {}", done.created(), done.changed(), done.closed(), done.assigned());
    }
}
