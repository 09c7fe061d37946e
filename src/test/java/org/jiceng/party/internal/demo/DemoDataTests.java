package org.jiceng.party.internal.demo;

import org.jiceng.party.internal.JoinAnniversary;
import org.jiceng.party.internal.OrganisationTree;
import org.jiceng.party.internal.Probation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jiceng.Scope;
import org.jiceng.party.MemberStatus;
import org.jiceng.party.OrganisationKind;
import org.jiceng.party.OrganisationLevel;
import org.jiceng.party.PostKind;
import org.jiceng.people.IdNumber;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.ResidentSummary;
import org.jiceng.people.ResidentView;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.GridView;
import org.jiceng.territory.LatLon;
import org.jiceng.territory.Level;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The demo generators on a small synthetic county: structure, shares, dates and determinism. */
class DemoDataTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final List<String> EMPLOYERS = List.of("县民政局", "县人民医院");

    final List<OrganisationTree.Town> towns = towns();
    final OrganisationTree tree = OrganisationTree.build(
            new DivisionView("530326", "会泽县", Level.COUNTY, "5303"), towns, EMPLOYERS);
    final PeopleApi people = new Residents(20_000);

    @Test
    void theTreeNestsLevelsProperlyAndHasEveryKind() {
        Map<Long, OrganisationTree.Node> byId = tree.nodes().stream()
                .collect(Collectors.toMap(OrganisationTree.Node::id, n -> n));
        Set<OrganisationKind> kinds = EnumSet.noneOf(OrganisationKind.class);
        for (OrganisationTree.Node node : tree.nodes()) {
            kinds.add(node.kind());
            if (node.parentId() == null) {
                assertThat(node.level()).isEqualTo(OrganisationLevel.COMMITTEE);
                continue;
            }
            OrganisationTree.Node parent = byId.get(node.parentId());
            assertThat(parent.id()).isLessThan(node.id());
            assertThat(node.territoryCode()).startsWith(parent.territoryCode());
            if (node.level() != OrganisationLevel.COMMITTEE) { // a 党委 may sit under a 党委; below it, levels descend
                assertThat(parent.level().ordinal()).isLessThan(node.level().ordinal());
            }
            if (node.level() == OrganisationLevel.GROUP) {
                assertThat(parent.level()).isEqualTo(OrganisationLevel.BRANCH);
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder(OrganisationKind.values());
        assertThat(tree.nodes().stream().filter(n -> n.kind() == OrganisationKind.GRID_GROUP).count())
                .isEqualTo(towns.stream().flatMap(t -> t.villages().stream()).mapToLong(v -> v.grids().size()).sum());
        assertThat(tree.nodes().getFirst().name()).isEqualTo("中共会泽县委员会");
    }

    @Test
    void theSameDivisionsGiveTheSameTree() {
        assertThat(OrganisationTree.build(new DivisionView("530326", "会泽县", Level.COUNTY, "5303"), towns(), EMPLOYERS)
                .nodes()).isEqualTo(tree.nodes());
    }

    @Test
    void threePercentOfResidentsAreChosenAllTwentyOrOlderTheSameEveryTime() {
        DemoResidents sample = DemoResidents.gather(people, "530326", TODAY);
        assertThat(sample.chosen()).hasSize(600);
        assertThat(sample.chosen()).allMatch(r -> !r.birthDate().isAfter(TODAY.minusYears(20)));
        assertThat(DemoResidents.gather(people, "530326", TODAY).chosen()).isEqualTo(sample.chosen());
        assertThat(sample.candidates("530326001001001")).hasSize(DemoResidents.CANDIDATES_PER_GRID);
    }

    @Test
    void membersHaveTheSharesAndConsistentDates() {
        List<MemberGenerator.Member> members = members();
        assertThat(members).hasSize(600);
        assertThat(members.stream().map(MemberGenerator.Member::id)).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, 600).boxed().toList());
        assertThat(share(members, m -> m.status() == MemberStatus.PROBATIONARY)).isBetween(0.09, 0.13);
        assertThat(share(members, MemberGenerator.Member::centralHousehold)).isBetween(0.045, 0.055);
        assertThat(share(members, MemberGenerator.Member::inService)).isBetween(0.14, 0.16);
        Map<Long, ResidentSummary> residents = new HashMap<>();
        people.forEachResident("530326", r -> residents.put(r.id(), r));
        for (MemberGenerator.Member m : members) {
            assertThat(m.joinedOn()).isBeforeOrEqualTo(TODAY);
            assertThat(m.joinedOn()).isAfterOrEqualTo(residents.get(m.residentId()).birthDate().plusYears(18));
            assertThat(Probation.statusOn(m.joinedOn(), TODAY)).isEqualTo(m.status());
            assertThat(m.inService()).isEqualTo(m.employer() != null);
            assertThat(m.organisationId()).isEqualTo(m.inService() ? tree.branchOfEmployer(m.employer())
                    : tree.groupOfGrid(m.territoryCode()));
        }
    }

    @Test
    void everyVillageHasAnAnniversaryInTheSeedingWeekAndBigVillagesInEveryWeekFromNextYear() {
        Map<String, List<MemberGenerator.Member>> byVillage = members().stream()
                .collect(Collectors.groupingBy(m -> m.territoryCode().substring(0, 12)));
        for (List<MemberGenerator.Member> village : byVillage.values()) {
            assertThat(village).anyMatch(m -> JoinAnniversary.inWeekOf(m.joinedOn(), TODAY).isPresent());
            if (village.size() >= 53) { // once this year's probationary members have their first anniversary
                for (LocalDate week = TODAY.plusYears(1); week.isBefore(TODAY.plusYears(3)); week = week.plusWeeks(1)) {
                    LocalDate day = week;
                    assertThat(village).anyMatch(m -> JoinAnniversary.inWeekOf(m.joinedOn(), day).isPresent());
                }
            }
        }
    }

    @Property(tries = 25)
    void onAnySeedingDayTheDatesAgreeWithTheRules(@ForAll("seedingDays") LocalDate today) {
        PeopleApi small = new Residents(5_000);
        List<MemberGenerator.Member> members = MemberGenerator.generate(
                DemoResidents.gather(small, "530326", today).chosen(), tree, EMPLOYERS, today);
        assertThat(members).isNotEmpty().allMatch(m -> !m.joinedOn().isAfter(today)
                && Probation.statusOn(m.joinedOn(), today) == m.status());
        members.stream().collect(Collectors.groupingBy(m -> m.territoryCode().substring(0, 12))).values()
                .forEach(village -> assertThat(village)
                        .anyMatch(m -> JoinAnniversary.inWeekOf(m.joinedOn(), today).isPresent()));
    }

    @Provide
    Arbitrary<LocalDate> seedingDays() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(LocalDate.of(2024, 1, 1).toEpochDay(), LocalDate.of(2040, 12, 31).toEpochDay())
                        .map(LocalDate::ofEpochDay),
                Arbitraries.of(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), LocalDate.of(2028, 2, 29),
                        LocalDate.of(2027, 2, 28), LocalDate.of(2032, 12, 27)));
    }

    @Test
    void dualRegistrationsAndPostsFollowTheMembers() {
        List<MemberGenerator.Member> members = members();
        var result = DualRegistrationGenerator.generate(members, EMPLOYERS, List.of("530326001001"), TODAY);
        long serving = members.stream().filter(MemberGenerator.Member::inService).count();
        assertThat(result.registrations().stream().filter(r -> r.memberId() != null).count())
                .isEqualTo(Math.round(serving * DualRegistrationGenerator.REGISTERED_SHARE));
        assertThat(result.registrations()).allMatch(r -> !r.registeredOn().isAfter(TODAY));
        Map<Long, LocalDate> registered = new HashMap<>();
        result.registrations().forEach(r -> registered.put(r.id(), r.registeredOn()));
        assertThat(result.services()).allMatch(s -> !s.servedOn().isAfter(TODAY)
                && !s.servedOn().isBefore(registered.get(s.registrationId())) && s.minutes() > 0);

        DemoResidents sample = DemoResidents.gather(people, "530326", TODAY);
        Map<String, List<MemberGenerator.Member>> inService = members.stream().filter(MemberGenerator.Member::inService)
                .collect(Collectors.groupingBy(m -> m.territoryCode().substring(0, 12)));
        List<OrganisationTree.Village> villages = towns.stream().flatMap(t -> t.villages().stream()).toList();
        List<PostGenerator.Post> posts = PostGenerator.generate(villages, sample::candidates, inService);
        Set<PostKind> kinds = posts.stream().map(PostGenerator.Post::kind).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(PostKind.values());
        long grids = villages.stream().mapToLong(v -> v.grids().size()).sum();
        // one full-time worker per grid and two or three part-time ones: 15,989 for the county's 4,847 grids
        long workers = posts.stream().filter(p -> p.kind() == PostKind.GRID_WORKER).count();
        long extra = PostGenerator.COUNTY_GRID_WORKERS - 3L * PostGenerator.COUNTY_GRIDS;
        assertThat(workers).isGreaterThan(grids).isLessThanOrEqualTo(grids * 3 + grids * extra / PostGenerator.COUNTY_GRIDS);
        assertThat(posts.stream().filter(p -> p.kind() == PostKind.GRID_WORKER && p.area() == null).count()).isEqualTo(grids);
        assertThat(posts.stream().filter(p -> p.kind().perBuilding()))
                .allMatch(p -> p.territoryCode().startsWith("530326001"));
    }

    private List<MemberGenerator.Member> members() {
        return MemberGenerator.generate(DemoResidents.gather(people, "530326", TODAY).chosen(), tree, EMPLOYERS, TODAY);
    }

    private static double share(List<MemberGenerator.Member> members,
                                java.util.function.Predicate<MemberGenerator.Member> test) {
        return members.stream().filter(test).count() / (double) members.size();
    }

    /** Two towns: a street of two communities and a town of three villages, 4 to 12 grids each. */
    static List<OrganisationTree.Town> towns() {
        List<OrganisationTree.Town> towns = new ArrayList<>();
        towns.add(new OrganisationTree.Town(new DivisionView("530326001", "古城街道", Level.TOWN, "530326"), List.of(
                village("530326001001", "堂琅社区居民委员会", 12), village("530326001002", "丰乐社区居民委员会", 5))));
        towns.add(new OrganisationTree.Town(new DivisionView("530326103", "迤车镇", Level.TOWN, "530326"), List.of(
                village("530326103001", "迤车村民委员会", 4), village("530326103002", "水城村民委员会", 8),
                village("530326103003", "红岩村村民委员会", 21))));
        return towns;
    }

    static OrganisationTree.Village village(String code, String name, int grids) {
        List<GridView> list = new ArrayList<>();
        for (int g = 1; g <= grids; g++) {
            list.add(new GridView(code + String.format("%03d", g), OrganisationTree.shortName(name) + "第" + g + "网格",
                    code, new LatLon(26.4, 103.3), null));
        }
        return new OrganisationTree.Village(new DivisionView(code, name, Level.VILLAGE, code.substring(0, 9)), list);
    }

    /** Residents spread over the grids of {@link #towns()}, born 1930 to 2020. */
    static final class Residents implements org.jiceng.party.RegisterStub {
        private final List<ResidentSummary> all = new ArrayList<>();

        Residents(int count) {
            List<String> grids = towns().stream().flatMap(t -> t.villages().stream())
                    .flatMap(v -> v.grids().stream()).map(GridView::code).toList();
            for (int i = 1; i <= count; i++) {
                LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(DemoHash.below(i, 99, 90 * 365));
                all.add(new ResidentSummary(i, (long) (i / 3 + 1), grids.get(i % grids.size()), "居民" + i,
                        i % 2 == 0 ? IdNumber.Gender.FEMALE : IdNumber.Gender.MALE, birth));
            }
        }

        @Override
        public Optional<ResidentView> resident(long id, Scope scope) {
            return Optional.empty();
        }

        @Override
        public void forEachHousehold(String territoryPrefix, Consumer<org.jiceng.people.HouseholdSummary> consumer) {
        }

        @Override
        public Optional<org.jiceng.people.HouseholdSummary> householdSummary(long id) {
            return Optional.empty();
        }

        @Override
        public void forEachResident(String territoryPrefix, Consumer<ResidentSummary> consumer) {
            all.stream().filter(r -> r.territoryCode().startsWith(territoryPrefix)).forEach(consumer);
        }
    }
}
