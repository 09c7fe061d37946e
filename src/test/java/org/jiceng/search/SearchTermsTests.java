package org.jiceng.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jiceng.search.internal.SearchTermsProbe;
import org.junit.jupiter.api.Test;

class SearchTermsTests {

    @Test
    void aDocumentKeepsItsWordsAndTheirCharactersAtTheirOffsetsAndItsPlaceAtEveryLevel() {
        assertThat(SearchTermsProbe.vector("小区门口路灯坏了三天", "530326001001")).contains("'路灯':5", "'路':5", "'灯':6")
                .contains("'§530326001'", "'§530326'", "'§53'").doesNotContain("'§530326001001001'");
    }

    @Test
    void aShortQueryCutIntoCharactersIsAskedAsTheirPhrase() {
        assertThat(SearchTermsProbe.tsquery("路灯")).isEqualTo("('路' <-> '灯')");
        assertThat(SearchTermsProbe.surfaces("路灯 路灯")).containsExactly("路灯");
    }

    @Test
    void aChineseWordOfTheQueryIsFoundAsItselfOrAsItsCharacters() {
        assertThat(SearchTermsProbe.tsquery("楼道里堆放杂物")).contains("('楼道' | ('楼' <-> '道'))")
                .contains("('杂物' | ('杂' <-> '物'))");
    }

    @Test
    void aQueryOfPunctuationAloneHasNoWords() {
        assertThat(SearchTermsProbe.tsquery("，。！？")).isNull();
    }

    @Test
    void quotesAndBackslashesCannotBreakOutOfALexeme() {
        assertThat(SearchTermsProbe.quoted("a'b\\c")).isEqualTo("'a''b\\\\c'");
    }

    @Test
    void theSnippetIsCutAroundTheFirstWordAndMarksEveryOccurrence() {
        String text = "前面有很多很多无关的文字。".repeat(10) + "楼道里堆放杂物，堆放了很久，楼道不通";
        SearchTermsProbe.Cut cut = SearchTermsProbe.snippet(text, List.of("楼道", "杂物"), 40);
        assertThat(cut.text()).startsWith("…").contains("楼道里堆放杂物");
        assertThat(cut.marked()).containsExactly("楼道", "杂物", "楼道");
    }

    @Test
    void aSnippetWithoutTheWordsIsTheTextsStart() {
        SearchTermsProbe.Cut cut = SearchTermsProbe.snippet("路灯不亮已经三天了", List.of("井盖"), 40);
        assertThat(cut.text()).isEqualTo("路灯不亮已经三天了");
        assertThat(cut.marked()).isEmpty();
    }

    @Test
    void onlyTheCodeLengthsOfTerritoryLevelsArePlaces() {
        assertThat(List.of("53", "5303", "530326", "530326001", "530326001001", "530326001001001"))
                .allMatch(SearchTermsProbe::isLevel);
        assertThat(List.of("5", "53032", "5303260", "5303260010")).noneMatch(SearchTermsProbe::isLevel);
    }
}
