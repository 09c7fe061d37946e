package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.support.Http;

/** What the assignment tests make through the API: households registered in 堂琅社区, and workbooks to import. */
final class AssignmentFixtures {

    static final String TANGLANG = "530326001001";
    static final String GRID = "530326001001001";
    static final String SECOND_GRID = "530326001001002";

    private AssignmentFixtures() {
    }

    /** A household registered by 堂琅社区's staff, once the visits module's projection has it. */
    static long household(int port, String grid, String address) {
        var created = Http.as(port, "shequ").postJson("/api/v1/households",
                "{\"territoryCode\": \"%s\", \"address\": \"%s\"}".formatted(grid, address));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        awaitProjected(port, id);
        return id;
    }

    /** Waits until the household's chain answers, i.e. the register's change reached the projection. */
    static void awaitProjected(int port, long household) {
        Http shequ = Http.as(port, "shequ");
        for (int i = 0; i < 100; i++) {
            if (shequ.get("/api/v1/assignments/household/" + household).status() == 200) {
                return;
            }
            sleep();
        }
        throw new AssertionError("户 " + household + " 未同步到走访关怀");
    }

    static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A 包户 assignment of {@code household} to the resident {@code holder}, as JSON. */
    static String householdAssignment(long household, long holder, String startsOn) {
        return """
                {"level": "HOUSEHOLD", "householdId": %d, "holderKind": "RESIDENT", "holderId": %d,
                 "holderTitle": "户长", "holderPhone": "13900001111", "startsOn": "%s"}""".formatted(household, holder, startsOn);
    }

    /** A workbook in the import's columns with these rows. */
    static byte[] workbook(List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("包保关系");
            List<String> headings = List.of("层级", "区划代码", "户编号", "户长居民编号", "组/院落名称", "包保人类别",
                    "包保人编号", "包保人姓名", "职务", "联系电话", "开始日期", "结束日期");
            Row head = sheet.createRow(0);
            for (int i = 0; i < headings.size(); i++) {
                head.createCell(i).setCellValue(headings.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
