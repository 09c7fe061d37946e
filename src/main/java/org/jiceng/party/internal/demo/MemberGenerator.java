package org.jiceng.party.internal.demo;

import org.jiceng.party.internal.JoinAnniversary;
import org.jiceng.party.internal.OrganisationTree;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jiceng.party.MemberStatus;
import org.jiceng.people.ResidentSummary;

/**
 * Gives the chosen residents their membership: ~10% probationary, ~5% 党员中心户, ~15% in service with an
 * employer, each picked by hash rank so the shares are exact and the same on every run. Within a village
 * the join days are spread evenly over the year, starting on a day of the seeding week, so that week always
 * has 入党生日, and from the next year on (when this year's probationary members have their first) a village
 * of 53 members or more has some in every week.
 */
final class MemberGenerator {

    record Member(long id, long residentId, String name, String territoryCode, long organisationId,
                  LocalDate joinedOn, MemberStatus status, boolean centralHousehold, boolean inService,
                  String employer) {
    }

    static final double PROBATIONARY_SHARE = 0.10;
    static final double CENTRAL_HOUSEHOLD_SHARE = 0.05;
    static final double IN_SERVICE_SHARE = 0.15;
    private static final LocalDate PARTY_FOUNDED = LocalDate.of(1921, 7, 1);

    private MemberGenerator() {
    }

    static List<Member> generate(List<ResidentSummary> chosen, OrganisationTree tree, List<String> employers,
                                 LocalDate today) {
        Map<String, List<ResidentSummary>> byVillage = new TreeMap<>();
        chosen.stream().sorted(Comparator.comparingLong(ResidentSummary::id))
                .forEach(r -> byVillage.computeIfAbsent(r.territoryCode().substring(0, 12), v -> new ArrayList<>()).add(r));
        LocalDate monday = JoinAnniversary.mondayOf(today);
        Set<Long> firstOfVillage = new HashSet<>();
        Map<Long, LocalDate> anniversary = new HashMap<>();
        byVillage.forEach((code, village) -> {
            firstOfVillage.add(village.getFirst().id());
            // each village starts on its own day of the seeding week, so the county's days are not all alike
            int start = DemoHash.below(Long.parseLong(code), 15, 7);
            for (int k = 0; k < village.size(); k++) {
                anniversary.put(village.get(k).id(), monday.plusDays(start + k * 365L / village.size()));
            }
        });
        int total = chosen.size();
        Set<Long> probationary = byRank(chosen.stream().filter(r -> !firstOfVillage.contains(r.id())).toList(),
                PROBATIONARY_SHARE, total, 3);
        Set<Long> central = byRank(chosen, CENTRAL_HOUSEHOLD_SHARE, total, 4);
        Set<Long> inService = byRank(chosen.stream().filter(r -> workingAge(r, today)).toList(),
                IN_SERVICE_SHARE, total, 5);

        List<Member> members = new ArrayList<>(total);
        for (List<ResidentSummary> village : byVillage.values()) {
            for (ResidentSummary r : village) {
                boolean serving = inService.contains(r.id()) && !employers.isEmpty();
                String employer = serving ? employers.get(DemoHash.below(r.id(), 8, employers.size())) : null;
                Long organisation = serving ? tree.branchOfEmployer(employer) : tree.groupOfGrid(r.territoryCode());
                if (organisation == null) {
                    continue; // a resident outside the county's grids has no branch to join
                }
                boolean onProbation = probationary.contains(r.id());
                LocalDate joined = onProbation ? probationJoin(anniversary.get(r.id()), today)
                        : fullJoin(r, anniversary.get(r.id()), today);
                members.add(new Member(0, r.id(), r.name(), r.territoryCode(), organisation, joined,
                        onProbation ? MemberStatus.PROBATIONARY : MemberStatus.FULL, central.contains(r.id()),
                        serving, employer));
            }
        }
        members.sort(Comparator.comparingLong(Member::residentId));
        List<Member> numbered = new ArrayList<>(members.size());
        for (Member m : members) {
            numbered.add(new Member(numbered.size() + 1, m.residentId(), m.name(), m.territoryCode(),
                    m.organisationId(), m.joinedOn(), m.status(), m.centralHousehold(), m.inService(), m.employer()));
        }
        return numbered;
    }

    /** The last date with the anniversary's month and day: within the past year, a probation not yet over. */
    private static LocalDate probationJoin(LocalDate anniversary, LocalDate today) {
        LocalDate joined = anniversary;
        while (joined.isAfter(today)) {
            joined = anniversary.withYear(joined.getYear() - 1);
        }
        return joined;
    }

    /**
     * Joined at 18 to 40 (most in their twenties) on the anniversary's month and day, at least a year ago;
     * as members are 20 or older, the year before last is always late enough.
     */
    private static LocalDate fullJoin(ResidentSummary r, LocalDate anniversary, LocalDate today) {
        int age = 18 + DemoHash.below(r.id(), 6, 12) + DemoHash.below(r.id(), 7, 12);
        LocalDate joined = anniversary.withYear(Math.max(r.birthDate().getYear() + age, PARTY_FOUNDED.getYear() + 1));
        while (joined.isBefore(r.birthDate().plusYears(18))) {
            joined = anniversary.withYear(joined.getYear() + 1);
        }
        while (joined.isAfter(today.minusYears(1))) {
            joined = anniversary.withYear(joined.getYear() - 1);
        }
        return joined;
    }

    private static boolean workingAge(ResidentSummary r, LocalDate today) {
        return !r.birthDate().isAfter(today.minusYears(22)) && r.birthDate().isAfter(today.minusYears(60));
    }

    /** The ids of the {@code share × total} eligible residents with the smallest hashes under {@code salt}. */
    private static Set<Long> byRank(List<ResidentSummary> eligible, double share, int total, long salt) {
        int count = (int) Math.min(Math.round(total * share), eligible.size());
        Set<Long> ids = new HashSet<>();
        eligible.stream().map(ResidentSummary::id)
                .sorted(Comparator.comparingLong(id -> DemoHash.of(id, salt)))
                .limit(count).forEach(ids::add);
        return ids;
    }
}
