package org.jiceng.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiceng.search.internal.SearchTermsProbe;
import org.junit.jupiter.api.Test;

class SearchTermsTests {

    private static final Instant EVENING_OF_3_DECEMBER = Instant.parse("2026-12-03T15:30:00Z");

    @Test
    void aDocumentKeepsItsCharactersAndTheirPairsAtTheirOffsetsAndItsPlaceAtEveryLevel() {
        assertThat(SearchTermsProbe.vector("小区门口路灯坏了三天", "530326001001", EVENING_OF_3_DECEMBER))
                .contains("'路灯':5", "'路':5", "'灯':6", "'灯坏':6", "'口路':4")
                .contains("'§530326001'", "'§530326'", "'§53'").doesNotContain("'§530326001001001'");
    }

    @Test
    void aDocumentCarriesItsDayAndMonthInBeijing() {
        // 15:30 UTC is 23:30 in Beijing: still the 3rd; half an hour later it is the 4th
        assertThat(SearchTermsProbe.vector("路灯", "530326001001", EVENING_OF_3_DECEMBER))
                .contains("'§d20261203'", "'§m202612'")
                .contains("'§530326d20261203'", "'§530326m202612'", "'§530326001d20261203'", "'§530326001m202612'")
                .doesNotContain("'§530326001001d20261203'");
        assertThat(SearchTermsProbe.vector("路灯", "530326001001", EVENING_OF_3_DECEMBER.plusSeconds(1800)))
                .contains("'§d20261204'");
    }

    @Test
    void aWordOfThreeCharactersOrMoreIsKeptBesideItsPairs() {
        assertThat(SearchTermsProbe.vector("自来水管爆了", "530326001001", EVENING_OF_3_DECEMBER))
                .contains("'自来':1", "'来水':2", "'水管':3");
    }

    @Test
    void aShortQueryCutIntoCharactersIsAskedAsTheirPair() {
        assertThat(SearchTermsProbe.tsquery("路灯")).isEqualTo("'路灯'");
        assertThat(SearchTermsProbe.surfaces("路灯 路灯")).containsExactly("路灯");
    }

    @Test
    void aChineseWordOfTheQueryIsAskedByItsPairsWithoutAPhrase() {
        assertThat(SearchTermsProbe.tsquery("楼道里堆放杂物")).contains("'楼道'").contains("'杂物'").doesNotContain("<->");
        assertThat(SearchTermsProbe.tsquery("垃圾桶满了")).doesNotContain("<->").contains("'垃圾'");
    }

    @Test
    void aSearchWidensFromOneDayByThreesAndEndsWithAllTime() {
        List<String> windows = SearchTermsProbe.widening(LocalDate.of(2026, 12, 3), null, "");
        assertThat(windows).hasSize(7).endsWith((String) null);
        assertThat(windows.getFirst()).isEqualTo("('§d20261203')");
        assertThat(windows.get(1)).isEqualTo("('§d20261201' | '§d20261202' | '§d20261203')");
        // 27 days back from 3 December begin on 7 November: no whole month yet
        assertThat(windows.get(3)).startsWith("('§d20261107' | ").endsWith("'§d20261203')");
        // 81 days reach 14 September: October and November are whole, each one lexeme
        assertThat(windows.get(4)).contains("'§m202610'", "'§m202611'", "'§d20260930'", "'§d20261201'")
                .doesNotContain("'§d20261015'");
    }

    @Test
    void aTownsSearchAsksForTheTownsOwnDays() {
        assertThat(SearchTermsProbe.widening(LocalDate.of(2026, 12, 3), null, "530326001").get(1))
                .isEqualTo("('§530326001d20261201' | '§530326001d20261202' | '§530326001d20261203')");
    }

    @Test
    void aSearchFromADateAsksNoWindowReachingBackToIt() {
        assertThat(SearchTermsProbe.widening(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 11, 30), ""))
                .containsExactly("('§d20261203')", "('§d20261201' | '§d20261202' | '§d20261203')", null);
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
