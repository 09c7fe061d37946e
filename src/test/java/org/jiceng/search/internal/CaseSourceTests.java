package org.jiceng.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseText;
import org.junit.jupiter.api.Test;

class CaseSourceTests {

    private static CaseText text(String description, String address, List<String> notes, String reporter) {
        return new CaseText(7, "HZ-1", "530326001001", "路灯故障", description, address, notes, true, 3L, List.of(),
                Instant.parse("2026-11-01T02:00:00Z"), CaseState.REPLIED, reporter);
    }

    @Test
    void theReportersNameIsMaskedWhereverTheCaseTextNamesIt() {
        SearchDocument d = CaseSource.document(text("我是王建国，楼下路灯不亮三天了", "王建国家门口",
                List.of("王建国您好，路灯已修复"), "王建国"));

        assertThat(d.title() + d.body()).doesNotContain("王建国").doesNotContain("建国");
        assertThat(d.body()).contains("我是王**，楼下路灯不亮三天了").contains("地址：王**家门口").contains("答复：王**您好");
    }

    @Test
    void theReportersNameIsNeitherShownInASnippetNorFoundAsAWord() {
        SearchDocument d = CaseSource.document(text("王建国反映路灯不亮", null, List.of(), "王建国"));

        String words = SearchTerms.vector(d.title() + "\n" + d.body(), "530326001001", d.at());
        assertThat(words).doesNotContain("'建国'").doesNotContain("'王建国'").doesNotContain("'王建'")
                .doesNotContain("'建'");
        assertThat(Snippets.of(d.body(), List.of("路灯"), 90).text()).doesNotContain("建国");
    }

    @Test
    void aCaseWithoutAReporterNameKeepsItsText() {
        assertThat(CaseSource.document(text("路灯不亮", null, List.of(), null)).body()).isEqualTo("路灯不亮");
        assertThat(CaseSource.document(text("路灯不亮", null, List.of(), " ")).body()).isEqualTo("路灯不亮");
    }
}
