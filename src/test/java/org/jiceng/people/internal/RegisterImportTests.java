package org.jiceng.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterImportTests {

    static final String GRID = "530326001001001";
    static final String OTHER_GRID = "530326001001002";
    static final String YICHE_GRID = "530326103001001";
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path dir;

    final String registered = TestWorkbooks.id(LocalDate.of(1950, 5, 5), 11);
    final List<ImportHousehold> written = new ArrayList<>();
    final List<String> progress = new ArrayList<>();
    final RegisterImport.Sink sink = source -> source.accept(written::add);

    RegisterImport importer() {
        RowChecks checks = new RowChecks(new RowChecks.Lookups(code -> code.startsWith("530326001"),
                Map.of("独居老人", "LIVING_ALONE_ELDERLY", "LIVING_ALONE_ELDERLY", "LIVING_ALONE_ELDERLY",
                        "低保户", "MINIMUM_LIVING", "MINIMUM_LIVING", "MINIMUM_LIVING"),
                List.of("独居老人", "低保户"), TODAY));
        return new RegisterImport(checks, ids -> ids.stream().filter(registered::equals).collect(Collectors.toSet()),
                new RegisterImport.Progress() {
                    @Override
                    public void total(int rows) {
                        progress.add("total " + rows);
                    }

                    @Override
                    public void validated(int rows) {
                        progress.add("validated " + rows);
                    }

                    @Override
                    public void importing() {
                        progress.add("importing");
                    }

                    @Override
                    public void imported(int rows, int households) {
                        progress.add("imported " + rows + " in " + households);
                    }
                });
    }

    static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    @Test
    void aFileWithBadRowsReportsEachWithRowColumnAndReasonAndImportsNothing() {
        String zhang = TestWorkbooks.id(LocalDate.of(1960, 3, 1), 11);
        String li = TestWorkbooks.id(LocalDate.of(1962, 7, 9), 22);
        String wang = TestWorkbooks.id(LocalDate.of(1990, 1, 1), 33);
        String zhao = TestWorkbooks.id(LocalDate.of(1970, 2, 2), 45);
        String qian = TestWorkbooks.id(LocalDate.of(1971, 3, 3), 46);
        String sun = TestWorkbooks.id(LocalDate.of(1940, 4, 4), 57);
        Path file = TestWorkbooks.xlsx(dir, List.of(TestWorkbooks.HEADER,
                row(GRID, "建设路 1 号", "", "张三", "户主", zhang, "13812345678", "独居老人"),            // 2 fine
                row(GRID, "建设路 1 号", "", "李四", "配偶", TestWorkbooks.withWrongCheck(li), "", ""),   // 3 checksum
                row(GRID, "建设路 1 号", "", "", "子女", wang, "", ""),                                  // 4 no name
                row(YICHE_GRID, "迤车村 5 号", "", "赵五", "户主", zhao, "", ""),                          // 5 grid
                row(OTHER_GRID, "建设路 2 号", "", "钱六", "户主", zhang, "", ""),                         // 6 dup ID
                row(OTHER_GRID, "建设路 2 号", "", "钱七", "户主", qian, "", ""),                          // 7 two heads
                row(GRID, "建设路 3 号", "", "孙八", "户主", sun, "12345", ""),                           // 8 phone
                row(GRID, "建设路 3 号", "", "孙九", "子女", TestWorkbooks.id(LocalDate.of(1975, 1, 1), 68), "", "五保户"), // 9 tag
                row(GRID, "建设路 3 号", "", "孙十", "子女", 530326198001010011.0, "", ""),               // 10 numeric ID
                row(GRID, "建设路 4 号", "", "周一", "户主", registered, "", "")));                       // 11 registered

        RegisterImport.Outcome outcome = importer().run(file, sink);

        assertThat(written).isEmpty();
        assertThat(progress).doesNotContain("importing");
        RegisterImport.Validation validation = outcome.validation();
        assertThat(validation.passed()).isFalse();
        assertThat(validation.total()).isEqualTo(10);
        assertThat(validation.problems()).extracting(ImportProblem::row, ImportProblem::column).containsExactly(
                tuple(3, "身份证号码"),
                tuple(4, "姓名"),
                tuple(5, "网格代码"),
                tuple(6, "身份证号码"),
                tuple(7, "与户主关系"),
                tuple(8, "电话"),
                tuple(9, "标签"),
                tuple(10, "身份证号码"),
                tuple(11, "身份证号码"));
        assertThat(validation.problemCount()).isEqualTo(9);
        Map<Integer, String> reasons = validation.problems().stream()
                .collect(Collectors.toMap(ImportProblem::row, ImportProblem::reason));
        assertThat(reasons.get(3)).contains("校验码错误");
        assertThat(reasons.get(4)).isEqualTo("请填写姓名");
        assertThat(reasons.get(5)).isEqualTo("网格 " + YICHE_GRID + " 不存在或不在您的辖区内");
        assertThat(reasons.get(6)).isEqualTo("与第 2 行的身份证号码重复");
        assertThat(reasons.get(7)).isEqualTo("本户第 6 行已是户主，每户只能有一名户主");
        assertThat(reasons.get(8)).contains("电话号码“12345”格式不正确");
        assertThat(reasons.get(9)).startsWith("未知的人员标签“五保户”");
        assertThat(reasons.get(10)).contains("被 Excel 存成了数字").contains("文本");
        assertThat(reasons.get(11)).as("the same words wherever the number is registered").isEqualTo(PeopleService.NUMBER_NOT_ACCEPTED);
    }

    @Test
    void aGoodFileIsWrittenHouseholdByHouseholdWithNormalisedValues() {
        String head = TestWorkbooks.id(LocalDate.of(1960, 3, 1), 11);
        String wife = TestWorkbooks.id(LocalDate.of(1962, 7, 9), 22);
        String other = TestWorkbooks.id(LocalDate.of(1955, 1, 1), 31);
        String withX = findIdEndingInX();
        Path file = TestWorkbooks.xlsx(dir, List.of(TestWorkbooks.HEADER,
                row(GRID, " 建设路 1 号 ", "3栋", "张三", "户主", head, 13812345678.0, "独居老人、低保户"),
                row(530326001001001.0, "建设路 1 号", "3栋", "李四", "配偶", wife, "", ""),
                row(),
                row(OTHER_GRID, "建设路 2 号", "", "王五", "户主", other, "0874-1234567", "LIVING_ALONE_ELDERLY"),
                row(OTHER_GRID, "建设路 2 号", "", "王六", "子女", withX.toLowerCase(), "", "")));

        RegisterImport.Outcome outcome = importer().run(file, sink);

        assertThat(outcome.validation().problems()).isEmpty();
        assertThat(outcome.households()).isEqualTo(2);
        assertThat(written).hasSize(2);
        ImportHousehold first = written.getFirst();
        assertThat(first.gridCode()).isEqualTo(GRID);
        assertThat(first.address()).isEqualTo("建设路 1 号");
        assertThat(first.building()).isEqualTo("3栋");
        assertThat(first.members()).extracting(ResidentLine::name, ResidentLine::relation).containsExactly(
                tuple("张三", "户主"), tuple("李四", "配偶"));
        assertThat(first.members().getFirst().phone().value()).isEqualTo("13812345678");
        assertThat(first.members().getFirst().tagCodes()).containsExactly("LIVING_ALONE_ELDERLY", "MINIMUM_LIVING");
        ImportHousehold second = written.get(1);
        assertThat(second.building()).isNull();
        assertThat(second.members().get(0).phone().value()).isEqualTo("08741234567");
        assertThat(second.members().get(1).idNumber().value()).isEqualTo(withX);
        assertThat(progress).containsSubsequence("total 4", "validated 4", "importing", "imported 4 in 2");
    }

    @Test
    void aHouseholdWithoutAHeadIsReportedAtItsFirstRow() {
        Path file = TestWorkbooks.xlsx(dir, List.of(TestWorkbooks.HEADER,
                row(GRID, "建设路 9 号", "", "张三", "配偶", TestWorkbooks.id(LocalDate.of(1960, 3, 1), 11), "", ""),
                row(GRID, "建设路 9 号", "2栋", "张四", "子女", TestWorkbooks.id(LocalDate.of(1990, 3, 1), 12), "", "")));

        var problems = importer().run(file, sink).validation().problems();

        assertThat(written).isEmpty();
        assertThat(problems).containsExactly(
                new ImportProblem(2, "与户主关系", "第 2–3 行为同一户（网格代码和住址相同），但没有户主；每户须有且仅有一名“户主”"),
                new ImportProblem(3, "楼栋/院落", "同一户的楼栋/院落须一致：本户第 2 行填的是“”"));
    }

    @Test
    void aChangedHeaderIsReportedAndNoRowIsChecked() {
        Path file = TestWorkbooks.xlsx(dir, List.of(
                row("网格代码", "地址", "楼栋/院落", "姓名", "与户主关系", "身份证号码", "电话", "标签"),
                row(GRID, "建设路 1 号", "", "", "", "", "", "")));

        var validation = importer().run(file, sink).validation();

        assertThat(validation.problems()).containsExactly(new ImportProblem(1, "住址",
                "第 2 列的表头应为“住址”，实际是“地址”；请使用下载的模板，不要增删或调换列"));
        assertThat(written).isEmpty();
    }

    @Test
    void aFileWithOnlyTheHeaderSaysSo() {
        var validation = importer().run(TestWorkbooks.xlsx(dir, List.of(TestWorkbooks.HEADER)), sink).validation();

        assertThat(validation.problems()).extracting(ImportProblem::row, ImportProblem::reason)
                .containsExactly(tuple(0, "文件中只有表头，没有要导入的数据行"));
    }

    @Test
    void manyProblemsAreAllCountedAndTheFirstThousandListedInSheetOrder() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(TestWorkbooks.HEADER);
        for (int i = 0; i < 1_200; i++) {
            rows.add(row(GRID, "建设路 " + i + " 号", "", "", "户主", TestWorkbooks.id(LocalDate.of(1960, 1, 1).plusDays(i), 11), "", ""));
        }

        var validation = importer().run(TestWorkbooks.xlsx(dir, rows), sink).validation();

        assertThat(validation.problemCount()).isEqualTo(1_200);
        assertThat(validation.problems()).hasSize(RegisterImport.MAX_LISTED_PROBLEMS);
        assertThat(validation.problems().getFirst().row()).isEqualTo(2);
        assertThat(validation.problems().getLast().row()).isEqualTo(1_001);
    }

    @Test
    void anExportReadsBackRowForRow() throws Exception {
        Path file = dir.resolve("export.xlsx");
        try (var out = java.nio.file.Files.newOutputStream(file)) {
            RegisterWorkbooks.writeExport(out, List.of("独居老人"), each -> {
                each.accept(List.of(GRID, "建设路 1 号", "3栋", "张三", "户主", "5303**********0011", "138****5678", "独居老人"));
                each.accept(List.of(GRID, "建设路 1 号", "3栋", "李四", "配偶", "5303**********0022", "", ""));
            });
        }
        List<List<String>> read = new ArrayList<>();
        XlsxRows.read(file, 8, row -> read.add(List.of(row.texts())));

        assertThat(read).containsExactly(RegisterColumn.titles(),
                List.of(GRID, "建设路 1 号", "3栋", "张三", "户主", "5303**********0011", "138****5678", "独居老人"),
                List.of(GRID, "建设路 1 号", "3栋", "李四", "配偶", "5303**********0022", "", ""));
    }

    @Test
    void theTemplateHasTheHeaderAndInstructionsAndNoData() throws Exception {
        Path file = dir.resolve("template.xlsx");
        try (var out = java.nio.file.Files.newOutputStream(file)) {
            RegisterWorkbooks.writeTemplate(out, List.of("独居老人", "低保户"));
        }
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
            assertThat(book.getSheetName(0)).isEqualTo("户籍登记");
            assertThat(book.getSheetName(1)).isEqualTo("说明");
            assertThat(book.getSheetAt(1).getRow(3).getCell(1).getStringCellValue()).isEqualTo("网格代码");
        }
        var validation = importer().run(file, sink).validation();
        assertThat(validation.problems()).extracting(ImportProblem::reason)
                .containsExactly("文件中只有表头，没有要导入的数据行");
    }

    @Test
    void theTemplatesExampleRowPassesTheImportAsItStands() {
        List<Object> example = new ArrayList<>(RegisterColumn.ALL.stream().map(RegisterColumn::example).toList());
        Path file = TestWorkbooks.xlsx(dir, List.of(TestWorkbooks.HEADER, example));

        var validation = importer().run(file, sink).validation();

        assertThat(validation.problems()).isEmpty();
        String id = RegisterColumn.ID_NUMBER.example();
        assertThat(org.jiceng.people.IdNumber.checkCharacter(id.substring(0, 17))).isEqualTo(id.charAt(17));
    }

    @Test
    void theTemplatesExampleAddressNamesTheTownAndCommunityOfItsGridAndItsIdTheCounty() throws Exception {
        String grid = RegisterColumn.GRID.example();
        String town = divisionName("streets.csv", grid.substring(0, 9));
        String village = divisionName("villages.csv", grid.substring(0, 12)).replace("居民委员会", "").replace("村民委员会", "");

        assertThat(RegisterColumn.ADDRESS.example()).startsWith(town + village);
        assertThat(RegisterColumn.ID_NUMBER.example()).startsWith(grid.substring(0, 6));
    }

    /** The name of a division in the demo county's shipped division files. */
    private static String divisionName(String file, String code) throws Exception {
        try (var in = RegisterImportTests.class.getResourceAsStream("/territory/530326/" + file)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> line.startsWith(code + ",")).findFirst().orElseThrow()
                    .split(",")[1].replace("\"", "");
        }
    }

    @Test
    void aFailureWhileWritingReachesTheCallerUnchanged() {
        Path file = TestWorkbooks.xlsx(dir, List.of(TestWorkbooks.HEADER,
                row(GRID, "建设路 1 号", "", "张三", "户主", TestWorkbooks.id(LocalDate.of(1960, 3, 1), 11), "", "")));
        var failure = new org.springframework.dao.DuplicateKeyException("id_number_index");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer().run(file, source -> source.accept(h -> {
            throw failure;
        }))).isSameAs(failure);
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedInChinese() throws Exception {
        Path file = dir.resolve("not.xlsx");
        java.nio.file.Files.writeString(file, "姓名,身份证号码\n张三,1\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> XlsxRows.check(file))
                .isInstanceOf(org.jiceng.BadInputException.class).hasMessageContaining(".xlsx");
    }

    private static String findIdEndingInX() {
        for (int seq = 1; seq < 1000; seq++) {
            String id = TestWorkbooks.id(LocalDate.of(1980, 1, 1), seq);
            if (id.endsWith("X")) {
                return id;
            }
        }
        throw new IllegalStateException();
    }
}
