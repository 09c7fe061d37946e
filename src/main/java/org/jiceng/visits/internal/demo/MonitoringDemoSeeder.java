package org.jiceng.visits.internal.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.identity.IdentityApi;
import org.jiceng.platform.DatabaseMode;
import org.jiceng.visits.internal.HouseholdProjection;
import org.jiceng.visits.internal.monitoring.MonitoringRequests;
import org.jiceng.visits.internal.monitoring.MonitoringStatus;
import org.jiceng.visits.internal.monitoring.MonitoringSteps;
import org.jiceng.visits.internal.monitoring.MonitoringSummary;
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
 * Demo mode only, once: 防返贫 figures of last year and this year for three dozen 脱贫监测户 and 低保户 of the demo
 * town, written through the monitoring steps as the town's staff would (so the rule flags them): most above the
 * line, a handful flagged, some of those with a 帮扶 contact and measures, one removed from monitoring by decision.
 * Deterministic (fixed seed), so every demo start shows the same households.
 */
@Component
@Profile("!command")
@Order(74)
class MonitoringDemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MonitoringDemoSeeder.class);
    private static final int HOUSEHOLDS = 36;

    private final DatabaseMode mode;
    private final HouseholdProjection projection;
    private final MonitoringSteps steps;
    private final IdentityApi identity;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String town;

    MonitoringDemoSeeder(DatabaseMode mode, HouseholdProjection projection, MonitoringSteps steps, IdentityApi identity,
                         JdbcClient jdbc, Clock clock, @Value("${jiceng.demo.town:530326001}") String town) {
        this.mode = mode;
        this.projection = projection;
        this.steps = steps;
        this.identity = identity;
        this.jdbc = jdbc;
        this.clock = clock;
        this.town = town;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo() || seeded()) {
            return;
        }
        CurrentUser staff = identity.findByUsername("gucheng").orElse(null);
        if (staff == null) {
            return;
        }
        projection.refresh(town);
        List<Long> households = jdbc.sql("""
                        select id from visits.household
                        where territory_code like :town || '%'
                          and care_tags && array['POVERTY_MONITORED', 'MINIMUM_LIVING']::text[]
                        order by id limit :n""")
                .param("town", town).param("n", HOUSEHOLDS).query(Long.class).list();
        if (households.isEmpty()) {
            return;
        }
        int thisYear = Beijing.today(clock).getYear();
        List<MonitoringSummary> flagged = new ArrayList<>();
        for (int i = 0; i < households.size(); i++) {
            long id = households.get(i);
            SplittableRandom random = new SplittableRandom(2026L * 31 + id);
            int size = 1 + random.nextInt(5);
            long lastYear = 900_000 + random.nextLong(900_000); // 9,000–18,000 元 per person
            steps.saveFigures(staff, id, thisYear - 1, figures(size, lastYear, 0, null));
            long now;
            if (i % 10 == 0) {
                now = 400_000 + random.nextLong(250_000); // below the line
            } else if (i % 12 == 7) {
                now = lastYear * 6 / 10;                  // a drop of 40%
            } else {
                now = lastYear + random.nextLong(80_000);
            }
            long illness = i == 15 ? now * size : 0;      // a shock beyond the year's income
            MonitoringSummary saved = steps.saveFigures(staff, id, thisYear, figures(size, now, illness, null));
            if (saved.status() == MonitoringStatus.FLAGGED) {
                flagged.add(saved);
            }
        }
        help(staff, flagged);
        log.info("演示数据：防返贫监测 {} 户（上年和本年收支），预警 {} 户", households.size(), flagged.size());
    }

    /** Two in three flagged households get a contact and measures; the first of those is removed by decision. */
    private void help(CurrentUser staff, List<MonitoringSummary> flagged) {
        boolean removed = false;
        for (int i = 0; i < flagged.size(); i++) {
            if (i % 3 == 2) {
                continue; // left flagged: a contact and measures still to arrange
            }
            MonitoringSummary s = flagged.get(i);
            String contact = s.territoryCode().startsWith("530326001001") ? "shequ" : "gucheng";
            steps.assignContact(staff, s.householdId(), s.year(), new MonitoringRequests.ContactInput(contact, null, null, null));
            steps.addMeasure(staff, s.householdId(), s.year(), new MonitoringRequests.MeasureInput(null,
                    i % 2 == 0 ? "落实临时救助，安排公益性岗位一个" : "申请医疗救助，协调县人民医院减免部分自付费用"));
            if (!removed) {
                steps.addMeasure(staff, s.householdId(), s.year(), new MonitoringRequests.MeasureInput(null,
                        "帮助家中劳动力到县城务工，月收入稳定"));
                steps.remove(staff, s.householdId(), s.year(), new MonitoringRequests.RemovalInput(null,
                        "务工收入稳定，经入户核实人均纯收入已超过监测线", "社区两委评议、街道审定"));
                removed = true;
            }
        }
    }

    private static MonitoringRequests.FiguresInput figures(int size, long perCapita, long illness, Integer version) {
        long total = perCapita * size;
        long transfer = total / 5;
        List<MonitoringRequests.IncomeLine> incomes = List.of(
                new MonitoringRequests.IncomeLine("WAGE", total - transfer - total / 10),
                new MonitoringRequests.IncomeLine("BUSINESS", total / 10),
                new MonitoringRequests.IncomeLine("TRANSFER", transfer));
        List<MonitoringRequests.ShockLine> shocks = illness == 0 ? List.of()
                : List.of(new MonitoringRequests.ShockLine("ILLNESS", illness, "家庭成员住院治疗"));
        return new MonitoringRequests.FiguresInput(size, incomes, shocks, version);
    }

    private boolean seeded() {
        return jdbc.sql("select exists (select 1 from visits.monitoring_record where county = :county)")
                .param("county", town.substring(0, 6)).query(Boolean.class).single();
    }
}
