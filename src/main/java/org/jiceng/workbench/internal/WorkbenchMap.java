package org.jiceng.workbench.internal;

import java.util.ArrayList;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Relation;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.cases.CaseWork;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The home page's map: open cases by grid (the hotspots, circles at the grids' centres) and the newest open cases
 * as points, capped, for the person's territory or their department's cases. Residents have no such map.
 */
@Service
public class WorkbenchMap {

    static final int POINTS = 200;
    static final int HOTSPOTS = 10;

    private final CaseWork cases;
    private final TerritoryApi territory;

    WorkbenchMap(CaseWork cases, TerritoryApi territory) {
        this.cases = cases;
        this.territory = territory;
    }

    /**
     * {@code geojson}: where the grid outlines of the territory are drawn from (null when the person may not read
     * grids there, or for a whole county); {@code grids}: open and overdue cases of every grid with any;
     * {@code capped}: more open cases have a location than {@code points} shows.
     */
    public record MapData(String territory, String geojson, List<Spot> hotspots, List<CaseWork.GridLoad> grids,
                          List<CaseWork.MapCase> points, int cap, boolean capped) {
    }

    /** A grid with open cases, at its centre. */
    public record Spot(String code, String name, double lat, double lon, long open, long overdue) {
    }

    /** 403 for one who reads cases neither by territory nor by unit; 403 for a territory outside theirs. */
    public MapData of(CurrentUser user, String asked) {
        Scope caseScope = AccessPolicy.scope(user, Resource.CASE, Action.READ);
        boolean byUnit = AccessPolicy.relations(user, Resource.CASE, Action.READ).contains(Relation.DISPATCHED_TO_UNIT)
                && user.unitId().isPresent();
        if (caseScope.isEmpty() && !byUnit) {
            throw AccessPolicy.refusal(Resource.CASE, Action.READ);
        }
        String code = asked != null && !asked.isBlank() ? asked.strip()
                : caseScope.isEmpty() ? null
                : caseScope.covers(user.homeTerritory()) ? user.homeTerritory() : caseScope.prefixes().getFirst();
        List<CaseWork.GridLoad> grids = cases.openByGrid(user, code);
        List<CaseWork.MapCase> points = cases.openOnMap(user, code, POINTS + 1);
        Scope gridScope = AccessPolicy.scope(user, Resource.GRID, Action.READ);
        List<Spot> spots = new ArrayList<>();
        for (CaseWork.GridLoad load : grids) {
            if (spots.size() == HOTSPOTS) {
                break;
            }
            if (load.gridCode().length() == 15) {
                territory.grid(load.gridCode(), gridScope).filter(g -> g.centroid() != null).ifPresent(g -> spots.add(
                        new Spot(g.code(), g.name(), g.centroid().lat(), g.centroid().lon(), load.open(), load.overdue())));
            }
        }
        String geojson = code != null && code.length() >= 9
                && AccessPolicy.allows(user, Resource.GRID, Action.READ, Target.at(code))
                ? UriComponentsBuilder.fromPath("/api/v1/grids/geojson").queryParam("territory", code).build().toUriString()
                : null;
        return new MapData(code, geojson, spots, grids, points.size() > POINTS ? points.subList(0, POINTS) : points,
                POINTS, points.size() > POINTS);
    }
}
