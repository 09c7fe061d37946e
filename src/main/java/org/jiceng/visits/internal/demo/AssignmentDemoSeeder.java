package org.jiceng.visits.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Scope;
import org.jiceng.identity.IdentityApi;
import org.jiceng.party.PartyApi;
import org.jiceng.people.HouseholdChief;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.ResidentSummary;
import org.jiceng.platform.DatabaseMode;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.visits.internal.HouseholdProjection;
import org.jiceng.visits.internal.assignment.AssignmentRepository;
import org.jiceng.visits.internal.assignment.AssignmentRepository.NewAssignment;
import org.jiceng.visits.internal.assignment.AssignmentRules.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only, first of the visits module: brings the household projection level with the seeded register
 * (on every start, since the register's own seeding publishes no change), then, once, the 包保 chains of the
 * county — the county's administrator over each town, the town's staff account over each village of the demo
 * town, a resident committee member over each grid, the register's 户长 over their households, a party member
 * over about three 户长 — leaving every 37th household outside the first grid unheld, so the gap list shows some.
 * Links the demo account {@code huzhang} to a 户长 of 堂琅社区's first grid.
 */
@Component
@Profile("!command")
@Order(70)
class AssignmentDemoSeeder implements ApplicationRunner {

    static final String FIRST_GRID = "530326001001001";
    static final String CHIEF_ACCOUNT = "huzhang";

    private static final Logger log = LoggerFactory.getLogger(AssignmentDemoSeeder.class);

    private final DatabaseMode mode;
    private final HouseholdProjection projection;
    private final AssignmentRepository assignments;
    private final PeopleApi people;
    private final PartyApi party;
    private final IdentityApi identity;
    private final TerritoryApi territory;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String county;

    AssignmentDemoSeeder(DatabaseMode mode, HouseholdProjection projection, AssignmentRepository assignments,
                         PeopleApi people, PartyApi party, IdentityApi identity, TerritoryApi territory,
                         TransactionTemplate transaction, Clock clock, @Value("${jiceng.demo.county}") String county) {
        this.mode = mode;
        this.projection = projection;
        this.assignments = assignments;
        this.people = people;
        this.party = party;
        this.identity = identity;
        this.territory = territory;
        this.transaction = transaction;
        this.clock = clock;
        this.county = county;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo()) {
            return;
        }
        int households = projection.refresh(county);
        log.info("演示数据：走访关怀已同步 {} 户", households);
        if (!assignments.anyUnder(county)) {
            transaction.executeWithoutResult(status -> seed());
        }
        linkChiefAccount();
    }

    private void seed() {
        LocalDate start = Beijing.today(clock).withDayOfYear(1);
        long admin = account("admin");
        long town = account("gucheng");
        List<NewAssignment> rows = new ArrayList<>();
        int[] leader = {0};
        for (DivisionView t : territory.children(county, null, 500)) {
            rows.add(row(Level.TOWN, t.code(), null, null, "ACCOUNT", admin, DemoNames.leader(leader[0]++), "县级领导（包乡镇）", start, admin));
        }
        // the households the register names a 户长 for, by grid
        Map<String, Map<Long, List<Long>>> chiefsByGrid = new LinkedHashMap<>();
        people.forEachHouseholdChief(county, c -> chiefsByGrid.computeIfAbsent(c.territoryCode(), g -> new LinkedHashMap<>())
                .computeIfAbsent(c.chiefResidentId(), r -> new ArrayList<>()).add(c.householdId()));
        java.util.Set<Long> chiefIds = new java.util.HashSet<>();
        chiefsByGrid.values().forEach(c -> chiefIds.addAll(c.keySet()));
        // kept: the 户长, and the first few hundred residents of each grid (where its party members are looked for)
        Map<Long, ResidentSummary> residents = new HashMap<>();
        Map<String, List<ResidentSummary>> byGrid = new HashMap<>();
        Map<String, ResidentSummary> firstAdultOfGrid = new HashMap<>();
        people.forEachResident(county, r -> {
            List<ResidentSummary> ofGrid = byGrid.computeIfAbsent(r.territoryCode(), g -> new ArrayList<>());
            if (ofGrid.size() < 300) {
                ofGrid.add(r);
                residents.put(r.id(), r);
            } else if (chiefIds.contains(r.id())) {
                residents.put(r.id(), r);
            }
            if (r.birthDate() != null && r.birthDate().isBefore(start.minusYears(30))) {
                firstAdultOfGrid.putIfAbsent(r.territoryCode(), r);
            }
        });
        int cadre = 0;
        for (String village : villagesWithHouseholds(chiefsByGrid.keySet())) {
            rows.add(row(Level.VILLAGE, village, null, null, "ACCOUNT", town, DemoNames.cadre(cadre++), "街道干部（包村）", start, admin));
            for (GridView grid : territory.grids(village, Scope.everything())) {
                ResidentSummary member = firstAdultOfGrid.get(grid.code());
                if (member != null) {
                    rows.add(row(Level.GROUP, grid.code(), null, null, "RESIDENT", member.id(), member.name(), "村(社区)两委委员", start, admin));
                }
                chiefs(grid.code(), chiefsByGrid.getOrDefault(grid.code(), Map.of()), residents,
                        byGrid.getOrDefault(grid.code(), List.of()), start, admin, rows);
            }
        }
        assignments.insertAll(rows);
        log.info("演示数据：已生成包保关系 {} 条", rows.size());
    }

    /** The 户长 of a grid over their households, and a party member of the grid over every three of them. */
    private void chiefs(String grid, Map<Long, List<Long>> chiefs, Map<Long, ResidentSummary> residents,
                        List<ResidentSummary> ofGrid, LocalDate start, long admin, List<NewAssignment> rows) {
        List<Long> members = partyMembersOf(ofGrid, (chiefs.size() + 2) / 3);
        int i = 0;
        for (Map.Entry<Long, List<Long>> chief : chiefs.entrySet()) {
            ResidentSummary person = residents.get(chief.getKey());
            if (person == null) {
                continue;
            }
            for (long household : chief.getValue()) {
                if (household % 37 != 0 || grid.equals(FIRST_GRID)) {
                    rows.add(new NewAssignment(Level.HOUSEHOLD, grid, household, null, null, "RESIDENT", person.id(),
                            person.name(), "户长", null, null, start, null, admin));
                }
            }
            if (!members.isEmpty()) {
                ResidentSummary member = residents.get(members.get(i++ / 3 % members.size()));
                party.memberOfResident(member.id(), Scope.everything()).ifPresent(m -> rows.add(new NewAssignment(
                        Level.CHIEF, grid, null, person.id(), null, "PARTY_MEMBER", m.id(), m.name(), "党员（联户）",
                        null, null, start, null, admin)));
            }
        }
    }

    /** Up to {@code wanted} party members among the first residents of a grid. */
    private List<Long> partyMembersOf(List<ResidentSummary> ofGrid, int wanted) {
        List<Long> found = new ArrayList<>();
        for (ResidentSummary r : ofGrid) {
            if (found.size() >= wanted) {
                break;
            }
            if (party.memberOfResident(r.id(), Scope.everything()).isPresent()) {
                found.add(r.id());
            }
        }
        return found;
    }

    private List<String> villagesWithHouseholds(java.util.Set<String> grids) {
        return grids.stream().map(g -> g.substring(0, 12)).distinct().sorted().toList();
    }

    private void linkChiefAccount() {
        identity.findByUsername(CHIEF_ACCOUNT).filter(a -> a.residentId() == null).ifPresent(account -> {
            Long taken = identity.findByUsername("jumin").map(CurrentUser::residentId).orElse(null);
            Map<Long, Integer> held = new LinkedHashMap<>();
            people.forEachHouseholdChief(FIRST_GRID, (HouseholdChief c) -> held.merge(c.chiefResidentId(), 1, Integer::sum));
            held.entrySet().stream().filter(e -> e.getValue() > 1 && !e.getKey().equals(taken)).findFirst()
                    .ifPresent(e -> {
                        identity.linkResident(account.id(), e.getKey());
                        log.info("演示数据：账号 {} 已关联到网格 {} 的户长（居民 {}，包 {} 户）", CHIEF_ACCOUNT, FIRST_GRID,
                                e.getKey(), e.getValue());
                    });
        });
    }

    private long account(String username) {
        return identity.findByUsername(username).map(CurrentUser::id)
                .orElseThrow(() -> new IllegalStateException("演示数据缺少账号：" + username));
    }

    private static NewAssignment row(Level level, String code, Long household, Long chief, String kind, long holder,
                                     String name, String title, LocalDate start, long by) {
        return new NewAssignment(level, code, household, chief, null, kind, holder, name, title, null, null, start,
                null, by);
    }
}
