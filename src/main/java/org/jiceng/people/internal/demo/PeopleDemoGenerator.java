package org.jiceng.people.internal.demo;

import org.jiceng.people.internal.PersonalDataCipher;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jiceng.Scope;
import org.jiceng.platform.DatabaseMode;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
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
 * Demo mode only: a deterministic household register on the demo grids, at the scale seed 003 reports for
 * 会泽县 — 300,000 households, 1,000,000 residents, about 25,000 户长. {@code jiceng.demo.scale=town} (the
 * default) fills only the demo town (古城街道) with its share of those figures, by grid count, so a demo start
 * stays quick; {@code county} fills every grid of the county. Runs only while the register is empty.
 */
@Component
@Profile("!command")
@Order(30)
public class PeopleDemoGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PeopleDemoGenerator.class);

    static final int COUNTY_HOUSEHOLDS = 300_000;
    static final int COUNTY_RESIDENTS = 1_000_000;
    static final long SEED = 530_326_003L;

    /**
     * What the last generation produced and how long it took: {@code total} from reading the grid list to the
     * statistics; {@code pipeline} the wall time in which planning, encryption and encoding ({@code encode},
     * summed over the workers) and {@code copy} overlap; then rebuilding {@code indexes} and constraints,
     * {@code commit} and {@code analyze}.
     */
    public record Report(String scale, int grids, int buildings, int households, int residents, int chiefs,
                         Duration plan, Duration encode, Duration copy, Duration pipeline, Duration indexes,
                         Duration commit, Duration analyze, Duration total) {
    }

    private final DatabaseMode mode;
    private final TerritoryApi territory;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final String county;
    private final String town;
    private final String scale;
    private volatile Report lastRun;

    PeopleDemoGenerator(DatabaseMode mode, TerritoryApi territory, DataSource dataSource, JdbcClient jdbc,
                        PersonalDataCipher cipher, @Value("${jiceng.demo.county}") String county,
                        @Value("${jiceng.demo.town:530326001}") String town,
                        @Value("${jiceng.demo.scale:town}") String scale) {
        this.mode = mode;
        this.territory = territory;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.county = county;
        this.town = town;
        this.scale = scale.strip().toLowerCase();
        if (!this.scale.equals("town") && !this.scale.equals("county")) {
            throw new IllegalStateException("jiceng.demo.scale（JICENG_DEMO_SCALE）须为 town（演示乡镇，默认）或 county（全县），"
                    + "实际为“" + scale + "”");
        }
    }

    /** The last generation in this process, if the register was generated. */
    public Optional<Report> lastRun() {
        return Optional.ofNullable(lastRun);
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!mode.demo() || !registerEmpty()) {
            return;
        }
        long started = System.nanoTime();
        List<DemoRegister.Grid> countyGrids = grids(county);
        if (countyGrids.isEmpty()) {
            log.warn("演示数据：{} 下没有网格，未生成户籍", county);
            return;
        }
        List<DemoRegister.Grid> grids = scale.equals("county") ? countyGrids
                : countyGrids.stream().filter(g -> g.code().startsWith(town)).toList();
        int households = (int) Math.round((double) COUNTY_HOUSEHOLDS * grids.size() / countyGrids.size());
        int residents = (int) Math.round((double) households * COUNTY_RESIDENTS / COUNTY_HOUSEHOLDS);
        log.info("演示数据：正在生成{}户籍（{} 个网格，{} 户，{} 人）…", scale.equals("county") ? "全县" : "演示乡镇",
                grids.size(), households, residents);

        DemoRegisterPlanner planner = new DemoRegisterPlanner(grids, county, households, residents, SEED);
        DemoRegisterWriter.Result written;
        long committed;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int step = Math.max(50_000, residents / 5);
                int[] nextLog = {step};
                written = new DemoRegisterWriter(cipher, Runtime.getRuntime().availableProcessors())
                        .write(connection, planner, count -> {
                            if (count >= nextLog[0]) {
                                log.info("演示数据：已写入居民 {} / {}", count, residents);
                                nextLog[0] += step;
                            }
                        });
                long beforeCommit = System.nanoTime();
                connection.commit();
                committed = System.nanoTime() - beforeCommit;
            } catch (Exception e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            long beforeAnalyze = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze people.building, people.household, people.resident");
            }
            long analyzed = System.nanoTime();
            lastRun = new Report(scale, grids.size(), written.buildings(), written.households(), written.residents(),
                    written.chiefs(), Duration.ofNanos(written.planNanos()), Duration.ofNanos(written.encodeNanos()),
                    Duration.ofNanos(written.copyNanos()), Duration.ofNanos(written.pipelineNanos()),
                    Duration.ofNanos(written.indexNanos()), Duration.ofNanos(committed),
                    Duration.ofNanos(analyzed - beforeAnalyze), Duration.ofNanos(analyzed - started));
        }
        Report r = lastRun;
        log.info("演示数据：已生成户籍 {} 个楼栋/院落、{} 户、{} 名居民、{} 名户长，共用时 {} ms（生成、加密与写入 {} ms，"
                        + "其中规划 {} ms、加密编码 {} ms、COPY {} ms 并行进行；重建索引与约束 {} ms；提交 {} ms；统计 {} ms）",
                r.buildings(), r.households(), r.residents(), r.chiefs(), r.total().toMillis(), r.pipeline().toMillis(),
                r.plan().toMillis(), r.encode().toMillis(), r.copy().toMillis(), r.indexes().toMillis(),
                r.commit().toMillis(), r.analyze().toMillis());
    }

    private boolean registerEmpty() {
        return jdbc.sql("select not exists (select 1 from people.household) and not exists (select 1 from people.resident)"
                + " and not exists (select 1 from people.building)").query(Boolean.class).single();
    }

    /** Every grid under the county, in code order, with its town's and village's names. */
    private List<DemoRegister.Grid> grids(String countyCode) {
        List<DemoRegister.Grid> grids = new ArrayList<>();
        for (DivisionView town : territory.children(countyCode, null, 10_000)) {
            for (DivisionView village : territory.children(town.code(), null, 10_000)) {
                for (GridView grid : territory.grids(village.code(), Scope.everything())) {
                    grids.add(new DemoRegister.Grid(grid.code(), town.name(), village.name()));
                }
            }
        }
        return grids;
    }
}
