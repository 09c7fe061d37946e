package org.jiceng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CsvRowsTests {

    private static List<List<String>> strict(String text) throws IOException, CsvRows.Malformed {
        List<List<String>> all = new ArrayList<>();
        try (CsvRows rows = CsvRows.strict(new StringReader(text))) {
            for (List<String> record = rows.next(); record != null; record = rows.next()) {
                all.add(List.copyOf(record));
            }
        }
        return all;
    }

    private static CsvRows.Malformed strictRefusal(String text) {
        try {
            strict(text);
        } catch (CsvRows.Malformed e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() throws Exception {
        assertThat(strict("\uFEFFa,b\r\n1,\"x, \"\"y\"\"\nz\"\r\n\r\n2,\n"))
                .containsExactly(List.of("a", "b"), List.of("1", "x, \"y\"\nz"), List.of("2", ""));
    }

    @Test
    void lineNumbersArePhysicalLinesThroughQuotedLineBreaksAndBlankLines() throws Exception {
        try (CsvRows rows = CsvRows.strict(new StringReader("a\n\"b\nc\"\n\nd\re"))) {
            List<Long> lines = new ArrayList<>();
            while (rows.next() != null) {
                lines.add(rows.line());
            }
            assertThat(lines).containsExactly(1L, 2L, 5L, 6L);
        }
    }

    @Test
    void strictReadingRefusesStrayQuotesNamingLineAndField() {
        var open = strictRefusal("code,name\n53,\"云南省\n");
        assertThat(open.getMessage()).isEqualTo("引号没有闭合");
        assertThat(open.line()).isEqualTo(2);
        assertThat(open.field()).isEqualTo(1);
        var inside = strictRefusal("code,name\n53,云\"南\"省\n");
        assertThat(inside.getMessage()).isEqualTo("未加引号的字段中不能出现引号");
        assertThat(inside.field()).isEqualTo(1);
        var after = strictRefusal("code,name\n53,\"云南\"省\n");
        assertThat(after.getMessage()).isEqualTo("右引号后应为逗号或行尾");
        assertThat(after.line()).isEqualTo(2);
        assertThat(after.field()).isEqualTo(1);
    }

    @Test
    void aClosedQuoteEndingTheFileIsNotTakenForAnOpenOne() throws Exception {
        assertThat(strict("a,\"b\"\"\"")).containsExactly(List.of("a", "b\""));
        assertThat(strictRefusal("a,\"b\"\"").getMessage()).isEqualTo("引号没有闭合");
    }

    @Test
    void lenientReadingKeepsStrayQuotesAndBlankLinesAsASpreadsheetDoes() {
        assertThat(CsvRows.lenientRecords("h\n云\"南\"省\n\n\"云南\"省\n"))
                .containsExactly(List.of("h"), List.of("云\"南\"省"), List.of(), List.of("云南省"));
        assertThatThrownBy(() -> CsvRows.lenientRecords("orderId\n\"open\n"))
                .isInstanceOf(BadInputException.class).hasMessage("CSV 第 2 行附近的引号没有闭合");
    }

    @Property(tries = 300)
    void anyTableWrittenAsCsvReadsBackAsItself(
            @ForAll @Size(min = 1, max = 5) List<@Size(min = 1, max = 4) List<
                    @StringLength(max = 6) @Chars({',', '"', '\n', '\r', ' ', 'a', '云'}) @CharRange(from = 'x', to = 'z') String>> table)
            throws Exception {
        String csv = table.stream()
                .map(row -> row.stream().map(f -> "\"" + f.replace("\"", "\"\"") + "\"").collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n"));
        assertThat(strict(csv)).isEqualTo(table);
        assertThat(CsvRows.lenientRecords(csv)).isEqualTo(table);
    }
}
