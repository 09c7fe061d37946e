package org.jiceng.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.junit.jupiter.api.Test;

/** Which partition a search reads, and which of its words the GIN index is asked: the statement, without a database. */
class SearchSqlTests {

    private static final Map<String, Set<String>> COMMON = Map.of("530326", Set.of("小区"));

    private static SearchRequest asking(String words, String territory) {
        return new SearchRequest(words, SearchTerms.query(words), Set.of(SearchKind.CASE), territory, null, null, null, 20);
    }

    private static SearchSql statement(CurrentUser user, SearchRequest request) {
        return SearchSql.of(user, request, null, county -> COMMON.getOrDefault(county, Set.of()));
    }

    private static CurrentUser one(Role role, String territory) {
        return new CurrentUser(7, "u", "某人", List.of(new CurrentUser.Grant(role, territory, null)));
    }

    @Test
    void aTownOfficialsSearchNamesItsCountyAndChecksTheCountysCommonWordsOnTheRowsFound() {
        SearchSql sql = statement(one(Role.TOWN_STAFF, "530326001"), asking("小区 路灯", null));

        assertThat(sql.params()).containsEntry("county", "530326").containsEntry("checked", "'小区'");
        assertThat((String) sql.params().get("q")).contains("'路灯'", "'§530326001'").doesNotContain("小区");
        assertThat(sql.params().get("rq")).isEqualTo("'小区' & '路灯'");
        assertThat(sql.sql()).contains("ts_match_vq(words, cast(:checked as tsquery))", "county = :county");
    }

    @Test
    void whenEveryWordIsCommonTheIndexIsAskedThePlaceAlone() {
        SearchSql sql = statement(one(Role.TOWN_STAFF, "530326001"), asking("小区", null));

        assertThat(sql.params()).containsEntry("checked", "'小区'").containsEntry("q", "(('§530326001'))");
    }

    @Test
    void aCountyOfficialAskingATownReadsThatTownsCounty() {
        SearchSql sql = statement(one(Role.COUNTY_ADMIN, "530326"), asking("小区 路灯", "530326002"));

        assertThat(sql.params()).containsEntry("county", "530326").containsEntry("checked", "'小区'");
        assertThat((String) sql.params().get("q")).contains("'§530326002'");
    }

    @Test
    void aResidentsOwnAndPublicCasesMayLieInAnyCountySoEveryPartitionIsReadAndNoWordMoves() {
        SearchSql sql = statement(one(Role.RESIDENT, "530326001001"), asking("小区 路灯", null));

        assertThat(sql.params()).doesNotContainKeys("county", "checked");
        assertThat((String) sql.params().get("q")).contains("'小区'", "'路灯'");
    }

    @Test
    void aSearchOverTwoCountiesReadsEveryPartition() {
        CurrentUser both = new CurrentUser(8, "u", "某人", List.of(new CurrentUser.Grant(Role.TOWN_STAFF, "530326001", null),
                new CurrentUser.Grant(Role.TOWN_STAFF, "530328001", null)));

        assertThat(statement(both, asking("小区 路灯", null)).params()).doesNotContainKeys("county", "checked");
    }
}
