package org.jiceng;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ScopeTests {

    @Test
    void aListAskedForATerritoryReadsOnlyThePartInsideTheScope() {
        Scope gucheng = Scope.of("530326001");
        assertThat(gucheng.askedFor(null)).isEqualTo(gucheng);
        assertThat(gucheng.askedFor(" 530326001001 ").prefixes()).containsExactly("530326001001");
        assertThat(gucheng.askedFor("530326").prefixes()).containsExactly("530326001");
    }

    @Test
    void aListAskedBeyondTheScopeIsRefusedAndAMalformedCodeIsBadInput() {
        Scope gucheng = Scope.of("530326001");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> gucheng.askedFor("530326103"))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("不在您的辖区内");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> gucheng.askedFor("5303261"))
                .isInstanceOf(BadInputException.class);
    }

    @Test
    void aTownSeesItsVillagesAndGridsButNotTheNextTown() {
        Scope gucheng = Scope.of("530326001");
        assertThat(gucheng.covers("530326001001")).isTrue();
        assertThat(gucheng.covers("530326001001003")).isTrue();
        assertThat(gucheng.covers("530326103001")).isFalse();
        assertThat(gucheng.covers("530326")).isFalse();
    }

    @Test
    void nestedPrefixesCollapseToTheWiderOne() {
        assertThat(Scope.of("530326001001", "530326", "530326001").prefixes()).containsExactly("530326");
    }

    @Test
    void theSqlRangeEndsJustAfterThePrefix() {
        Scope scope = Scope.of("530326109");
        assertThat(scope.where("code")).isEqualTo("((code >= :scope_lo_0 and code < :scope_hi_0))");
        assertThat(scope.params()).containsEntry("scope_lo_0", "530326109").containsEntry("scope_hi_0", "53032610:");
    }

    @Test
    void anEmptyScopeSeesNothing() {
        assertThat(Scope.nothing().where("code")).isEqualTo("(false)");
        assertThat(Scope.nothing().covers("53")).isFalse();
    }

    @Test
    void narrowingKeepsOnlyWhatBothCover() {
        assertThat(Scope.of("530326001").narrowedTo("530326").prefixes()).containsExactly("530326001");
        assertThat(Scope.of("530326").narrowedTo("530326001001").prefixes()).containsExactly("530326001001");
        assertThat(Scope.of("530326001").narrowedTo("530326103").isEmpty()).isTrue();
    }

    /** The SQL range and the Java check agree for every code, as PostgreSQL compares under COLLATE "C". */
    @Property(tries = 2000)
    void theSqlRangeSelectsExactlyTheCodesThatStartWithThePrefix(@ForAll("codes") String prefix,
                                                                   @ForAll("codes") String code) {
        Scope scope = Scope.of(prefix);
        String lo = (String) scope.params().get("scope_lo_0");
        String hi = (String) scope.params().get("scope_hi_0");
        boolean inRange = code.compareTo(lo) >= 0 && code.compareTo(hi) < 0;
        assertThat(inRange).isEqualTo(code.startsWith(prefix)).isEqualTo(scope.covers(code));
    }

    @Property(tries = 500)
    void narrowingNeverWidens(@ForAll("codes") String own, @ForAll("codes") String asked, @ForAll("codes") String code) {
        Scope narrowed = Scope.of(own).narrowedTo(asked);
        if (narrowed.covers(code)) {
            assertThat(Scope.of(own).covers(code)).isTrue();
            assertThat(code.startsWith(asked)).isTrue();
        }
    }

    @Provide
    Arbitrary<String> codes() {
        // lengths of the territory levels, digits biased to 0, 1 and 9 so prefixes often overlap
        return Arbitraries.of(2, 4, 6, 9, 12, 15).flatMap(length ->
                Arbitraries.strings().withChars('0', '1', '9').ofLength(length));
    }

    @Test
    void prefixesAreSortedAndDistinct() {
        assertThat(new Scope(List.of("53", "52", "53")).prefixes()).containsExactly("52", "53");
    }

    @Test
    void aCountysScopeNamesItsCountySoCitusReadsOneShardGroup() {
        Scope huize = Scope.of("530326");
        assertThat(huize.county()).isEqualTo("530326");
        assertThat(huize.where("c.territory_code", "c.county"))
                .isEqualTo("(c.county = :scope_county and ((c.territory_code >= :scope_lo_0 and c.territory_code < :scope_hi_0)))");
        assertThat(huize.params()).containsEntry("scope_county", "530326").containsEntry("scope_lo_0", "530326");
    }

    @Test
    void aTownsOrVillagesScopeNamesTheCountyTheyLieIn() {
        Scope towns = Scope.of("530326001", "530326103001");
        assertThat(towns.county()).isEqualTo("530326");
        assertThat(towns.where("code", "county")).startsWith("(county = :scope_county and ((code >= :scope_lo_0");
        assertThat(towns.params()).containsEntry("scope_county", "530326");
    }

    @Test
    void aScopeOverTwoCountiesOrAProvinceKeepsThePlainRange() {
        for (Scope wide : List.of(Scope.of("530326", "530325001"), Scope.of("53"), Scope.everything())) {
            assertThat(wide.county()).isNull();
            assertThat(wide.where("code", "county")).isEqualTo(wide.where("code"));
            assertThat(wide.params()).doesNotContainKey("scope_county");
        }
    }

    @Test
    void anEmptyScopeStillSeesNothingWithACountyColumn() {
        assertThat(Scope.nothing().county()).isNull();
        assertThat(Scope.nothing().where("code", "county")).isEqualTo("(false)");
        assertThat(Scope.nothing().params()).isEmpty();
    }
}
