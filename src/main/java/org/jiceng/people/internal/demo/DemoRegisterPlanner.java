package org.jiceng.people.internal.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.jiceng.people.internal.demo.DemoRegister.Building;
import org.jiceng.people.internal.demo.DemoRegister.Grid;
import org.jiceng.people.internal.demo.DemoRegister.Household;
import org.jiceng.people.internal.demo.DemoRegister.Resident;

/**
 * Plans the demo register grid by grid, in code order, a batch of grids at a time so the generator can
 * encrypt and write one batch while the next is planned. Exactly the requested numbers of households and
 * residents; the result depends only on the grids, the totals and the seed — one {@link SplittableRandom},
 * split per village and per grid, and no hash-ordered iteration.
 */
final class DemoRegisterPlanner {

    /** Households per 户长 (十户一长, in practice ten to fifteen). */
    static final int HOUSEHOLDS_PER_CHIEF = 12;
    /** Shares of households of 1 … 6 people; the average is just over 3⅓. */
    private static final double[] SIZE_SHARES = {0.115, 0.20, 0.24, 0.215, 0.14, 0.09};

    private final List<Grid> grids;
    private final SplittableRandom random;
    private final int[] perGrid;
    private final int[] sizes;
    private final DemoNumbers numbers;
    private int grid;
    private int household;
    private long buildingIds;
    private long residentIds;
    private DemoPlaces.Village village;

    /**
     * Exactly {@code households} households and {@code residents} residents over the grids (at least one
     * household each; one to six residents per household).
     */
    DemoRegisterPlanner(List<Grid> grids, String countyCode, int households, int residents, long seed) {
        this.grids = grids.stream().sorted(Comparator.comparing(Grid::code)).toList();
        if (households < this.grids.size() || residents < households || residents > 6L * households) {
            throw new IllegalArgumentException("cannot place " + households + " households of " + residents
                    + " residents in " + this.grids.size() + " grids");
        }
        this.random = new SplittableRandom(seed);
        this.perGrid = householdsPerGrid(this.grids, households, random.split());
        this.sizes = householdSizes(households, residents, random.split());
        this.numbers = new DemoNumbers(countyCode);
    }

    boolean hasNext() {
        return grid < grids.size();
    }

    /** The next {@code maxGrids} grids' buildings, households and residents. */
    DemoRegister next(int maxGrids) {
        List<Building> buildings = new ArrayList<>();
        List<Household> homes = new ArrayList<>();
        List<Resident> people = new ArrayList<>();
        int chiefs = 0;
        for (int n = 0; n < maxGrids && hasNext(); n++, grid++) {
            Grid current = grids.get(grid);
            if (village == null || !current.code().regionMatches(0, grids.get(grid - 1).code(), 0, 12)) {
                village = new DemoPlaces.Village(current.townName(), current.villageName(),
                        DemoPlaces.isUrban(current.villageName()), random.split());
            }
            SplittableRandom gridRandom = random.split();
            DemoPlaces.Layout layout = DemoPlaces.layout(village, perGrid[grid], gridRandom);
            long firstBuilding = buildingIds + 1;
            for (String name : layout.buildingNames()) {
                buildings.add(new Building(++buildingIds, current.code(), name,
                        layout.courtyards() ? "COURTYARD" : "BUILDING"));
            }
            int firstHousehold = homes.size();
            int firstResident = people.size();
            for (DemoPlaces.Home home : layout.homes()) {
                long householdId = ++household;
                String clan = layout.clans().get(home.building());
                boolean ofClan = clan != null && gridRandom.nextDouble() < 0.6;
                for (DemoFamily.Member m : DemoFamily.compose(sizes[household - 1], layout.courtyards(),
                        ofClan ? clan : null, gridRandom)) {
                    people.add(new Resident(++residentIds, householdId, current.code(), m.name(), m.relation(),
                            m.male(), m.birthDate(), numbers.idNumber(m.birthDate(), m.male()),
                            hasPhone(m.age(), gridRandom) ? numbers.mobile() : null, m.tags()));
                }
                homes.add(new Household(householdId, current.code(), firstBuilding + home.building(), home.address(), 0));
            }
            chiefs += appointChiefs(homes, firstHousehold, people, firstResident, gridRandom);
        }
        return new DemoRegister(buildings, homes, people, chiefs);
    }

    /** Most adults carry a mobile; fewer of the oldest, half of those 16–17, no children. */
    private static boolean hasPhone(int age, SplittableRandom random) {
        double p = age < 16 ? 0 : age < 18 ? 0.6 : age < 60 ? 0.92 : age < 75 ? 0.7 : 0.4;
        return random.nextDouble() < p;
    }

