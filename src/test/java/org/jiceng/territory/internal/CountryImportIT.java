package org.jiceng.territory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole country (≈665,000 divisions) from the shared data folder ({@code -Djiceng.shared=…}, by
 * default {@code ../shared}); skipped when that folder is not there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CountryImportIT {

    static Path divisions;
    static TerritoryDatabase database;
    static DivisionImporter importer;

    @BeforeAll
    static void startDatabase() throws IOException {
        Path shared = Path.of(System.getProperty("jiceng.shared", "../shared")).toAbsolutePath().normalize();
        divisions = shared.resolve("data/divisions");
        if (Files.isDirectory(divisions)) {
            database = TerritoryDatabase.start();
            importer = new DivisionImporter(database.dataSource());
        }
    }

    /** Per test rather than in {@code @BeforeAll}, so that each skipped test is reported with the reason. */
    @BeforeEach
    void requireTheData() {
        Assumptions.assumeTrue(database != null, "跳过全国导入测试：找不到 " + divisions
                + "（可用 -Djiceng.shared=<shared 目录> 指定）");
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        if (database != null) {
            database.close();
        }
    }

    /** Data lines of each level's file: its lines less the header. */
    static Map<Integer, Long> linesPerLevel() throws IOException {
        Map<Integer, Long> lines = new TreeMap<>();
        for (DivisionSource source : DivisionSource.resolve(List.of(divisions))) {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(source.openDecompressed(), StandardCharsets.UTF_8))) {
                lines.merge(source.level().number(), reader.lines().filter(l -> !l.isBlank()).count() - 1, Long::sum);
            }
        }
        return lines;
    }

    @Test
    @Order(1)
    void theWholeCountryImportsOneDivisionPerLineOfTheFiles() throws Exception {
        Map<Integer, Long> expected = linesPerLevel();
        long total = expected.values().stream().mapToLong(Long::longValue).sum();
        ImportResult result = importer.importPaths(List.of(divisions), ImportProgress.NONE);
        System.out.printf("全国导入：%,d 行，用时 %.1f 秒%n", result.read(), result.took().toMillis() / 1000.0);
        assertThat(result.read()).isEqualTo(total);
        assertThat(result.inserted()).isEqualTo(total);
        assertThat(database.countsByLevel()).isEqualTo(expected);
        assertThat(expected.keySet()).containsExactly(1, 2, 3, 4, 5);
        assertThat(database.queryLong("""
                select count(*) from territory.division c
                where c.parent_code is not null
                  and not exists (select 1 from territory.division p where p.code = c.parent_code)"""))
                .isZero();
    }

    @Test
    @Order(2)
    void reimportChangesNothing() throws Exception {
        String before = database.fingerprint();
        ImportResult again = importer.importPaths(List.of(divisions), ImportProgress.NONE);
        System.out.printf("全国重新导入：%,d 行，用时 %.1f 秒%n", again.read(), again.took().toMillis() / 1000.0);
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(again.read());
        assertThat(database.fingerprint()).isEqualTo(before);
    }
}
