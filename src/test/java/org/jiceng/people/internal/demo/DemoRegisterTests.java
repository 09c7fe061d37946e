package org.jiceng.people.internal.demo;

import org.jiceng.people.internal.PeopleService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jiceng.people.IdNumber;
import org.jiceng.people.Phone;
import org.junit.jupiter.api.Test;

class DemoRegisterTests {

    static final String COUNTY = "530326";
    static final int HOUSEHOLDS = 6_000;
    static final int RESIDENTS = 20_000;
    static final DemoRegister REGISTER = DemoRegister.plan(grids(), COUNTY, HOUSEHOLDS, RESIDENTS, 3L);

    /** Three urban communities and four villages of one town, six grids each. */
    static List<DemoRegister.Grid> grids() {
        List<DemoRegister.Grid> grids = new ArrayList<>();
        String[] villages = {"001堂琅社区居民委员会", "002丰乐社区居民委员会", "003翠屏社区居民委员会", "201青云村村民委员会",
                "202尚德村村民委员会", "204厂沟村村民委员会", "205金钟村村民委员会"};
        for (String village : villages) {
            for (int g = 1; g <= 6; g++) {
                grids.add(new DemoRegister.Grid("530326001" + village.substring(0, 3) + "00" + g, "古城街道",
                        village.substring(3)));
            }
        }
        return grids;
    }

    @Test
    void theSameSeedGivesTheSameRegister() {
        DemoRegister again = DemoRegister.plan(grids().reversed(), COUNTY, HOUSEHOLDS, RESIDENTS, 3L);
        assertThat(again).isEqualTo(REGISTER);
        assertThat(DemoRegister.plan(grids(), COUNTY, HOUSEHOLDS, RESIDENTS, 4L).residents())
                .isNotEqualTo(REGISTER.residents());
    }

    @Test
    void totalsAreExactAndEveryGridHasHouseholds() {
        assertThat(REGISTER.households()).hasSize(HOUSEHOLDS);
        assertThat(REGISTER.residents()).hasSize(RESIDENTS);
        Set<String> filled = new HashSet<>();
        REGISTER.households().forEach(h -> filled.add(h.gridCode()));
        assertThat(filled).hasSize(grids().size());
        Map<Long, Integer> sizes = membersByHousehold();
        assertThat(sizes.values()).allMatch(n -> n >= 1 && n <= 6);
        assertThat(sizes).hasSize(HOUSEHOLDS);
    }

    @Test
    void idNumbersAreValidUniqueAndMatchBirthDateAndSex() {
        Set<String> seen = new HashSet<>();
        LocalDate today = LocalDate.now();
        for (DemoRegister.Resident r : REGISTER.residents()) {
            assertThat(IdNumber.problemWith(r.idNumber(), today)).as(r.idNumber()).isEmpty();
            IdNumber id = IdNumber.parse(r.idNumber(), today);
            assertThat(id.value()).startsWith(COUNTY);
            assertThat(id.birthDate()).isEqualTo(r.birthDate());
            assertThat(id.gender()).isEqualTo(r.male() ? IdNumber.Gender.MALE : IdNumber.Gender.FEMALE);
            assertThat(seen.add(r.idNumber())).as("duplicate " + r.idNumber()).isTrue();
        }
    }

    @Test
    void phonesAreUniqueMobilesForMostAdultsAndNoChildren() {
        Set<String> seen = new HashSet<>();
        int adults = 0;
        int adultsWithPhone = 0;
        for (DemoRegister.Resident r : REGISTER.residents()) {
            int age = DemoRegister.age(r.birthDate());
            if (r.phone() != null) {
                assertThat(Phone.parse(r.phone()).value()).isEqualTo(r.phone()).hasSize(11).startsWith("1");
                assertThat(seen.add(r.phone())).isTrue();
                assertThat(age).isGreaterThanOrEqualTo(16);
            }
            if (age >= 18) {
                adults++;
                adultsWithPhone += r.phone() == null ? 0 : 1;
            }
        }
        assertThat(adultsWithPhone / (double) adults).isBetween(0.75, 0.92);
    }

