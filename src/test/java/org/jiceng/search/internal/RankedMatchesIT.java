package org.jiceng.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.support.AppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The time windows change how fast a page comes, never what it holds: a window with enough matches gives the page
 * all time gives, and a word with few matches is found however old. The documents are written straight into the
 * index, in a county no other test uses, with a word of their own.
 */
@AppTest
class RankedMatchesIT {

    private static final String TOWN = "999901001";
    private static final long FIRST_ID = 9_100_000_000L;

    @Autowired
    RankedMatches matches;

    @Autowired
    DocumentRepository documents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private final List<Long> written = new ArrayList<>();

    @AfterEach
    void takeThemOut() {
        documents.delete(SearchKind.CASE, written);
    }

    private final CurrentUser official = new CurrentUser(1, "bench", "镇干部",
            List.of(new CurrentUser.Grant(Role.TOWN_STAFF, TOWN, null)));

    private void write(long id, Instant at, String text) {
        writeAll(List.of(document(id, at, text)));
    }

    private void writeAll(List<SearchDocument> batch) {
        documents.upsert(batch);
        batch.forEach(d -> written.add(d.recordId()));
    }

    private static SearchDocument document(long id, Instant at, String text) {
        return new SearchDocument(SearchKind.CASE, id, TOWN + "001", at, "诉求", text, false, null, List.of(), List.of());
    }

    private SearchRequest asking(String words) {
        return new SearchRequest(words, SearchTerms.query(words), Set.of(SearchKind.CASE), null, null, null, null, 20);
    }

    private List<Long> allTime(SearchRequest request) {
        SearchSql all = SearchSql.of(official, request);
        return jdbc.sql(all.sql()).params(all.params()).query((rs, n) -> rs.getLong("record_id")).list();
    }

    @Test
    void aWindowHoldingEnoughMatchesGivesThePageAllTimeGives() {
        Instant now = clock.instant();
        int recent = SearchSql.RANKED_WINDOW + 50;
        // many plain matches in the last two days, and older ones that say the words far more often (a higher rank)
        writeAll(LongStream.range(0, recent).mapToObj(i -> document(FIRST_ID + i, now.minus(Duration.ofMinutes(1 + i)),
                "楼道里的声控灯坏了" + (i % 7 == 0 ? "，声控灯一直不亮" : ""))).toList());
        writeAll(LongStream.range(0, 30).mapToObj(i -> document(FIRST_ID + recent + i, now.minus(Duration.ofDays(200 + i)),
                "声控灯声控灯声控灯，楼道声控灯全坏")).toList());
        SearchRequest request = asking("声控灯");

        List<RankedMatches.Row> page = matches.page(official, request);

        assertThat(page.getFirst().matched()).isEqualTo(SearchSql.RANKED_WINDOW);
        assertThat(page.stream().map(RankedMatches.Row::id).toList()).isEqualTo(allTime(request)).hasSize(21);
        assertThat(page).allMatch(r -> r.at().isAfter(now.minus(Duration.ofDays(3))));
    }

    @Test
    void aWordWithFewMatchesIsFoundBeyondTheWidestWindow() {
        Instant longAgo = clock.instant().minus(Duration.ofDays(TimeWindows.WIDEST_DAYS + 100));
        write(FIRST_ID + 5_000, longAgo, "村口那棵老槐树的枯枝压断了电线");

        assertThat(matches.page(official, asking("老槐树"))).extracting(RankedMatches.Row::id)
                .containsExactly(FIRST_ID + 5_000);
    }

    @Test
    void aTownsSearchReadsOnlyItsCountysPartitionOfTheIndex() {
        write(FIRST_ID + 7_000, clock.instant(), "桥头的垃圾桶满了");
        SearchSql statement = SearchSql.of(official, asking("垃圾桶"));
        String holding = jdbc.sql("select tableoid::regclass::text from search.document where county = :c limit 1")
                .param("c", TOWN.substring(0, 6)).query(String.class).single();

        String plan = String.join("\n", jdbc.sql("explain " + statement.sql()).params(statement.params())
                .query(String.class).list());

        assertThat(statement.params()).containsEntry("county", TOWN.substring(0, 6));
        assertThat(plan).contains(holding.replace("search.", "")).doesNotContain("Append");
    }

    @Test
    void aCountyAdminOverTwoCountiesFindsTheirDocumentsInEither() {
        Instant now = clock.instant();
        write(FIRST_ID + 8_000, now, "南门菜市场的下水道堵了");
        documents.upsert(List.of(new SearchDocument(SearchKind.CASE, FIRST_ID + 8_001, "999902001001", now.minusSeconds(60),
                "诉求", "北门菜市场的下水道也堵了", false, null, List.of(), List.of())));
        written.add(FIRST_ID + 8_001);
        CurrentUser overBoth = new CurrentUser(2, "city", "市干部", List.of(new CurrentUser.Grant(Role.COUNTY_ADMIN, "9999", null)));

        assertThat(SearchSql.of(overBoth, asking("下水道")).params()).doesNotContainKey("county");
        assertThat(matches.page(overBoth, asking("下水道"))).extracting(RankedMatches.Row::id)
                .containsExactlyInAnyOrder(FIRST_ID + 8_000, FIRST_ID + 8_001);
        assertThat(matches.page(official, asking("下水道"))).extracting(RankedMatches.Row::id)
                .containsExactly(FIRST_ID + 8_000);
    }

    @Test
    void aWordInMostOfTheCountysDocumentsIsCheckedOnTheRowsTheIndexFindsWithTheSameAnswer() {
        Instant now = clock.instant();
        writeAll(LongStream.range(0, 300).mapToObj(i -> document(FIRST_ID + 9_000 + i, now.minus(Duration.ofMinutes(i)),
                "楼道里很脏" + (i % 10 == 0 ? "，灭火器过期了" : ""))).toList());
        jdbc.sql("analyze search.document").update();
        CommonLexemes common = new CommonLexemes(jdbc, clock);   // not the application's: its copy may predate ANALYZE
        SearchRequest request = asking("楼道 灭火器");

        SearchSql split = SearchSql.of(official, request, null, common::of);

        assertThat(common.of(TOWN.substring(0, 6))).contains("楼道").doesNotContain("灭火");
        assertThat(split.params()).containsEntry("checked", "'楼道'");
        assertThat((String) split.params().get("q")).doesNotContain("楼道").contains("灭火");
        List<Long> found = jdbc.sql(split.sql()).params(split.params()).query((rs, n) -> rs.getLong("record_id")).list();
        assertThat(found).hasSize(21).isEqualTo(allTime(request));
    }

    @Test
    void aSearchBetweenDatesFindsOnlyTheirDays() {
        Instant now = clock.instant();
        write(FIRST_ID + 6_000, now.minus(Duration.ofDays(40)), "水塘边护栏松动");
        write(FIRST_ID + 6_001, now.minus(Duration.ofDays(2)), "水塘边护栏又松动了");
        java.time.LocalDate today = org.jiceng.Beijing.today(clock);
        SearchRequest request = new SearchRequest("护栏", SearchTerms.query("护栏"), Set.of(SearchKind.CASE), null,
                today.minusDays(60), today.minusDays(20), null, 20);

        assertThat(matches.page(official, request)).extracting(RankedMatches.Row::id).containsExactly(FIRST_ID + 6_000);
    }
}
