package org.jiceng.assessment.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.assessment.internal.project.LivelihoodProjects;
import org.jiceng.assessment.internal.project.Supervision;
import org.jiceng.assessment.internal.rating.Criteria;
import org.jiceng.assessment.internal.rating.StarRatings;
import org.jiceng.identity.IdentityApi;
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
 * Demo mode only: 会泽县's star-rating criteria and allowances, last year's proposals for 堂琅社区's organisations,
 * and three livelihood projects of 古城街道 (one carried by the county's housing bureau, with a milestone overdue
 * and under supervision). A data directory seeded before already has the criteria and is left as it is.
 */
@Component
@Profile("!command")
@Order(101)
class RatingDemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RatingDemoSeeder.class);
    static final String COUNTY = "530326";
    static final String GUCHENG = "530326001";
    static final String TANGLANG = "530326001001";

    private final DatabaseMode mode;
    private final JdbcClient jdbc;
    private final IdentityApi identity;
    private final Criteria criteria;
    private final StarRatings ratings;
    private final LivelihoodProjects projects;
    private final Supervision supervision;
    private final Clock clock;

    RatingDemoSeeder(DatabaseMode mode, JdbcClient jdbc, IdentityApi identity, Criteria criteria, StarRatings ratings,
                     LivelihoodProjects projects, Supervision supervision, Clock clock) {
        this.mode = mode;
        this.jdbc = jdbc;
        this.identity = identity;
        this.criteria = criteria;
        this.ratings = ratings;
        this.projects = projects;
        this.supervision = supervision;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<CurrentUser> admin = identity.findByUsername("admin");
        Optional<CurrentUser> gucheng = identity.findByUsername("gucheng");
        Optional<CurrentUser> bumen = identity.findByUsername("bumen");
        if (!mode.demo() || admin.isEmpty() || gucheng.isEmpty() || bumen.isEmpty()) {
            return;
        }
        if (jdbc.sql("select count(*) from assessment.rating_criterion where county = :county").param("county", COUNTY)
                .query(Long.class).single() > 0) {
            return;
        }
        CurrentUser county = admin.get();
        criteria.create(new Criteria.Request(COUNTY, "组织生活（三会一课等）", "MEETINGS_HELD", null,
                List.of(4, 8, 12, 16, 20, 24, 28), null, null), county);
        criteria.create(new Criteria.Request(COUNTY, "党员队伍", "MEMBERS", null,
                List.of(3, 5, 8, 12, 16, 20, 25), null, null), county);
        criteria.create(new Criteria.Request(COUNTY, "双报到服务", "SERVICE_RECORDS", null,
                List.of(0, 1, 3, 5, 10, 15, 20), null, null), county);
        criteria.saveSettings(new Criteria.SettingsRequest(COUNTY,
                List.of("0", "100", "200", "300", "400", "500", "600", "800"), 6, 1, null), county);
        int year = Beijing.today(clock).getYear() - 1;
        var proposed = ratings.propose(new StarRatings.Proposal(TANGLANG, year), county);

        LocalDate today = Beijing.today(clock);
        long unit = bumen.get().unitId().orElseThrow();
        CurrentUser town = gucheng.get();
        long renovation = projects.create(new LivelihoodProjects.Request(TANGLANG, "LIVELIHOOD", "堂琅社区老旧小区改造",
                "改造雨污管网、外墙保温和楼道照明，惠及 6 栋 212 户。", "1860000", unit, true), town);
        projects.addMilestone(renovation, new LivelihoodProjects.Milestone("完成设计与招标", today.minusDays(60).toString()), town);
        projects.addMilestone(renovation, new LivelihoodProjects.Milestone("管网改造完工", today.minusDays(5).toString()), town);
        projects.addMilestone(renovation, new LivelihoodProjects.Milestone("竣工验收", today.plusDays(90).toString()), town);
        long first = projects.milestones(projects.find(renovation, town, org.jiceng.Action.READ)).getFirst().id();
        projects.completeMilestone(renovation, first, new LivelihoodProjects.Done(today.minusDays(58).toString(),
                "设计方案经居民议事会通过，已完成招标"), town);
        projects.progress(renovation, new LivelihoodProjects.Progress(35, "620000", "UNDERWAY", null), town);

        long canteen = projects.create(new LivelihoodProjects.Request(TANGLANG, "SECRETARY", "社区长者食堂",
                "为辖区 70 岁以上老人提供午餐，书记领办。", "120000", null, true), town);
        projects.addMilestone(canteen, new LivelihoodProjects.Milestone("场地改造", today.plusDays(20).toString()), town);
        projects.addMilestone(canteen, new LivelihoodProjects.Milestone("开餐试运行", today.plusDays(45).toString()), town);
        projects.progress(canteen, new LivelihoodProjects.Progress(20, "30000", "UNDERWAY", null), town);

        long lights = projects.create(new LivelihoodProjects.Request(GUCHENG, "LIVELIHOOD", "背街小巷路灯补装",
                "补装古城街道背街小巷路灯 160 盏。", "480000", null, false), town);
        projects.addMilestone(lights, new LivelihoodProjects.Milestone("摸排点位", today.plusDays(15).toString()), town);

        int raised = supervision.sweep(today);
        log.info("Demo assessment: 3 star criteria, {} proposals of {}, 3 livelihood projects, {} under supervision",
                proposed.proposed(), year, raised);
    }
}
