package org.jiceng.people.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic household register, or a batch of it for some grids: buildings and courtyards, households with
 * their 户长 (a resident who looks after about twelve neighbouring households), and residents with valid,
 * unique ID numbers and mobile numbers. {@link DemoRegisterPlanner} makes them.
 */
record DemoRegister(List<Building> buildings, List<Household> households, List<Resident> residents, int chiefs) {

    /** A grid to fill, with the names of its town and village (the village's full official name). */
    record Grid(String code, String townName, String villageName) {
    }

    record Building(long id, String gridCode, String name, String kind) {
    }

    record Household(long id, String gridCode, long buildingId, String address, long chiefId) {
    }

    record Resident(long id, long householdId, String territoryCode, String name, String relation, boolean male,
                    LocalDate birthDate, String idNumber, String phone, int tags) {
    }

    /** The whole register at once (for tests; the generator takes it in batches). */
    static DemoRegister plan(List<Grid> grids, String countyCode, int households, int residents, long seed) {
        DemoRegisterPlanner planner = new DemoRegisterPlanner(grids, countyCode, households, residents, seed);
        List<Building> buildings = new ArrayList<>();
        List<Household> homes = new ArrayList<>(households);
        List<Resident> people = new ArrayList<>(residents);
        int chiefs = 0;
        while (planner.hasNext()) {
            DemoRegister batch = planner.next(Integer.MAX_VALUE);
            buildings.addAll(batch.buildings());
            homes.addAll(batch.households());
            people.addAll(batch.residents());
            chiefs += batch.chiefs();
        }
        return new DemoRegister(buildings, homes, people, chiefs);
    }

    /** Completed years on {@link DemoFamily#AS_OF}, a 31 December: everybody has had this year's birthday. */
    static int age(LocalDate birth) {
        return DemoFamily.AS_OF.getYear() - birth.getYear();
    }
}