    @Test
    void namesAreChineseAndSurnamesFollowTheirFrequency() {
        Map<String, Integer> surnames = new HashMap<>();
        for (DemoRegister.Resident r : REGISTER.residents()) {
            assertThat(r.name()).matches("\\p{IsHan}{2,3}");
            surnames.merge(r.name().substring(0, 1), 1, Integer::sum);
        }
        for (String common : List.of("李", "张", "王", "杨", "刘")) {
            assertThat(surnames.getOrDefault(common, 0) / (double) RESIDENTS).as(common).isBetween(0.035, 0.10);
        }
        assertThat(surnames.getOrDefault("资", 0)).isLessThan(RESIDENTS / 200);
        assertThat(REGISTER.residents().stream().map(DemoRegister.Resident::name).distinct().count())
                .isGreaterThan(RESIDENTS / 4);
    }

    @Test
    void everyHouseholdHasOneHeadAndAgesFitTheRelations() {
        Map<Long, List<DemoRegister.Resident>> members = households();
        for (List<DemoRegister.Resident> family : members.values()) {
            DemoRegister.Resident head = family.getFirst();
            assertThat(head.relation()).isEqualTo("户主");
            assertThat(family.stream().filter(r -> r.relation().equals("户主"))).hasSize(1);
            int headAge = DemoRegister.age(head.birthDate());
            assertThat(headAge).isGreaterThanOrEqualTo(20);
            for (DemoRegister.Resident r : family) {
                int age = DemoRegister.age(r.birthDate());
                assertThat(PeopleService.RELATIONS).contains(r.relation());
                switch (r.relation()) {
                    case "配偶" -> {
                        assertThat(age).isGreaterThanOrEqualTo(20).isBetween(headAge - 6, headAge + 6);
                        assertThat(r.male()).isNotEqualTo(head.male());
                    }
                    case "子女" -> assertThat(age).isLessThanOrEqualTo(headAge - 18);
                    case "父母" -> assertThat(age).isBetween(headAge + 20, 98);
                    case "孙子女" -> assertThat(age).isLessThanOrEqualTo(headAge - 35);
                    default -> assertThat(r.relation()).isEqualTo("户主");
                }
            }
        }
    }

    @Test
    void tagsFitAgeAndHousehold() {
        Map<Long, List<DemoRegister.Resident>> members = households();
        Map<Long, String> gridOf = new HashMap<>();
        REGISTER.households().forEach(h -> gridOf.put(h.id(), h.gridCode()));
        for (DemoRegister.Resident r : REGISTER.residents()) {
            int age = DemoRegister.age(r.birthDate());
            List<DemoRegister.Resident> family = members.get(r.householdId());
            if (DemoTag.LIVING_ALONE_ELDERLY.in(r.tags())) {
                assertThat(age).isGreaterThanOrEqualTo(60);
                assertThat(family).hasSize(1);
            }
            if (DemoTag.EMPTY_NEST_ELDERLY.in(r.tags())) {
                assertThat(age).isGreaterThanOrEqualTo(60);
                assertThat(family).hasSize(2).allMatch(m -> DemoRegister.age(m.birthDate()) >= 60);
            }
            if (DemoTag.LEFT_BEHIND_CHILD.in(r.tags())) {
                assertThat(age).isLessThan(16);
                assertThat(r.relation()).isEqualTo("孙子女");
                assertThat(family).noneMatch(m -> m.relation().equals("子女"));
                assertThat(gridOf.get(r.householdId()).substring(9, 12)).startsWith("2");   // a village, not a 社区
            }
            if (DemoTag.VETERAN.in(r.tags())) {
                assertThat(age).isGreaterThanOrEqualTo(25);
            }
        }
        assertThat(rate(DemoTag.LIVING_ALONE_ELDERLY)).isBetween(0.01, 0.05);
        assertThat(rate(DemoTag.EMPTY_NEST_ELDERLY)).isBetween(0.02, 0.08);
        assertThat(rate(DemoTag.LEFT_BEHIND_CHILD)).isBetween(0.005, 0.04);
        assertThat(rate(DemoTag.DISABLED)).isBetween(0.03, 0.08);
        assertThat(rate(DemoTag.MINIMUM_LIVING)).isBetween(0.02, 0.07);
        assertThat(rate(DemoTag.POVERTY_MONITORED)).isBetween(0.005, 0.04);
        assertThat(rate(DemoTag.VETERAN)).isBetween(0.005, 0.03);
        assertThat(rate(DemoTag.SERIOUSLY_ILL)).isBetween(0.005, 0.03);
        assertThat(rate(DemoTag.FLOATING)).isBetween(0.02, 0.08);
    }

