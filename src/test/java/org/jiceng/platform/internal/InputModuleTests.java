package org.jiceng.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiceng.MaxChars;
import org.jiceng.Text;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class InputModuleTests {

    record Form(@MaxChars(5) String name, String notes, LocalDate born, Instant at, Double lat, Double lon,
                List<String> tags) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().addModule(new InputModule()).build();

    private static Form read(String json) {
        return JSON.readValue(json, Form.class);
    }

    private static String refusal(String json) {
        try {
            read(json);
        } catch (RuntimeException e) {
            RefusedInput refused = RefusedInput.in(e);
            assertThat(refused).as("refused by the input limits: " + e).isNotNull();
            return refused.detail();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void wellFormedValuesPassUnchanged() {
        Form form = read("{\"name\":\"𠮷野家😀\",\"notes\":\"第一行\\n\\t第二行\",\"born\":\"1935-02-01\","
                + "\"at\":\"2026-05-20T01:30:00Z\",\"lat\":26.3,\"lon\":103.4,\"tags\":[\"a\"]}");
        assertThat(form.name()).isEqualTo("𠮷野家😀");
        assertThat(form.born()).isEqualTo(LocalDate.of(1935, 2, 1));
    }

    @Test
    void aLimitCountsCodePointsAsPostgresqlDoes() {
        assertThat(read("{\"name\":\"𠮷𠮷𠮷𠮷𠮷\"}").name()).hasSize(10);
        assertThat(refusal("{\"name\":\"𠮷𠮷𠮷𠮷𠮷𠮷\"}")).contains("name").contains("最多 5 个字");
    }

    @Test
    void aFieldWithoutItsOwnLimitHasTheDefaultCap() {
        assertThat(read("{\"notes\":\"" + "字".repeat(Text.DEFAULT_MAX) + "\"}").notes()).hasSize(Text.DEFAULT_MAX);
        assertThat(refusal("{\"notes\":\"" + "字".repeat(Text.DEFAULT_MAX + 1) + "\"}")).contains("notes");
    }

    @Test
    void nulAndOtherControlCharactersAreRefusedNamingTheField() {
        assertThat(refusal("{\"notes\":\"a\\u0000b\"}")).contains("notes").contains("U+0000");
        assertThat(refusal("{\"notes\":\"a\\u001bb\"}")).contains("U+001B");
        assertThat(refusal("{\"notes\":\"a\\uFFFFb\"}")).contains("U+FFFF");
        assertThat(refusal("{\"notes\":\"a\\uD800b\"}")).contains("U+D800");
        assertThat(refusal("{\"tags\":[\"ok\",\"x\\u0000\"]}")).contains("tags");
    }

    @Test
    void yearsOutsideWhatAFieldCanHoldAreRefused() {
        assertThat(refusal("{\"born\":\"+999999999-12-31\"}")).contains("born").contains("1900–2200");
        assertThat(refusal("{\"born\":\"1899-12-31\"}")).contains("1899");
        assertThat(refusal("{\"at\":\"+1000000000-12-31T00:00:00Z\"}")).contains("at");
        assertThat(read("{\"born\":\"2200-12-31\"}").born().getYear()).isEqualTo(2200);
    }

    @Test
    void notANumberIsRefused() {
        assertThat(refusal("{\"lat\":\"NaN\"}")).contains("lat").contains("NaN");
        assertThat(refusal("{\"lon\":\"Infinity\"}")).contains("lon");
    }

    @Test
    void aMissingPrimitiveIsTreatedAsJacksonTreatsItWithoutTheLimits() {
        record Point(double lat) {
        }
        JsonMapper plain = JsonMapper.builder().build();
        String missing = "{}";
        Object withLimits;
        Object without;
        try {
            without = plain.readValue(missing, Point.class);
        } catch (RuntimeException e) {
            without = e.getClass();
        }
        try {
            withLimits = JSON.readValue(missing, Point.class);
        } catch (RuntimeException e) {
            withLimits = e.getClass();
        }
        assertThat(withLimits).isEqualTo(without);
    }

    @Test
    void aHugeNumberForAnIntFieldIsStillJacksonsOwnRefusal() {
        record Count(int count) {
        }
        assertThatThrownBy(() -> JSON.readValue("{\"count\":99999999999999}", Count.class))
                .isInstanceOf(tools.jackson.core.JacksonException.class);
    }
}
