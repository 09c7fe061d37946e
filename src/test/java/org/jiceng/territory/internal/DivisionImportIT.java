package org.jiceng.territory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer and the command on a real PostgreSQL, with the demo county and small hand-made files. */
class DivisionImportIT {

    static TerritoryDatabase database;
    static DivisionImporter importer;

    @BeforeAll
    static void startDatabase() throws IOException {
        database = TerritoryDatabase.start();
        importer = new DivisionImporter(database.dataSource());
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        database.close();
    }

    @BeforeEach
    void emptyTable() throws Exception {
        database.execute("truncate territory.division");
    }

    static String demoFile(String name) throws IOException {
        try (InputStream in = DivisionImportIT.class.getClassLoader()
                .getResourceAsStream(DivisionSource.DEMO_COUNTY + "/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static ImportResult importText(String name, String content) throws Exception {
        return importer.importSources(List.of(DivisionCsvTests.source(name, content)), ImportProgress.NONE);
    }

    @Test
    void theDemoCountyImportsItsProvinceCityCountyTownsAndVillages() throws Exception {
        ImportResult result = importer.importDemoCounty();
        assertThat(result.read()).isEqualTo(409);
        assertThat(result.inserted()).isEqualTo(409);
        assertThat(result.updated()).isZero();
        assertThat(result.unchanged()).isZero();
        assertThat(database.countsByLevel()).containsExactly(Map.entry(1, 1L), Map.entry(2, 1L), Map.entry(3, 1L),
                Map.entry(4, 25L), Map.entry(5, 381L));
        assertThat(database.queryString("select name || '/' || level || '/' || parent_code from territory.division"
                + " where code = '530326'")).isEqualTo("会泽县/3/5303");
        assertThat(database.queryLong("select count(*) from territory.division where level = 1 and parent_code is null"))
                .isEqualTo(1);
    }

    @Test
    void reimportChangesNothing() throws Exception {
        importer.importDemoCounty();
        String before = database.fingerprint();
        ImportResult again = importer.importDemoCounty();
        assertThat(again.read()).isEqualTo(409);
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(409);
        assertThat(database.fingerprint()).isEqualTo(before);
    }

    @Test
    void aRenamedVillageIsTheOnlyRowUpdated() throws Exception {
        importer.importDemoCounty();
        String villages = demoFile("villages.csv").replace("\"堂琅社区居民委员会\"", "\"堂琅社区\"");
        ImportResult result = importText("villages.csv", villages);
        assertThat(result.inserted()).isZero();
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.unchanged()).isEqualTo(380);
        assertThat(database.queryString("select name from territory.division where code = '530326001001'"))
                .isEqualTo("堂琅社区");
    }

    @Test
    void aBadRowInTheMiddleLeavesTheTableUnchanged() throws Exception {
        importer.importDemoCounty();
        String before = database.fingerprint();
        // earlier lines rename and add villages: none of that may be written either
        List<String> lines = new ArrayList<>(demoFile("villages.csv").lines().toList());
        lines.replaceAll(line -> line.replace("社区居民委员会", "社区"));
        lines.add(100, "530326001999,\"新村\",530326001,53,5303,530326");
        lines.set(200, lines.get(200).replaceFirst(",530326$", ",530327"));
        String code = lines.get(200).substring(0, 12);
        var error = (DivisionFormatException) assertThatThrownBy(() -> importText("villages.csv",
                String.join("\n", lines))).isInstanceOf(DivisionFormatException.class).actual();
        assertThat(error.getMessage()).isEqualTo("villages.csv 第 201 行，字段 areaCode：应为编码 " + code
                + " 的前 6 位“530326”，实际为“530327”");
        assertThat(database.fingerprint()).isEqualTo(before);
    }

    @Test
    void aBadRowLeavesAnEmptyTableEmpty() throws Exception {
        String villages = demoFile("villages.csv").replace("530326001002,", "53032600100x,");
        assertThatThrownBy(() -> importer.importSources(List.of(
                        DivisionCsvTests.source("provinces.csv", demoFile("provinces.csv")),
                        DivisionCsvTests.source("villages.csv", villages)), ImportProgress.NONE))
                .hasMessage("villages.csv 第 3 行，字段 code：应为 12 位数字，实际为“53032600100x”");
        assertThat(database.queryLong("select count(*) from territory.division")).isZero();
    }

    @Test
    void anOrphanParentIsReportedWithFileAndLine() throws Exception {
        var error = (DivisionFormatException) assertThatThrownBy(() -> importText("villages.csv",
                demoFile("villages.csv"))).isInstanceOf(DivisionFormatException.class).actual();
        assertThat(error.getMessage()).isEqualTo("villages.csv 第 2 行，字段 streetCode：上级编码 530326001 不存在："
                + "既不在导入的文件中，也不在数据库中；共有 381 行的上级编码不存在，其他如 villages.csv 第 13 行（530326002）、"
                + "villages.csv 第 29 行（530326003）");
        assertThat(database.queryLong("select count(*) from territory.division")).isZero();
    }

    @Test
    void anOrphanAmongExistingDivisionsIsReportedAndNothingIsWritten() throws Exception {
        importer.importDemoCounty();
        String before = database.fingerprint();
        String villages = demoFile("villages.csv").replace("\"堂琅社区居民委员会\"", "\"堂琅社区\"")
                + "530326099001,\"新村\",530326099,53,5303,530326\n";
        var error = (DivisionFormatException) assertThatThrownBy(() -> importText("villages.csv", villages))
                .isInstanceOf(DivisionFormatException.class).actual();
        assertThat(error.getMessage()).isEqualTo("villages.csv 第 383 行，字段 streetCode：上级编码 530326099 不存在："
                + "既不在导入的文件中，也不在数据库中");
        assertThat(database.fingerprint()).isEqualTo(before);
    }

    @Test
    void parentsAlreadyInTheDatabaseAreEnough() throws Exception {
        importer.importSources(DivisionSource.classpath(DivisionSource.DEMO_COUNTY).stream()
                .filter(source -> source.level() != DivisionLevel.VILLAGE).toList(), ImportProgress.NONE);
        ImportResult villages = importText("villages.csv", demoFile("villages.csv"));
        assertThat(villages.inserted()).isEqualTo(381);
        assertThat(database.queryLong("select count(*) from territory.division")).isEqualTo(409);
    }

    @Test
    void theCommandPrintsProgressAndASummary(@TempDir Path dir) throws Exception {
        for (DivisionLevel level : DivisionLevel.values()) {
            Files.writeString(dir.resolve(level.fileBase() + ".csv"), demoFile(level.fileBase() + ".csv"));
        }
        Output output = new Output();
        int exit = output.command().run(List.of(dir.toString()));
        assertThat(exit).isZero();
        assertThat(output.out()).contains(dir.resolve("villages.csv") + "：读取完毕，共 381 行")
                .contains("共读取 409 行，正在校验上级编码并写入数据库…")
                .containsPattern("导入完成：读取 409 行，新增 409 行，更新 0 行，未变 0 行，用时 \\d+\\.\\d 秒");
        assertThat(output.err()).isEmpty();
    }

    @Test
    void theCommandNamesTheBadLineAndFailsWithoutWriting(@TempDir Path dir) throws Exception {
        Path villages = dir.resolve("villages.csv");
        Files.writeString(villages, DivisionCsvTests.VILLAGES + "530326001001,\"\",530326001,53,5303,530326\n");
        Output output = new Output();
        assertThat(output.command().run(List.of(villages.toString()))).isEqualTo(1);
        assertThat(output.err()).isEqualTo("导入失败，未写入任何数据。" + villages + " 第 2 行，字段 name：名称不能为空\n");
        assertThat(database.queryLong("select count(*) from territory.division")).isZero();
    }

    @Test
    void theCommandRejectsAMissingPathOrNoArguments(@TempDir Path dir) throws Exception {
        Output output = new Output();
        assertThat(output.command().run(List.of(dir.resolve("nowhere").toString()))).isEqualTo(2);
        assertThat(output.err()).isEqualTo("找不到文件或目录：" + dir.resolve("nowhere") + "\n");
        Output usage = new Output();
        assertThat(usage.command().run(List.of())).isEqualTo(2);
        assertThat(usage.err()).startsWith("用法：./jiceng import-divisions <文件或目录…>");
    }

    /** The command with its output captured. */
    static final class Output {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();

        ImportDivisionsCommand command() {
            return new ImportDivisionsCommand(importer, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        }

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }
    }
}