    @Test
    void aChiefLooksAfterAboutTwelveNeighbouringHouseholdsOfTheGrid() {
        Map<Long, DemoRegister.Resident> residents = new HashMap<>();
        REGISTER.residents().forEach(r -> residents.put(r.id(), r));
        Map<Long, Integer> households = new HashMap<>();
        for (DemoRegister.Household h : REGISTER.households()) {
            DemoRegister.Resident chief = residents.get(h.chiefId());
            assertThat(chief).as("chief of household " + h.id()).isNotNull();
            assertThat(chief.territoryCode()).isEqualTo(h.gridCode());
            assertThat(DemoRegister.age(chief.birthDate())).isBetween(18, 80);
            households.merge(h.chiefId(), 1, Integer::sum);
        }
        assertThat(REGISTER.chiefs()).isEqualTo(households.size());
        assertThat(HOUSEHOLDS / (double) households.size()).isCloseTo(12.0, within(1.0));
        assertThat(households.values()).allMatch(n -> n >= 6 && n <= 18);
    }

    @Test
    void communitiesLiveInFlatsAndVillagesInCourtyards() {
        Map<Long, DemoRegister.Building> buildings = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (DemoRegister.Building b : REGISTER.buildings()) {
            buildings.put(b.id(), b);
            assertThat(names.add(b.gridCode() + b.name())).isTrue();
        }
        for (DemoRegister.Household h : REGISTER.households()) {
            DemoRegister.Building b = buildings.get(h.buildingId());
            assertThat(b.gridCode()).isEqualTo(h.gridCode());
            if (h.gridCode().charAt(9) == '0') {
                assertThat(b.kind()).isEqualTo("BUILDING");
                assertThat(h.address()).matches("古城街道(堂琅|丰乐|翠屏)社区\\p{IsHan}+\\d+栋\\d单元\\d{3,4}室");
            } else {
                assertThat(b.kind()).isEqualTo("COURTYARD");
                assertThat(h.address()).matches("古城街道(青云|尚德|厂沟|金钟)村\\p{IsHan}+村民小组\\d+号");
            }
        }
        assertThat(DemoPlaces.shortName("青云村村民委员会")).isEqualTo("青云村");
        assertThat(DemoPlaces.shortName("堂琅社区居民委员会")).isEqualTo("堂琅社区");
    }

    private static double rate(DemoTag tag) {
        return count(r -> tag.in(r.tags())) / (double) RESIDENTS;
    }

    private static long count(Predicate<DemoRegister.Resident> test) {
        return REGISTER.residents().stream().filter(test).count();
    }

    private static Map<Long, Integer> membersByHousehold() {
        Map<Long, Integer> sizes = new HashMap<>();
        REGISTER.residents().forEach(r -> sizes.merge(r.householdId(), 1, Integer::sum));
        return sizes;
    }

    private static Map<Long, List<DemoRegister.Resident>> households() {
        Map<Long, List<DemoRegister.Resident>> members = new HashMap<>();
        REGISTER.residents().forEach(r -> members.computeIfAbsent(r.householdId(), k -> new ArrayList<>()).add(r));
        return members;
    }
}
