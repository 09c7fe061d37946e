package org.jiceng.demo.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.CurrentUser;
import org.jiceng.CurrentUser.Grant;
import org.jiceng.Role;
import org.jiceng.identity.IdentityApi;
import org.jiceng.people.ResidentSummary;

/**
 * The people who live the demo year, as the services see a signed-in person. The demo accounts play their own
 * parts (gucheng for 古城街道, shequ for 堂琅社区, wangge on their grid, bumen for their department, jumin among
 * 堂琅's reporters); everyone else — other towns' staff, the other departments, the register's residents who
 * report — acts as a person holding that role, without an account of their own: creating some thousands of
 * accounts would hash as many passwords (minutes) for people nobody signs in as. Their ids lie above any account's.
 */
final class YearActors {

    static final long RESIDENTS = 1_000_000_000L;
    static final long STAFF = 2_000_000_000L;
    static final long UNITS = 3_000_000_000L;

    private final Map<String, CurrentUser> accounts = new HashMap<>();
    private final Map<String, List<ResidentSummary>> residentsByGrid;
    private final Map<Long, String> unitNames;
    private final Map<String, CurrentUser> made = new HashMap<>();
    private final String county;

    YearActors(IdentityApi identity, Map<String, List<ResidentSummary>> residentsByGrid, Map<Long, String> unitNames,
               String county) {
        this.residentsByGrid = residentsByGrid;
        this.unitNames = unitNames;
        this.county = county;
        for (String name : List.of("gucheng", "yiche", "shequ", "wangge", "bumen", "jumin")) {
            identity.findByUsername(name).ifPresent(user -> accounts.put(name, user));
        }
    }

    /** The duty officer of a town (乡镇街道): triage, dispatch, verification and replies. */
    CurrentUser townStaff(String town, String townName) {
        return account(Role.TOWN_STAFF, town, null).orElseGet(() -> made.computeIfAbsent("t" + town, k ->
                user(STAFF + Long.parseLong(town) % 1_000_000_000L, townName + "值班员", Role.TOWN_STAFF, town, null, null)));
    }

    /** A village's (社区's) staff: visits and meetings. */
    CurrentUser villageStaff(String village) {
        return account(Role.VILLAGE_STAFF, village, null).orElseGet(() -> made.computeIfAbsent("v" + village, k ->
                user(STAFF + Long.parseLong(village) % 1_000_000_000L, "村(社区)两委" + village.substring(9), Role.VILLAGE_STAFF,
                        village, null, null)));
    }

    CurrentUser gridWorker(String grid) {
        return account(Role.GRID_WORKER, grid, null).orElseGet(() -> made.computeIfAbsent("g" + grid, k ->
                user(STAFF + Long.parseLong(grid) % 1_000_000_000L, "网格员" + grid.substring(12), Role.GRID_WORKER, grid, null,
                        null)));
    }

    /** Staff of a department (县直部门) whistled to. */
    CurrentUser unitStaff(long unitId) {
        return account(Role.DEPT_STAFF, null, unitId).orElseGet(() -> made.computeIfAbsent("u" + unitId, k ->
                user(UNITS + unitId, unitNames.getOrDefault(unitId, "县直部门") + "工作人员", Role.DEPT_STAFF, county, unitId, null)));
    }

    /**
     * The resident behind a reporter slot of a grid: the same slot, the same person. In 堂琅社区 the first slot is
     * the demo resident, so that jumin finds cases of their own.
     */
    Optional<CurrentUser> reporter(String grid, int slot) {
        CurrentUser jumin = accounts.get("jumin");
        if (slot == 0 && jumin != null && grid.startsWith(jumin.homeTerritory())) {
            return Optional.of(jumin);
        }
        List<ResidentSummary> residents = residentsByGrid.getOrDefault(grid, List.of());
        if (residents.isEmpty()) {
            return Optional.empty();
        }
        ResidentSummary resident = residents.get(slot % residents.size());
        return Optional.of(made.computeIfAbsent("r" + resident.id(), k -> user(RESIDENTS + resident.id(), resident.name(),
                Role.RESIDENT, grid, null, resident.id())));
    }

    /** The name a hotline order gives for its caller. */
    Optional<String> callerName(String grid, int slot) {
        List<ResidentSummary> residents = residentsByGrid.getOrDefault(grid, List.of());
        return residents.isEmpty() ? Optional.empty() : Optional.of(residents.get(slot % residents.size()).name());
    }

    private Optional<CurrentUser> account(Role role, String territory, Long unit) {
        return accounts.values().stream().filter(u -> u.grants().stream().anyMatch(g -> g.role() == role
                && (territory == null || g.territoryCode().equals(territory))
                && (unit == null || unit.equals(g.unitId())))).findFirst();
    }

    private static CurrentUser user(long id, String name, Role role, String territory, Long unit, Long residentId) {
        List<Grant> grants = new ArrayList<>();
        grants.add(new Grant(role, territory, unit));
        String username = role == Role.RESIDENT ? "resident" + residentId : name;
        return new CurrentUser(id, username, name, grants, residentId, null);
    }
}
