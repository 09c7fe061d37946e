package org.jiceng.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jiceng.Scope;
import org.jiceng.cases.WorkingCalendar;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.ResidentSummary;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;

/**
 * Where the year happens, read from the other modules' APIs: the towns of the scale, their grids (a grid whose
 * centre lies in another grid's polygon is reported by address), how many residents live in each, and the first few
 * of them, who report.
 */
final class YearSetting {

    record Towns(List<YearPlan.Place> places, Map<String, String> townNames, Map<String, List<ResidentSummary>> reporters,
                 long residents) {
    }

    private YearSetting() {
    }

    static Towns read(TerritoryApi territory, PeopleApi people, List<String> townCodes) {
        List<YearPlan.Place> places = new ArrayList<>();
        Map<String, String> townNames = new HashMap<>();
        Map<String, List<ResidentSummary>> reporters = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        long residents = 0;
        for (String town : townCodes) {
            townNames.put(town, territory.division(town).map(DivisionView::name).orElse(town));
            long[] total = {0};
            people.forEachResident(town, r -> {
                total[0]++;
                counts.merge(r.territoryCode(), 1, Integer::sum);
                List<ResidentSummary> some = reporters.computeIfAbsent(r.territoryCode(), k -> new ArrayList<>());
                if (some.size() < CaseScript.REPORTERS_A_GRID) {
                    some.add(r);
                }
            });
            residents += total[0];
            for (DivisionView village : all(territory, town)) {
                for (GridView grid : territory.grids(village.code(), Scope.everything())) {
                    boolean locatable = grid.centroid() != null && territory.gridCodeAt(grid.centroid().lat(),
                            grid.centroid().lon()).filter(grid.code()::equals).isPresent();
                    places.add(new YearPlan.Place(grid.code(), village.name() + grid.name(), village.code(), town,
                            locatable ? grid.centroid().lat() : Double.NaN, locatable ? grid.centroid().lon() : Double.NaN,
                            counts.getOrDefault(grid.code(), 1)));
                }
            }
        }
        return new Towns(places, townNames, reporters, residents);
    }

    /** The towns of a county, in code order. */
    static List<String> towns(TerritoryApi territory, String county) {
        return all(territory, county).stream().map(DivisionView::code).toList();
    }

    private static List<DivisionView> all(TerritoryApi territory, String parent) {
        List<DivisionView> all = new ArrayList<>();
        String after = null;
        while (true) {
            List<DivisionView> page = territory.children(parent, after, 500);
            all.addAll(page);
            if (page.size() < 500) {
                return all;
            }
            after = page.getLast().code();
        }
    }

    /** The days of the Spring Festival holidays: the longest run of days off in January and February of each year. */
    static TreeSet<LocalDate> springFestival(WorkingCalendar calendar, LocalDate from, LocalDate to) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            List<LocalDate> best = List.of();
            List<LocalDate> run = new ArrayList<>();
            for (LocalDate d = LocalDate.of(year, 1, 10); d.isBefore(LocalDate.of(year, 3, 1)); d = d.plusDays(1)) {
                if (calendar.isWorkingDay(d)) {
                    run = new ArrayList<>();
                } else {
                    run.add(d);
                    if (run.size() > best.size()) {
                        best = List.copyOf(run);
                    }
                }
            }
            if (best.size() >= 4) {
                days.addAll(best);
            }
        }
        return days;
    }
}
