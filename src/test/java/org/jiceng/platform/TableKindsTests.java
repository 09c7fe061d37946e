package org.jiceng.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.jiceng.platform.TableKinds.Kind;
import org.junit.jupiter.api.Test;

class TableKindsTests {

    private static final String HEADER = "schema\ttable\tkind\twhy\n";

    @Test
    void theShippedClassificationIsWellFormed() {
        TableKinds kinds = TableKinds.load();
        assertThat(kinds.of("cases.case_file")).isEqualTo(Kind.DISTRIBUTED);
        assertThat(kinds.of("territory.division")).isEqualTo(Kind.REFERENCE);
        assertThat(kinds.of("analytics.case_event_queue")).isEqualTo(Kind.LOCAL);
    }

    @Test
    void aLineReadsAsSchemaTableKindAndWhyAfterCommentsAndTheHeader() throws Exception {
        TableKinds kinds = TableKinds.read(new StringReader("# a comment\n" + HEADER + "cases\tcase_file\tdistributed\tcases\n"));
        assertThat(kinds.kinds()).containsExactly(java.util.Map.entry("cases.case_file", Kind.DISTRIBUTED));
    }

    @Test
    void anUnknownKindIsRefusedWithItsLine() {
        assertThatThrownBy(() -> TableKinds.read(new StringReader(HEADER + "cases\tcase_file\tsharded\tcases\n")))
                .hasMessageContaining("line 2").hasMessageContaining("\"sharded\" is none of distributed, reference, local");
    }

    @Test
    void aLineWithoutFourTabSeparatedFieldsIsRefused() {
        assertThatThrownBy(() -> TableKinds.read(new StringReader(HEADER + "cases case_file distributed cases\n")))
                .hasMessageContaining("line 2: 1 fields, want 4");
    }

    @Test
    void aTableClassifiedTwiceOrWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> TableKinds.read(new StringReader(
                HEADER + "cases\tcase_file\tdistributed\tcases\ncases\tcase_file\tlocal\t \n")))
                .hasMessageContaining("line 3: say in one line why cases.case_file is local")
                .hasMessageContaining("line 3: cases.case_file is classified twice");
    }

    @Test
    void aFileWithoutItsHeaderIsRefused() {
        assertThatThrownBy(() -> TableKinds.read(new StringReader("cases\tcase_file\tdistributed\tcases\n")))
                .hasMessageContaining("line 1: the header must be");
    }
}
