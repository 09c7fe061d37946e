package org.jiceng.territory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.jiceng.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The NBS CSV reader without a database: what it accepts and every message it rejects a file with. */
class DivisionCsvTests {

    static final String VILLAGES = "code,name,streetCode,provinceCode,cityCode,areaCode\n";
    static final String STREETS = "code,name,areaCode,provinceCode,cityCode\n";

    static DivisionSource source(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return DivisionSource.of(name, () -> new ByteArrayInputStream(bytes));
    }

    static byte[] gzip(String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    static List<DivisionRow> read(String name, String content) throws IOException {
        return DivisionReader.readAll(List.of(source(name, content)));
    }

    static DivisionFormatException rejection(String name, String content) {
        return (DivisionFormatException) assertThatThrownBy(() -> read(name, content))
                .isInstanceOf(DivisionFormatException.class).isInstanceOf(BadInputException.class)
                .actual();
    }

    @Test
    void aVillageRowBecomesCodeNameLevelAndParent() throws IOException {
        List<DivisionRow> rows = read("villages.csv", VILLAGES
                + "530326001001,\"堂琅社区居民委员会\",530326001,53,5303,530326\n");
        assertThat(rows).containsExactly(new DivisionRow("530326001001", "堂琅社区居民委员会", 5, "530326001"));
    }

    @Test
    void provincesHaveNoParentAndEachLevelItsOwnParentColumn() throws IOException {
        List<DivisionRow> rows = DivisionReader.readAll(List.of(
                source("provinces.csv", "code,name\n53,\"云南省\"\n"),
                source("cities.csv", "code,name,provinceCode\n5303,\"曲靖市\",53\n"),
                source("areas.csv", "code,name,cityCode,provinceCode\n530326,\"会泽县\",5303,53\n"),
                source("streets.csv", STREETS + "530326001,\"古城街道\",530326,53,5303\n")));
        assertThat(rows).containsExactly(
                new DivisionRow("53", "云南省", 1, null),
                new DivisionRow("5303", "曲靖市", 2, "53"),
                new DivisionRow("530326", "会泽县", 3, "5303"),
                new DivisionRow("530326001", "古城街道", 4, "530326"));
    }

    @Test
    void quotedFieldsMayHoldCommasDoubledQuotesAndLineBreaks() throws IOException {
        List<DivisionRow> rows = read("villages.csv", VILLAGES
                + "530326001001,\"甲,乙村\",530326001,53,5303,530326\n"
                + "530326001002,\"“丙”村 \"\"老街\"\"\",530326001,53,5303,530326\n"
                + "530326001003,\"丁\n村\",\"530326001\",\"53\",5303,530326\n"
                + "530326001004,戊村,530326001,53,5303,530326\n");
        assertThat(rows).extracting(DivisionRow::name).containsExactly("甲,乙村", "“丙”村 \"老街\"", "丁\n村", "戊村");
    }

    @Test
    void lineNumbersCountPhysicalLinesThroughQuotedLineBreaks() {
        var e = rejection("villages.csv", VILLAGES
                + "530326001001,\"丁\n村\",530326001,53,5303,530326\n"
                + "530326001002,\"戊村\",530326002,53,5303,530326\n");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).startsWith("villages.csv 第 4 行，字段 streetCode：");
    }

    @Test
    void crlfLineEndingsBlankLinesAndAByteOrderMarkAreAccepted() throws IOException {
        List<DivisionRow> rows = read("streets.csv", "\uFEFF" + STREETS.replace("\n", "\r\n")
                + "530326001,\"古城街道\",530326,53,5303\r\n\r\n"
                + "530326002,\"宝云街道\",530326,53,5303");
        assertThat(rows).extracting(DivisionRow::code).containsExactly("530326001", "530326002");
    }

    @Test
    void columnsAreFoundByNameInAnyOrder() throws IOException {
        List<DivisionRow> rows = read("streets.csv", "name,cityCode,code,provinceCode,areaCode\n"
                + "\"古城街道\",5303,530326001,53,530326\n");
        assertThat(rows).containsExactly(new DivisionRow("530326001", "古城街道", 4, "530326"));
    }

    @Test
    void namesAreStrippedOfSurroundingSpaces() throws IOException {
        assertThat(read("provinces.csv", "code,name\n53,\" 云南省 \"\n")).extracting(DivisionRow::name)
                .containsExactly("云南省");
    }

