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

    private static final LocalDate THIRD_OF_DECEMBER = LocalDate.of(2026, 12, 3);

    @Test
    void aSearchFirstAsksForTheLastDayAndATownsForItsOwn() {
        assertThat(SearchTermsProbe.firstWindow(THIRD_OF_DECEMBER, null, "")).isEqualTo("('§d20261203')");
        assertThat(SearchTermsProbe.firstWindow(THIRD_OF_DECEMBER, null, "530326001")).isEqualTo("('§530326001d20261203')");
    }

    @Test
    void aDayWithManyMatchesLeadsToAboutTwiceTheDaysThatHoldEnough() {
        // 200 a day: 2.5 days hold 500, so 5 days are asked; December's days so far are its month's lexeme
        assertThat(SearchTermsProbe.windowAfterOneDay(THIRD_OF_DECEMBER, null, 200))
                .isEqualTo("('§d20261129' | '§d20261130' | '§m202612')");
        // at least three times as long as the day before, however many were found
        assertThat(SearchTermsProbe.windowAfterOneDay(THIRD_OF_DECEMBER, null, 499)).isEqualTo("('§m202612')");
    }

    @Test
    void aLongerWindowBeginsOnTheFirstOfAMonth() {
        // 25 a day: 40 days are asked, from 25 October, so from the first of October
        assertThat(SearchTermsProbe.windowAfterOneDay(THIRD_OF_DECEMBER, null, 25))
                .isEqualTo("('§m202610' | '§m202611' | '§m202612')");
    }

    @Test
    void aMorningsMatchesAreJudgedAsAQuarterOfADay() {
        // 20 by six in the morning are 80 a day: 13 days are asked, from 21 November, so from the first of November
        assertThat(SearchTermsProbe.windowAfterPartOfADay(THIRD_OF_DECEMBER, 20, 0.25))
                .isEqualTo("('§m202611' | '§m202612')");
    }

    @Test
    void rareWordsGoToAllTimeAtOnce() {
        assertThat(SearchTermsProbe.windowAfterOneDay(THIRD_OF_DECEMBER, null, 0)).isNull();
        assertThat(SearchTermsProbe.windowAfterOneDay(THIRD_OF_DECEMBER, null, 6)).isNull();
    }

    @Test
    void aSearchFromADateAsksNoWindowReachingBackToIt() {
        assertThat(SearchTermsProbe.firstWindow(THIRD_OF_DECEMBER, THIRD_OF_DECEMBER, "")).isNull();
        assertThat(SearchTermsProbe.windowAfterOneDay(THIRD_OF_DECEMBER, LocalDate.of(2026, 11, 30), 200)).isNull();
        assertThat(SearchTermsProbe.windowAfterOneDay(THIRD_OF_DECEMBER, LocalDate.of(2026, 11, 20), 200)).isNotNull();
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
