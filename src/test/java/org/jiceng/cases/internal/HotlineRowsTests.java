package org.jiceng.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jiceng.BadInputException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class HotlineRowsTests {

    @Test
    void csvRowsAreNumberedAsASpreadsheetShowsThemWithQuotesCommasAndLineBreaks() {
        List<HotlineRows.Row> rows = HotlineRows.csv(("\uFEFForderId,content,callerPhone\r\n"
                + "A-1,\"路灯坏了, 很黑\",13800000000\r\n"
                + "\r\n"
                + "A-2,\"第一行\n第二行，\"\"引号\"\"\",\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).number()).isEqualTo(2);
        assertThat(rows.get(0).values()).containsEntry("content", "路灯坏了, 很黑").doesNotContainValue("13800000000");
        assertThat(rows.get(1).number()).isEqualTo(4);
        assertThat(rows.get(1).get("content")).isEqualTo("第一行\n第二行，\"引号\"");
    }

    @Test
    void excelsGbkCsvWithChineseHeadersIsRead() {
        byte[] gbk = "工单编号,诉求内容\nK-1,夜间施工噪音\n".getBytes(Charset.forName("GB18030"));
        HotlineRows.Row row = HotlineRows.csv(gbk).getFirst();
        assertThat(row.get("orderId")).isEqualTo("K-1");
        assertThat(row.get("content")).isEqualTo("夜间施工噪音");
    }

    @Test
    void wholeFileProblemsAreRefused() {
        assertThatThrownBy(() -> HotlineRows.csv("编号,内容\n1,x\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("orderId");
        assertThatThrownBy(() -> HotlineRows.csv("orderId\n\"open\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("引号");
        assertThatThrownBy(() -> HotlineRows.csv("orderId\n".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("没有工单");
        assertThatThrownBy(() -> HotlineRows.csv(new byte[HotlineRows.MAX_BYTES + 1])).hasMessageContaining("10 MB");
        assertThatThrownBy(() -> HotlineRows.csv(("orderId\n" + "x\n".repeat(HotlineRows.MAX_ROWS + 1))
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("10000");
    }

    @Test
    void jsonOrdersAreReadFromAnArrayOrAnOrdersObject() {
        JsonMapper json = JsonMapper.builder().build();
        List<HotlineRows.Row> rows = HotlineRows.json("""
                {"orders": [{"orderId": 12345, "lat": 26.4, "urgent": true, "content": {"x": 1}}, 7]}"""
                .getBytes(StandardCharsets.UTF_8), json);
        assertThat(rows.get(0).get("orderId")).isEqualTo("12345");
        assertThat(rows.get(0).get("lat")).isEqualTo("26.4");
        assertThat(rows.get(0).get("urgent")).isEqualTo("true");
        assertThat(rows.get(0).problem()).contains("content");
        assertThat(rows.get(1).problem()).contains("JSON 对象");
        assertThat(HotlineRows.json("[{\"orderId\": \"A\"}]".getBytes(StandardCharsets.UTF_8), json)).hasSize(1);
        assertThatThrownBy(() -> HotlineRows.json("{}".getBytes(StandardCharsets.UTF_8), json)).hasMessageContaining("orders");
    }
}