    @Test
    void gzipFilesAreRecognisedByTheirSuffix() throws IOException {
        byte[] bytes = gzip("code,name\n53,\"云南省\"\n");
        List<DivisionRow> rows = DivisionReader.readAll(
                List.of(DivisionSource.of("provinces.csv.gz", () -> new ByteArrayInputStream(bytes))));
        assertThat(rows).containsExactly(new DivisionRow("53", "云南省", 1, null));
    }

    @Test
    void filesAreReadProvinceFirstAndParentsOutsideTheFilesAreCollected() throws IOException {
        List<DivisionSource> sources = List.of(
                source("villages.csv", VILLAGES
                        + "530326001001,\"甲村\",530326001,53,5303,530326\n"
                        + "530326002001,\"乙村\",530326002,53,5303,530326\n"
                        + "530326002002,\"丙村\",530326002,53,5303,530326\n"
                        + "530326003001,\"丁村\",530326003,53,5303,530326\n"),
                source("streets.csv", STREETS + "530326001,\"古城街道\",530326,53,5303\n"));
        List<String> order = new ArrayList<>();
        try (DivisionReader reader = new DivisionReader(sources, ImportProgress.NONE)) {
            for (DivisionRow row = reader.next(); row != null; row = reader.next()) {
                order.add(reader.source().name() + ":" + reader.line() + ":" + row.code());
            }
            assertThat(order).containsExactly("streets.csv:2:530326001", "villages.csv:2:530326001001",
                    "villages.csv:3:530326002001", "villages.csv:4:530326002002", "villages.csv:5:530326003001");
            assertThat(reader.sources()).extracting(DivisionSource::name).containsExactly("streets.csv", "villages.csv");
            // the streets are read first, so only the two streets not in the files remain for the database
            assertThat(reader.outsideParents()).containsExactly(new OutsideParent("530326", 0, 2, 1),
                    new OutsideParent("530326002", 1, 3, 2), new OutsideParent("530326003", 1, 5, 1));
        }
    }

    @Test
    void theLevelIsRecognisedFromTheFileName() {
        Function<String, DivisionLevel> level = name -> DivisionLevel.fromFileName(name).orElse(null);
        assertThat(level.apply("provinces.csv")).isEqualTo(DivisionLevel.PROVINCE);
        assertThat(level.apply("/data/divisions/cities.csv.gz")).isEqualTo(DivisionLevel.CITY);
        assertThat(level.apply("territory/530326/areas.csv")).isEqualTo(DivisionLevel.AREA);
        assertThat(level.apply("Streets.CSV")).isEqualTo(DivisionLevel.STREET);
        assertThat(level.apply("villages.csv.gz")).isEqualTo(DivisionLevel.VILLAGE);
        assertThat(level.apply("villages.txt")).isNull();
        assertThat(level.apply("my-villages.csv")).isNull();
        assertThatThrownBy(() -> source("towns.csv", "")).isInstanceOf(DivisionFormatException.class)
                .hasMessage("towns.csv：无法从文件名识别层级，文件名应为 provinces、cities、areas、streets 或 villages，"
                        + "扩展名为 .csv 或 .csv.gz");
    }

