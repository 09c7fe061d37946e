package org.jiceng.demo.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.Scope;
import org.jiceng.cases.CaseCatalogue;
import org.jiceng.cases.CaseHistory;
import org.jiceng.cases.CasesApi;
import org.jiceng.cases.CategoryView;
import org.jiceng.cases.WorkingCalendar;
import org.jiceng.identity.IdentityApi;
import org.jiceng.mediation.DisputesApi;
import org.jiceng.people.PeopleApi;
import org.jiceng.platform.DatabaseMode;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.territory.UnitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only, with {@code jiceng.demo.year}: the year of life, generated once after the other demo data
 * (their runners are ordered 10 to 60) — twelve months up to now for 古城街道, or for every town of the county at
 * scale county — and resumed after the last finished month if a start was cut short.
 */
@Component
@Profile("!command")
@Order(100)
public class DemoYear implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoYear.class);

    /** Cases a year: about one per resident of 古城街道, and the county's share of 12345 at county scale. */
    static final int TOWN_CASES = 12_000;
    static final int COUNTY_CASES = 300_000;

    /** What a generation did. */
    public record Report(String scale, long seed, Instant until, int cases, int skippedSteps, String digest, long millis) {
    }

    private final DatabaseMode mode;
    private final CasesApi cases;
    private final CaseHistory history;
    private final DisputesApi disputes;
    private final CaseCatalogue catalogue;
    private final TerritoryApi territory;
    private final PeopleApi people;
    private final IdentityApi identity;
    private final YearProgress progress;
    private final YearLife life;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean enabled;
    private final String scale;
    private final long seed;
    private final String county;
    private final String town;
    /** Cases a year when set (tests keep it small); 0: by the scale. */
    private final int yearCases;

    DemoYear(DatabaseMode mode, CasesApi cases, DisputesApi disputes, CaseHistory history, CaseCatalogue catalogue, TerritoryApi territory,
             PeopleApi people, IdentityApi identity, YearProgress progress, YearLife life,
             PlatformTransactionManager transactions,
             Clock clock, @Value("${jiceng.demo.year:true}") boolean enabled, @Value("${jiceng.demo.scale:town}") String scale,
             @Value("${jiceng.demo.seed:2026}") long seed, @Value("${jiceng.demo.county:530326}") String county,
             @Value("${jiceng.demo.town:530326001}") String town, @Value("${jiceng.demo.year-cases:0}") int yearCases) {
        this.yearCases = yearCases;
        this.mode = mode;
        this.cases = cases;
        this.history = history;
        this.disputes = disputes;
        this.catalogue = catalogue;
        this.territory = territory;
        this.people = people;
        this.identity = identity;
        this.progress = progress;
        this.life = life;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.enabled = enabled;
        this.scale = scale;
        this.seed = seed;
        this.county = county;
        this.town = town;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo() || !enabled) {
            return;
        }
        Optional<YearProgress.Run> run = progress.run();
        if (run.isPresent() && run.get().finished() && life.done()) {
            log.info("演示年度数据已在库中：{} 件诉求（种子 {}）", run.get().cases(), run.get().seed());
            return;
        }
        try {
            generate(scale, seed);
        } catch (RuntimeException e) {
            // the demo still starts; the months that committed stay, the next start goes on from there
            log.error("演示年度数据生成中断，下次启动时从最后完成的月份继续", e);
        }
    }

    /** Generates (or finishes) the year; a run already started keeps its own scale, seed and end. */
    public Report generate(String askedScale, long askedSeed) {
        long started = System.nanoTime();
        Optional<YearProgress.Run> run = progress.run();
        String runScale = run.map(YearProgress.Run::scale).orElse(askedScale);
        long runSeed = run.map(YearProgress.Run::seed).orElse(askedSeed);
        Instant until = run.map(YearProgress.Run::until).orElseGet(clock::instant);
        YearPlan plan = plan(runScale, runSeed, until);
        List<CaseLife> lives = plan.lives();
        int months = YearRunner.months(plan.firstDay(), until).size();
        if (run.isEmpty()) {
            progress.start(runScale, runSeed, until, months);
        } else {
            log.info("演示年度数据：从第 {} 个月继续生成", run.get().monthsDone() + 1);
        }
        log.info("演示年度数据：{} 至 {}，{}，计划诉求 {} 件", plan.firstDay(), plan.lastDay(),
                "county".equals(runScale) ? "全县" : "古城街道", lives.size());
        YearRunner runner = new YearRunner(history, disputes, transaction, progress, setting);
        int skipped = runner.run(lives, plan.firstDay(), until, run.map(YearProgress.Run::monthsDone).orElse(0),
                run.map(YearProgress.Run::cases).orElse(0));
        life.generate(runScale, runSeed, plan.firstDay(), until, setting);
        long millis = (System.nanoTime() - started) / 1_000_000;
        int total = progress.run().map(YearProgress.Run::cases).orElse(0);
        log.info("演示年度数据生成完毕：诉求 {} 件，用时 {} 秒{}", total, millis / 1000,
                skipped == 0 ? "" : "（规则不允许而略去的步骤 " + skipped + " 个）");
        return new Report(runScale, runSeed, until, total, skipped, YearPlan.digest(lives), millis);
    }

    private YearRunner.Setting setting;

    /** The plan of a scale and seed ending at {@code until}, read from the territory and the register as they are. */
    public YearPlan plan(String planScale, long planSeed, Instant until) {
        List<String> towns = "county".equals(planScale) ? YearSetting.towns(territory, county) : List.of(town);
        YearSetting.Towns setting = YearSetting.read(territory, people, towns);
        Map<String, Long> unitIds = new HashMap<>();
        Map<Long, String> unitNames = new HashMap<>();
        for (UnitView unit : territory.units(county, Scope.everything())) {
            unitIds.putIfAbsent(unit.name(), unit.id());
            unitNames.put(unit.id(), unit.name());
        }
        YearActors actors = new YearActors(identity, setting.reporters(), unitNames, county);
        CurrentUser reader = new CurrentUser(YearActors.STAFF, "演示数据", "演示数据",
                List.of(new CurrentUser.Grant(Role.COUNTY_ADMIN, county, null)));
        this.setting = new YearRunner.Setting(actors, unitIds, setting.townNames(), reader);
        WorkingCalendar calendar = catalogue.calendar();
        List<YearPlan.Category> categories = catalogue.categories().stream()
                .filter(c -> c.leaf() && c.active() && c.resolveWorkingDays() != null)
                .map(YearPlan.Category::of).toList();
        int volume = yearCases > 0 ? yearCases : "county".equals(planScale) ? COUNTY_CASES : TOWN_CASES;
        java.time.LocalDate last = java.time.LocalDate.ofInstant(until, org.jiceng.Beijing.ZONE);
        return YearPlan.of(new YearPlan.Inputs(planSeed, until, setting.places(), categories, volume,
                YearSetting.springFestival(calendar, last.minusYears(1), last)));
    }

    /** The cases the year filed, by plan index. */
    public List<Long> caseIds() {
        return progress.caseIds();
    }
}