    /**
     * Splits the grid's households, in address order, into runs of about twelve neighbours and gives each run
     * a 户长: a resident aged 30–70 of one of its households (18–80 if there is none), starting the search at a
     * random household of the run.
     */
    private static int appointChiefs(List<Household> homes, int from, List<Resident> people, int firstResident,
                                     SplittableRandom random) {
        int count = homes.size() - from;
        int groups = Math.max(1, (int) Math.round(count / (double) HOUSEHOLDS_PER_CHIEF));
        int[] firstOf = new int[count + 1];   // index into people of each household's first member
        int r = firstResident;
        for (int i = 0; i < count; i++) {
            firstOf[i] = r;
            long id = homes.get(from + i).id();
            while (r < people.size() && people.get(r).householdId() == id) {
                r++;
            }
        }
        firstOf[count] = r;
        for (int group = 0; group < groups; group++) {
            int lo = (int) ((long) group * count / groups);
            int hi = (int) ((long) (group + 1) * count / groups);
            long chief = chiefAmong(people, firstOf, lo, hi, random.nextInt(hi - lo), 30, 70);
            if (chief == 0) {
                chief = chiefAmong(people, firstOf, lo, hi, 0, 18, 80);
            }
            if (chief == 0) {
                chief = people.get(firstOf[lo]).id();   // a run of only children or the very old: its first 户主
            }
            for (int i = lo; i < hi; i++) {
                Household h = homes.get(from + i);
                homes.set(from + i, new Household(h.id(), h.gridCode(), h.buildingId(), h.address(), chief));
            }
        }
        return groups;
    }

    private static long chiefAmong(List<Resident> people, int[] firstOf, int lo, int hi, int start, int minAge,
                                   int maxAge) {
        int n = hi - lo;
        for (int k = 0; k < n; k++) {
            int i = lo + (start + k) % n;
            for (int p = firstOf[i]; p < firstOf[i + 1]; p++) {
                Resident resident = people.get(p);
                int age = DemoRegister.age(resident.birthDate());
                if (age >= minAge && age <= maxAge) {
                    return resident.id();
                }
            }
        }
        return 0;
    }

    /** Urban grids hold somewhat more households; largest remainders make the total exact. */
    private static int[] householdsPerGrid(List<Grid> grids, int total, SplittableRandom random) {
        double[] weight = new double[grids.size()];
        double sum = 0;
        for (int i = 0; i < weight.length; i++) {
            weight[i] = (DemoPlaces.isUrban(grids.get(i).villageName()) ? 1.25 : 1.0) * (0.6 + 0.8 * random.nextDouble());
            sum += weight[i];
        }
        return apportion(weight, sum, total, 1);
    }

    /** Sizes 1–6 in the shares above, nudged between 3 and 4 (or neighbours) to hit the resident total, shuffled. */
    private static int[] householdSizes(int households, int residents, SplittableRandom random) {
        int[] count = apportion(SIZE_SHARES, 1.0, households, 0);
        long people = 0;
        for (int k = 0; k < 6; k++) {
            people += (long) (k + 1) * count[k];
        }
        while (people != residents) {
            boolean grow = people < residents;
            int from = -1;
            for (int k : grow ? new int[] {2, 1, 3, 0, 4} : new int[] {3, 4, 2, 5, 1}) {
                if (count[k] > 0) {
                    from = k;
                    break;
                }
            }
            count[from]--;
            count[grow ? from + 1 : from - 1]++;
            people += grow ? 1 : -1;
        }
        int[] sizes = new int[households];
        int i = 0;
        for (int k = 0; k < 6; k++) {
            for (int c = 0; c < count[k]; c++) {
                sizes[i++] = k + 1;
            }
        }
        for (int j = sizes.length - 1; j > 0; j--) {
            int o = random.nextInt(j + 1);
            int t = sizes[j];
            sizes[j] = sizes[o];
            sizes[o] = t;
        }
        return sizes;
    }

    /** {@code total} shared in proportion to {@code weight}, each at least {@code minimum}, by largest remainders. */
    static int[] apportion(double[] weight, double weightSum, int total, int minimum) {
        int n = weight.length;
        int[] share = new int[n];
        double[] remainder = new double[n];
        long given = 0;
        double rest = total - (long) minimum * n;
        for (int i = 0; i < n; i++) {
            double exact = rest * weight[i] / weightSum;
            share[i] = minimum + (int) Math.floor(exact);
            remainder[i] = exact - Math.floor(exact);
            given += share[i];
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> remainder[a] != remainder[b] ? Double.compare(remainder[b], remainder[a])
                : Integer.compare(a, b));
        for (int k = 0; given < total; k++, given++) {
            share[order[k % n]]++;
        }
        return share;
    }
}