    @Test
    void aDirectoryStandsForItsDivisionFilesInLevelOrder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("villages.csv"), VILLAGES);
        Files.write(dir.resolve("provinces.csv.gz"), gzip("code,name\n"));
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        List<DivisionSource> sources = DivisionSource.resolve(List.of(dir));
        assertThat(sources).extracting(DivisionSource::level)
                .containsExactly(DivisionLevel.PROVINCE, DivisionLevel.VILLAGE);
        assertThat(sources.getFirst().name()).isEqualTo(dir.resolve("provinces.csv.gz").toString());
    }

    @Test
    void aDirectoryWithTwoFilesOfOneLevelOrNoneIsRejected(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> DivisionSource.resolve(List.of(empty))).isInstanceOf(DivisionFormatException.class)
                .hasMessageStartingWith(empty + "：目录中没有行政区划文件");
        Files.writeString(dir.resolve("villages.csv"), VILLAGES);
        Files.write(dir.resolve("villages.csv.gz"), gzip(VILLAGES));
        assertThatThrownBy(() -> DivisionSource.resolve(List.of(dir)))
                .hasMessage(dir + "：同一层级有两个文件：villages.csv 和 villages.csv.gz，请只保留一个");
        Path missing = dir.resolve("missing.csv");
        assertThatThrownBy(() -> DivisionSource.resolve(List.of(missing)))
                .hasMessage(missing + "：找不到该文件或目录");
    }

    @Test
    void theDemoCountyResourcesHoldHuizeWithItsTownsAndVillages() throws IOException {
        List<DivisionRow> rows = DivisionReader.readAll(DivisionSource.classpath(DivisionSource.DEMO_COUNTY));
        Map<Integer, Long> perLevel = rows.stream().collect(Collectors.groupingBy(DivisionRow::level,
                java.util.TreeMap::new, Collectors.counting()));
        assertThat(perLevel).containsExactly(Map.entry(1, 1L), Map.entry(2, 1L), Map.entry(3, 1L),
                Map.entry(4, 25L), Map.entry(5, 381L));
        assertThat(rows).contains(new DivisionRow("530326", "会泽县", 3, "5303"));
        assertThat(rows).allMatch(row -> row.code().startsWith(row.level() <= 3 ? "53" : "530326"));
    }

    @Test
    void progressIsReportedEveryHundredThousandRowsAndAtEachFilesEnd() throws IOException {
        StringBuilder content = new StringBuilder(VILLAGES);
        for (int i = 0; i < 250_000; i++) {
            String street = "530326" + String.format("%03d", i / 999 + 1);
            content.append(street).append(String.format("%03d", i % 999 + 1)).append(",\"村\",")
                    .append(street).append(",53,5303,530326\n");
        }
        List<String> reports = new ArrayList<>();
        try (DivisionReader reader = new DivisionReader(List.of(source("villages.csv", content.toString())),
                (file, rows, finished) -> reports.add(file + " " + rows + " " + finished))) {
            while (reader.next() != null) {
                assertThat(reader.line()).isGreaterThan(1);
            }
        }
        assertThat(reports).containsExactly("villages.csv 100000 false", "villages.csv 200000 false",
                "villages.csv 250000 true");
    }

    // --- rejections: each names the file, the line and the field

    @Test
    void aCodeOfTheWrongLengthIsRejected() throws IOException {
        byte[] bytes = gzip(VILLAGES
                + "530326001001,\"堂琅社区居民委员会\",530326001,53,5303,530326\n"
                + "53032600100,\"丰乐社区居民委员会\",530326001,53,5303,530326\n");
        var e = (DivisionFormatException) assertThatThrownBy(() -> DivisionReader.readAll(
                List.of(DivisionSource.of("villages.csv.gz", () -> new ByteArrayInputStream(bytes))))).actual();
        assertThat(e.getMessage()).isEqualTo("villages.csv.gz 第 3 行，字段 code：应为 12 位数字，实际为“53032600100”");
        assertThat(e.file()).isEqualTo("villages.csv.gz");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.field()).isEqualTo("code");
    }

    @Test
    void aCodeWithOtherThanDigitsIsRejected() {
        assertThat(rejection("provinces.csv", "code,name\n5a,\"云南省\"\n").getMessage())
                .isEqualTo("provinces.csv 第 2 行，字段 code：应为 2 位数字，实际为“5a”");
        assertThat(rejection("provinces.csv", "code,name\n,\"云南省\"\n").getMessage())
                .isEqualTo("provinces.csv 第 2 行，字段 code：应为 2 位数字，实际为“”");
    }

    @Test
    void anEmptyNameIsRejected() {
        assertThat(rejection("cities.csv", "code,name,provinceCode\n5303,\"  \",53\n").getMessage())
                .isEqualTo("cities.csv 第 2 行，字段 name：名称不能为空");
    }

    @Test
    void aParentThatIsNotThePrefixOfTheCodeIsRejected() {
        assertThat(rejection("villages.csv", VILLAGES + "530326001001,\"堂琅\",530326002,53,5303,530326\n")
                .getMessage()).isEqualTo("villages.csv 第 2 行，字段 streetCode：应为编码 530326001001 的前 9 位"
                        + "“530326001”，实际为“530326002”");
    }

    @Test
    void aRedundantAncestorColumnMustAgreeWithTheCodeToo() {
        assertThat(rejection("villages.csv", VILLAGES + "530326001001,\"堂琅\",530326001,52,5303,530326\n")
                .getMessage()).isEqualTo("villages.csv 第 2 行，字段 provinceCode：应为编码 530326001001 的前 2 位"
                        + "“53”，实际为“52”");
        assertThat(rejection("streets.csv", STREETS + "530326001,\"古城街道\",530326,53,530\n").getMessage())
                .isEqualTo("streets.csv 第 2 行，字段 cityCode：应为 4 位数字，实际为“530”");
    }

    @Test
    void aWrongNumberOfFieldsIsRejected() {
        assertThat(rejection("villages.csv", VILLAGES + "530326001001,\"堂琅\",530326001,53,5303\n").getMessage())
                .isEqualTo("villages.csv 第 2 行：应有 6 个字段，实际为 5 个");
        assertThat(rejection("provinces.csv", "code,name\n53,云南,省\n").getMessage())
                .isEqualTo("provinces.csv 第 2 行：应有 2 个字段，实际为 3 个");
    }

    @Test
    void aDuplicateCodeIsRejectedWithWhereItFirstAppeared() {
        assertThat(rejection("provinces.csv", "code,name\n53,\"云南省\"\n52,\"贵州省\"\n53,\"云南\"\n").getMessage())
                .isEqualTo("provinces.csv 第 4 行，字段 code：编码 53 重复，已出现在第 2 行");
        assertThatThrownBy(() -> DivisionReader.readAll(List.of(source("provinces.csv", "code,name\n53,\"云南省\"\n"),
                source("PROVINCES.csv", "code,name\n11,\"北京市\"\n53,\"云南省\"\n"))))
                .hasMessage("PROVINCES.csv 第 3 行，字段 code：编码 53 重复，已出现在provinces.csv 第 2 行");
    }

    @Test
    void aMissingOrWrongHeaderIsRejected() {
        assertThat(rejection("provinces.csv", "53,\"云南省\"\n").getMessage())
                .isEqualTo("provinces.csv 第 1 行：缺少表头，第一行应为“code,name”");
        assertThat(rejection("provinces.csv", "").getMessage())
                .isEqualTo("provinces.csv 第 1 行：文件为空，缺少表头“code,name”");
        assertThat(rejection("streets.csv", VILLAGES).getMessage())
                .isEqualTo("streets.csv 第 1 行：表头应为“code,name,areaCode,provinceCode,cityCode”（乡级区划），"
                        + "实际为“code,name,streetCode,provinceCode,cityCode,areaCode”");
        assertThat(rejection("provinces.csv", "code,code\n").getMessage())
                .isEqualTo("provinces.csv 第 1 行：表头应为“code,name”（省级区划），实际为“code,code”");
    }

    @Test
    void malformedQuotingIsRejectedAtItsField() {
        assertThat(rejection("provinces.csv", "code,name\n53,\"云南省\n").getMessage())
                .isEqualTo("provinces.csv 第 2 行，字段 name：引号没有闭合");
        assertThat(rejection("provinces.csv", "code,name\n53,云\"南\"省\n").getMessage())
                .isEqualTo("provinces.csv 第 2 行，字段 name：未加引号的字段中不能出现引号");
        assertThat(rejection("provinces.csv", "code,name\n53,\"云南\"省\n").getMessage())
                .isEqualTo("provinces.csv 第 2 行，字段 name：右引号后应为逗号或行尾");
    }

    @Test
    void invalidUtf8IsRejected() {
        byte[] bytes = "code,name\n53,\"云南省\"\n".getBytes(StandardCharsets.UTF_8);
        byte[] broken = Arrays.copyOf(bytes, bytes.length + 2);
        broken[bytes.length] = (byte) 0xC4; // GBK bytes, a common mistake
        broken[bytes.length + 1] = (byte) 0x0A;
        assertThatThrownBy(() -> DivisionReader.readAll(
                List.of(DivisionSource.of("provinces.csv", () -> new ByteArrayInputStream(broken)))))
                .isInstanceOf(DivisionFormatException.class)
                .hasMessage("provinces.csv：不是有效的 UTF-8 文本，请以 UTF-8 编码保存后重试");
    }

    @Test
    void aTruncatedGzipFileIsRejected() throws IOException {
        byte[] whole = gzip("code,name\n53,\"云南省\"\n");
        byte[] truncated = Arrays.copyOf(whole, whole.length - 6);
        assertThatThrownBy(() -> DivisionReader.readAll(
                List.of(DivisionSource.of("provinces.csv.gz", () -> new ByteArrayInputStream(truncated)))))
                .isInstanceOf(DivisionFormatException.class)
                .hasMessageStartingWith("provinces.csv.gz：不是完整有效的 gzip 文件");
    }
}
