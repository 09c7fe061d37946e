package org.jiceng.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class Art278Tests {

    static Art278.Unit unit(String unit, String owner, String area) {
        return new Art278.Unit(unit, owner, Art278.parseArea(area), false);
    }

    /** {@code n} owners of one unit each, all of {@code area}. */
    static List<Art278.Unit> equalUnits(int n, String area) {
        List<Art278.Unit> units = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            units.add(unit("1-" + i, "业主" + i, area));
        }
        return units;
    }

    static Map<String, VoteChoice> votes(int from, int to, VoteChoice choice) {
        Map<String, VoteChoice> votes = new HashMap<>();
        for (int i = from; i <= to; i++) {
            votes.put("业主" + i, choice);
        }
        return votes;
    }

    static Map<String, VoteChoice> merge(Map<String, VoteChoice> a, Map<String, VoteChoice> b) {
        Map<String, VoteChoice> all = new HashMap<>(a);
        all.putAll(b);
        return all;
    }

    @Test
    void exactlyTwoThirdsTakingPartIsAQuorum() {
        // 3 owners of equal area, 2 take part: exactly 2/3 of area and of owners, "以上" includes the boundary
        VoteOutcome outcome = Art278.decide(equalUnits(3, "90.00"), votes(1, 2, VoteChoice.YES), BallotMatter.ORDINARY);
        assertThat(outcome.quorumMet()).isTrue();
        assertThat(outcome.passed()).isTrue();
    }

    @Test
    void justUnderTwoThirdsOfTheAreaIsNoQuorumEvenWithEnoughOwners() {
        List<Art278.Unit> units = List.of(unit("1", "业主1", "100.00"), unit("2", "业主2", "99.99"),
                unit("3", "业主3", "100.00"));
        // owners 1 and 2 take part: 2/3 of the owners, but 199.99 of 299.99 m² is just under 2/3
        VoteOutcome outcome = Art278.decide(units, votes(1, 2, VoteChoice.YES), BallotMatter.ORDINARY);
        assertThat(outcome.quorumVotersMet()).isTrue();
        assertThat(outcome.quorumAreaMet()).isFalse();
        assertThat(outcome.quorumMet()).isFalse();
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.reason()).startsWith("未通过").contains("参与表决的专有部分面积 199.99 ㎡")
                .contains("三分之二以上").contains("至少 200.00 ㎡");
    }

    @Test
    void justUnderTwoThirdsOfTheOwnersIsNoQuorumEvenWithEnoughArea() {
        // 6 owners: 3 small, 3 large; the 3 large (all the area but a sliver) are only half of the owners
        List<Art278.Unit> units = new ArrayList<>(equalUnits(3, "1.00"));
        for (int i = 4; i <= 6; i++) {
            units.add(unit("1-" + i, "业主" + i, "300.00"));
        }
        VoteOutcome outcome = Art278.decide(units, votes(4, 6, VoteChoice.YES), BallotMatter.ORDINARY);
        assertThat(outcome.quorumAreaMet()).isTrue();
        assertThat(outcome.quorumVotersMet()).isFalse();
        assertThat(outcome.quorumMet()).isFalse();
        assertThat(outcome.reason()).contains("参与表决的业主 3 人，未达到总数 6 人的三分之二以上（至少 4 人）");
    }

    @Test
    void exactlyHalfApprovingFailsAnOrdinaryMatter() {
        // 4 owners of equal area all take part, 2 approve: exactly half, and 过半数 excludes the half
        VoteOutcome outcome = Art278.decide(equalUnits(4, "80.00"),
                merge(votes(1, 2, VoteChoice.YES), votes(3, 4, VoteChoice.NO)), BallotMatter.ORDINARY);
        assertThat(outcome.quorumMet()).isTrue();
        assertThat(outcome.approvalAreaMet()).isFalse();
        assertThat(outcome.approvalVotersMet()).isFalse();
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.reason()).contains("过半数").contains("至少 3 人").contains("至少 160.01 ㎡");
    }

    @Test
    void halfPlusTheSmallestUnitOfAreaAndOneOwnerPassesAnOrdinaryMatter() {
        // 5 owners: yes holds 100.01 of 200.01 m² (half + 0.005, i.e. more than half by the smallest step) and 3 of 5
        List<Art278.Unit> units = List.of(unit("1", "业主1", "50.01"), unit("2", "业主2", "25.00"),
                unit("3", "业主3", "25.00"), unit("4", "业主4", "50.00"), unit("5", "业主5", "50.00"));
        VoteOutcome outcome = Art278.decide(units, merge(votes(1, 3, VoteChoice.YES), votes(4, 5, VoteChoice.NO)),
                BallotMatter.ORDINARY);
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.reason()).startsWith("表决通过");
        // one hundredth less for the yes side: exactly half, fails
        List<Art278.Unit> half = List.of(unit("1", "业主1", "50.00"), unit("2", "业主2", "25.00"),
                unit("3", "业主3", "25.00"), unit("4", "业主4", "50.00"), unit("5", "业主5", "50.00"));
        assertThat(Art278.decide(half, merge(votes(1, 3, VoteChoice.YES), votes(4, 5, VoteChoice.NO)),
                BallotMatter.ORDINARY).passed()).isFalse();
    }

    @Test
    void exactlyThreeQuartersPassesAMajorMatterAndJustUnderFails() {
        // 4 owners of equal area, 3 approve, 1 opposes: exactly 3/4 of area and owners
        Map<String, VoteChoice> threeOfFour = merge(votes(1, 3, VoteChoice.YES), votes(4, 4, VoteChoice.NO));
        assertThat(Art278.decide(equalUnits(4, "75.00"), threeOfFour, BallotMatter.MAJOR).passed()).isTrue();
        // the opposing owner's unit is one hundredth larger: yes area is just under 3/4
        List<Art278.Unit> units = new ArrayList<>(equalUnits(3, "75.00"));
        units.add(unit("1-4", "业主4", "75.01"));
        VoteOutcome under = Art278.decide(units, threeOfFour, BallotMatter.MAJOR);
        assertThat(under.approvalVotersMet()).isTrue();
        assertThat(under.approvalAreaMet()).isFalse();
        assertThat(under.passed()).isFalse();
        assertThat(under.reason()).contains("四分之三以上");
        // 7 of 10 owners (area equal) is under 3/4 by head count
        assertThat(Art278.decide(equalUnits(10, "60.00"), merge(votes(1, 7, VoteChoice.YES), votes(8, 10, VoteChoice.NO)),
                BallotMatter.MAJOR).passed()).isFalse();
    }

    @Test
    void aBuyerOfSeveralUnitsIsOneOwnerWithTheSumOfTheAreasAndOneVote() {
        List<Art278.Unit> units = List.of(unit("1-101", "张三", "88.50"), unit("1-102", "张三", "66.25"),
                unit("1-201", "李四", "100.00"), unit("1-202", "王五", "100.00"));
        List<Art278.Owner> owners = Art278.owners(units);
        assertThat(owners).containsExactly(new Art278.Owner("张三", 15475, 2, false),
                new Art278.Owner("李四", 10000, 1, false), new Art278.Owner("王五", 10000, 1, false));
        VoteCount count = Art278.count(owners, Map.of("张三", VoteChoice.YES, "李四", VoteChoice.YES));
        assertThat(count.totalVoters()).isEqualTo(3);
        assertThat(count.yesVoters()).isEqualTo(2);
        assertThat(count.yesArea()).isEqualTo(25475);
        assertThat(count.totalArea()).isEqualTo(35475);
    }

    @Test
    void theDevelopersUnsoldUnitsCountAsOneOwner() {
        List<Art278.Unit> units = new ArrayList<>(equalUnits(4, "90.00"));
        for (int i = 1; i <= 6; i++) {
            units.add(new Art278.Unit("2-" + i, "开发建设单位", 9000, true));
        }
        List<Art278.Owner> owners = Art278.owners(units);
        assertThat(owners).hasSize(5);
        assertThat(owners.getLast()).isEqualTo(new Art278.Owner("开发建设单位", 54000, 6, true));
        // the developer holds 60% of the area: four owners without it have only 40% — no quorum
        assertThat(Art278.decide(units, votes(1, 4, VoteChoice.YES), BallotMatter.ORDINARY).quorumMet()).isFalse();
        // the developer and three owners: 4 of 5 owners, 93.3% of the area
        Map<String, VoteChoice> withDeveloper = merge(votes(1, 3, VoteChoice.YES), Map.of("开发建设单位", VoteChoice.NO));
        VoteOutcome outcome = Art278.decide(units, withDeveloper, BallotMatter.ORDINARY);
        assertThat(outcome.quorumMet()).isTrue();
        assertThat(outcome.approvalVotersMet()).isTrue();   // 3 of 4
        assertThat(outcome.approvalAreaMet()).isFalse();    // 270 of 810 m²
    }

    @Test
    void theDevelopersUnitsMustStandUnderOneName() {
        assertThatThrownBy(() -> Art278.owners(List.of(new Art278.Unit("1", "甲公司", 100, true),
                new Art278.Unit("2", "乙公司", 100, true)))).hasMessageContaining("同一名称");
        assertThatThrownBy(() -> Art278.owners(List.of(new Art278.Unit("1", "甲公司", 100, true),
                new Art278.Unit("2", "甲公司", 100, false)))).hasMessageContaining("请核对");
    }

    @Test
    void abstentionsTakePartButDoNotApprove() {
        // 3 of 3 take part: 1 yes, 2 abstain → quorum met, ordinary matter fails
        Map<String, VoteChoice> votes = merge(votes(1, 1, VoteChoice.YES), votes(2, 3, VoteChoice.ABSTAIN));
        VoteOutcome outcome = Art278.decide(equalUnits(3, "70.00"), votes, BallotMatter.ORDINARY);
        assertThat(outcome.quorumMet()).isTrue();
        assertThat(outcome.passed()).isFalse();
        // without the abstentions there would be no quorum at all
        assertThat(Art278.decide(equalUnits(3, "70.00"), votes(1, 1, VoteChoice.YES), BallotMatter.ORDINARY)
                .quorumMet()).isFalse();
    }

    @Test
    void decimalAreasAreExactHundredths() {
        assertThat(Art278.parseArea("89.5")).isEqualTo(8950);
        assertThat(Art278.parseArea("120.36")).isEqualTo(12036);
        assertThat(Art278.parseArea(" 75 ")).isEqualTo(7500);
        assertThat(Art278.parseArea("0.01")).isEqualTo(1);
        assertThat(Art278.formatArea(8950)).isEqualTo("89.50");
        assertThatThrownBy(() -> Art278.parseArea("-3.5")).hasMessageContaining("不能为负数");
        assertThatThrownBy(() -> Art278.parseArea("89.567")).hasMessageContaining("两位小数");
        assertThatThrownBy(() -> Art278.parseArea("八十")).hasMessageContaining("不是数字");
        assertThatThrownBy(() -> Art278.parseArea("1e2")).hasMessageContaining("不是数字");
        assertThatThrownBy(() -> Art278.parseArea("0.00")).hasMessageContaining("大于 0");
        assertThatThrownBy(() -> Art278.parseArea("100000.01")).hasMessageContaining("请核对");
        // 0.1 + 0.2 is exactly 0.3 here
        List<Art278.Unit> units = List.of(unit("1", "a", "0.1"), unit("2", "b", "0.2"));
        assertThat(Art278.count(Art278.owners(units), Map.of()).totalArea()).isEqualTo(Art278.parseArea("0.3"));
    }

    @Test
    void householdRulesFollowTheOrganicLaws() {
        VoteRule village = VoteHouseholdRule.VILLAGE_MEETING.rule();
        // 100 households, 67 take part (2/3 is 66.67: 67 is enough, 66 is not), 34 approve of 67
        assertThat(village.decide(new VoteCount(0, 100, 0, 34, 0, 33, 0, 0)).passed()).isTrue();
        assertThat(village.decide(new VoteCount(0, 100, 0, 34, 0, 32, 0, 0)).quorumMet()).isFalse();
        VoteRule residents = VoteHouseholdRule.RESIDENTS_MEETING.rule();
        assertThat(residents.decide(new VoteCount(0, 100, 0, 26, 0, 25, 0, 0)).passed()).isTrue();
        assertThat(residents.decide(new VoteCount(0, 100, 0, 25, 0, 25, 0, 0)).quorumMet()).isFalse();
        VoteOutcome tie = residents.decide(new VoteCount(0, 100, 0, 30, 0, 30, 0, 0));
        assertThat(tie.passed()).isFalse();
        assertThat(tie.quorumAreaMet()).isNull();
        assertThat(tie.reason()).contains("《城市居民委员会组织法》第十二条").doesNotContain("㎡");
        assertThat(VoteHouseholdRule.forDivision("堂琅社区")).isEqualTo(VoteHouseholdRule.RESIDENTS_MEETING);
        assertThat(VoteHouseholdRule.forDivision("堂琅社区居民委员会")).isEqualTo(VoteHouseholdRule.RESIDENTS_MEETING);
        assertThat(VoteHouseholdRule.forDivision("大坪村委会")).isEqualTo(VoteHouseholdRule.VILLAGE_MEETING);
        assertThat(VoteHouseholdRule.forDivision("大坪村民委员会")).isEqualTo(VoteHouseholdRule.VILLAGE_MEETING);
    }

    // ---- properties ------------------------------------------------------------------------------------

    @Property
    void aThresholdsMinimumIsTheFirstPartThatMeetsIt(@ForAll @IntRange(min = 1, max = 12) int denominator,
                                                      @ForAll @IntRange(min = 0, max = 12) int numerator,
                                                      @ForAll boolean inclusive,
                                                      @ForAll @LongRange(min = 1, max = 5_000_000_000L) long whole) {
        if (numerator > denominator) {
            return;
        }
        VoteThreshold t = new VoteThreshold(numerator, denominator, inclusive, "t");
        long min = t.minimum(whole);
        if (min <= whole) {
            assertThat(t.isMet(min, whole)).isTrue();
        }
        if (min >= 1 && min - 1 <= whole) {
            assertThat(t.isMet(min - 1, whole)).isFalse();
        }
    }

    record Case(List<Art278.Unit> units, Map<String, VoteChoice> votes, BallotMatter matter) {
        List<String> ownerNames() {
            return Art278.owners(units).stream().map(Art278.Owner::name).toList();
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Art278.Unit> units = Combinators.combine(
                Arbitraries.integers().between(0, 15), Arbitraries.longs().between(1, 30_000), Arbitraries.integers().between(0, 9))
                .as((owner, area, dev) -> dev == 0
                        ? new Art278.Unit("u", "开发建设单位", area, true)
                        : new Art278.Unit("u", "业主" + owner, area, false));
        return units.list().ofMinSize(1).ofMaxSize(40).flatMap(list -> {
            List<Art278.Unit> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                numbered.add(new Art278.Unit("1-" + i, list.get(i).owner(), list.get(i).area(), list.get(i).developerUnsold()));
            }
            List<String> names = Art278.owners(numbered).stream().map(Art278.Owner::name).toList();
            Arbitrary<VoteChoice> choice = Arbitraries.of(VoteChoice.class).injectNull(0.35);
            return choice.list().ofSize(names.size()).flatMap(choices -> Arbitraries.of(BallotMatter.class).map(m -> {
                Map<String, VoteChoice> votes = new HashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    if (choices.get(i) != null) {
                        votes.put(names.get(i), choices.get(i));
                    }
                }
                return new Case(numbered, votes, m);
            }));
        });
    }

    @Property
    void addingAYesNeverTurnsPassedIntoFailed(@ForAll("cases") Case c) {
        VoteOutcome before = Art278.decide(c.units(), c.votes(), c.matter());
        for (String owner : c.ownerNames()) {
            if (!c.votes().containsKey(owner)) {
                VoteOutcome after = Art278.decide(c.units(), merge(c.votes(), Map.of(owner, VoteChoice.YES)), c.matter());
                assertThat(!before.passed() || after.passed()).as("YES of %s", owner).isTrue();
                assertThat(!before.quorumMet() || after.quorumMet()).isTrue();
            }
        }
    }

    @Property
    void turningAVoteIntoYesNeverTurnsPassedIntoFailedAndAwayFromYesNeverTheOtherWay(@ForAll("cases") Case c) {
        VoteOutcome before = Art278.decide(c.units(), c.votes(), c.matter());
        for (Map.Entry<String, VoteChoice> vote : c.votes().entrySet()) {
            for (VoteChoice other : VoteChoice.values()) {
                VoteOutcome after = Art278.decide(c.units(), merge(c.votes(), Map.of(vote.getKey(), other)), c.matter());
                assertThat(after.quorumMet()).isEqualTo(before.quorumMet());   // still taking part
                if (other == VoteChoice.YES && before.passed()) {
                    assertThat(after.passed()).isTrue();
                }
                if (vote.getValue() == VoteChoice.YES && !before.passed()) {
                    assertThat(after.passed()).isFalse();
                }
            }
        }
    }

    @Property
    void aMajorMatterThatPassesWouldPassAsAnOrdinaryOne(@ForAll("cases") Case c) {
        if (Art278.decide(c.units(), c.votes(), BallotMatter.MAJOR).passed()) {
            assertThat(Art278.decide(c.units(), c.votes(), BallotMatter.ORDINARY).passed()).isTrue();
        }
    }

    @Property
    void theOrderOfTheRosterDoesNotMatter(@ForAll("cases") Case c) {
        List<Art278.Unit> shuffled = new ArrayList<>(c.units());
        Collections.reverse(shuffled);
        assertThat(Art278.decide(shuffled, c.votes(), c.matter())).isEqualTo(Art278.decide(c.units(), c.votes(), c.matter()));
    }

    @Property
    void ownersAreDistinctNamesWithTheDeveloperAsOneAndTheAreaIsKept(@ForAll("cases") Case c) {
        List<Art278.Owner> owners = Art278.owners(c.units());
        assertThat(owners.stream().map(Art278.Owner::name).distinct().count()).isEqualTo(owners.size());
        assertThat(owners.stream().filter(Art278.Owner::developer).count()).isLessThanOrEqualTo(1);
        assertThat(owners.stream().mapToLong(Art278.Owner::area).sum())
                .isEqualTo(c.units().stream().mapToLong(Art278.Unit::area).sum());
        assertThat(owners.stream().mapToInt(Art278.Owner::units).sum()).isEqualTo(c.units().size());
    }

    @Property
    void theDecisionIsTheExactComparisonOfTheSums(@ForAll("cases") Case c) {
        VoteCount count = Art278.count(Art278.owners(c.units()), c.votes());
        VoteOutcome outcome = Art278.rule(c.matter()).decide(count);
        java.math.BigInteger three = java.math.BigInteger.valueOf(3);
        java.math.BigInteger two = java.math.BigInteger.TWO;
        boolean quorum = big(count.participatingArea()).multiply(three).compareTo(big(count.totalArea()).multiply(two)) >= 0
                && big(count.participatingVoters()).multiply(three).compareTo(big(count.totalVoters()).multiply(two)) >= 0;
        boolean approved = c.matter() == BallotMatter.MAJOR
                ? big(count.yesArea()).multiply(big(4)).compareTo(big(count.participatingArea()).multiply(three)) >= 0
                        && big(count.yesVoters()).multiply(big(4)).compareTo(big(count.participatingVoters()).multiply(three)) >= 0
                : big(count.yesArea()).multiply(two).compareTo(big(count.participatingArea())) > 0
                        && big(count.yesVoters()).multiply(two).compareTo(big(count.participatingVoters())) > 0;
        assertThat(outcome.quorumMet()).isEqualTo(quorum);
        assertThat(outcome.passed()).isEqualTo(quorum && approved);
        assertThat(outcome.reason()).startsWith(outcome.passed() ? "表决通过" : "未通过");
    }

    private static java.math.BigInteger big(long value) {
        return java.math.BigInteger.valueOf(value);
    }
}
