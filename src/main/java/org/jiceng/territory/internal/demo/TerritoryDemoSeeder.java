package org.jiceng.territory.internal.demo;

import org.jiceng.territory.internal.DivisionImporter;
import org.jiceng.territory.internal.DivisionRepository;
import org.jiceng.territory.internal.GridLocator;
import org.jiceng.territory.internal.GridRepository;
import org.jiceng.territory.internal.GridShape;
import org.jiceng.territory.internal.UnitRepository;

import java.util.ArrayList;
import java.util.List;
import org.jiceng.platform.DatabaseMode;
import org.jiceng.territory.DivisionView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only: the shipped county (会泽县, its divisions from the NBS 2023 edition), its county
 * departments, and deterministic synthetic grids at the scale seed 003 reports (4,847). Each step runs only
 * when its table is empty, so restarts are quick and an interrupted first start completes on the next.
 */
@Component
@Profile("!command")
@Order(10)
class TerritoryDemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TerritoryDemoSeeder.class);

    /** Common county departments that cases are dispatched to (names of the usual county bodies). */
    static final List<String> DEPARTMENTS = List.of(
            "县住房和城乡建设局", "县综合行政执法局", "县自然资源局", "县交通运输局", "县水务局", "县卫生健康局",
            "县教育体育局", "县人力资源和社会保障局", "县民政局", "县农业农村局", "县市场监督管理局",
            "县应急管理局", "县公安局", "县司法局", "县生态环境分局", "县医疗保障局", "县退役军人事务局",
            "县信访局", "县供电局", "县林业和草原局");

    private final DatabaseMode mode;
    private final DivisionImporter importer;
    private final DivisionRepository divisions;
    private final GridRepository grids;
    private final UnitRepository units;
    private final GridLocator locator;
    private final TransactionTemplate transaction;
    private final String county;
    private final int gridCount;

    TerritoryDemoSeeder(DatabaseMode mode, DivisionImporter importer, DivisionRepository divisions,
                        GridRepository grids, UnitRepository units, GridLocator locator,
                        TransactionTemplate transaction,
                        @Value("${jiceng.demo.county}") String county, @Value("${jiceng.demo.grids}") int gridCount) {
        this.mode = mode;
        this.importer = importer;
        this.divisions = divisions;
        this.grids = grids;
        this.units = units;
        this.locator = locator;
        this.transaction = transaction;
        this.county = county;
        this.gridCount = gridCount;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!mode.demo()) {
            return;
        }
        if (divisions.find(county).isEmpty()) {
            var result = importer.importDemoCounty();
            log.info("演示数据：已导入会泽县行政区划 {} 条", result.inserted());
        }
        DEPARTMENTS.forEach(name -> units.insertIfAbsent(name, "DEPARTMENT", county));
        if (grids.countsByChild(county, county.length(), org.jiceng.Scope.everything()).isEmpty()) {
            long started = System.nanoTime();
            List<GridShape> shapes = generateGrids();
            transaction.executeWithoutResult(status -> grids.upsert(shapes));
            log.info("演示数据：已生成 {} 个网格（{} ms）", shapes.size(), (System.nanoTime() - started) / 1_000_000);
        }
        locator.rebuild();
    }

    private List<GridShape> generateGrids() {
        List<GridGenerator.Town> towns = new ArrayList<>();
        List<GridGenerator.Village> villages = new ArrayList<>();
        for (DivisionView town : divisions.children(county, null, 10_000)) {
            towns.add(new GridGenerator.Town(town.code(), town.name()));
            for (DivisionView village : divisions.children(town.code(), null, 10_000)) {
                villages.add(new GridGenerator.Village(village.code(), village.name(), town.code()));
            }
        }
        return GridGenerator.generate(towns, villages, gridCount, Long.parseLong(county));
    }
}
