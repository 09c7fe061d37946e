package org.jiceng.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.identity.IdentityApi;
import org.jiceng.ledger.internal.journal.Journal;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@AppTest
class LedgerImportIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityApi identity;

    @Autowired
    Journal journal;

    @Test
    void aYearOfEntriesIsPostedInOrderAndTheChainStaysIntact() throws IOException {
        StatementLedgers ledgers = new StatementLedgers(jdbc, identity, journal);
        long account = ledgers.collective(StatementLedgers.TANGLANG, "shequ:VILLAGE_COMMITTEE");
        byte[] sheet = sheet(new Object[][]{
                {"2024-01-05", "1", "收取土地发包款", "102", "12500.00", null},
                {"2024-01-05", "1", "收取土地发包款", "511", null, "12500.00"},
                {"2024-02-10", "2", "办公费", "541", 386.5, null},
                {"2024-02-10", "2", "办公费", "102", null, 386.5}});
        Http.Response imported = Http.as(port, "shequ").postFile("/api/v1/ledger/imports/" + account, Map.of(), "file",
                "ledger.xlsx", XLSX, sheet);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("entries").asInt()).isEqualTo(2);
        assertThat(ledgers.head(account)).isEqualTo(2);
        assertThat(jdbc.sql("select credit from ledger.posting where account_id = :a and seq = 2 and subject = '102'")
                .param("a", account).query(Long.class).single()).isEqualTo(38_650);
        assertThat(Http.as(port, "shequ").get("/api/v1/ledger/budgets/" + account + "/2024").json().toString())
                .contains("\"actual\":1250000");
    }

    @Test
    void oneBadRowAndNothingIsPostedEveryProblemNamedByItsRow() throws IOException {
        StatementLedgers ledgers = new StatementLedgers(jdbc, identity, journal);
        long account = ledgers.collective(StatementLedgers.TANGLANG, "shequ:VILLAGE_COMMITTEE");
        byte[] sheet = sheet(new Object[][]{
                {"2024-01-05", "1", "收取土地发包款", "102", "12500.00", null},
                {"2024-01-05", "1", "收取土地发包款", "511", null, "12500.00"},
                {"2024-02-10", "2", "办公费", "541", "386.50", null},
                {"2024-02-10", "2", "办公费", "102", null, "380.00"},
                {"2024-02-11", "3", "不明科目", "999", "1", null},
                {"2024-13-01", "4", "坏日期", "102", "1", null}});
        Http.Response refused = Http.as(port, "shequ").postFile("/api/v1/ledger/imports/" + account, Map.of(), "file",
                "ledger.xlsx", XLSX, sheet);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.detail()).contains("第 4 行起）借贷不平").contains("第 6 行").contains("第 7 行").contains("未写入");
        assertThat(ledgers.head(account)).isZero();
    }

    @Test
    void aResidentAnotherTownAndADepartmentCannotImport() throws IOException {
        StatementLedgers ledgers = new StatementLedgers(jdbc, identity, journal);
        long account = ledgers.collective(StatementLedgers.TANGLANG, "shequ:VILLAGE_COMMITTEE");
        byte[] sheet = sheet(new Object[][]{{"2024-01-05", "1", "收", "102", "1", null}, {"2024-01-05", "1", "收", "511", null, "1"}});
        for (String user : new String[]{"jumin", "yiche", "bumen"}) {
            int status = Http.as(port, user).postFile("/api/v1/ledger/imports/" + account, Map.of(), "file", "l.xlsx",
                    XLSX, sheet).status();
            assertThat(status).as(user).isIn(403, 404);
        }
        assertThat(ledgers.head(account)).isZero();
    }

    static byte[] sheet(Object[][] rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("分录");
            String[] head = {"日期", "分录号", "摘要", "科目代码", "借方", "贷方"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
