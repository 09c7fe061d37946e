package org.jiceng.territory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.BadInputException;
import org.jiceng.ForbiddenException;
import org.jiceng.Scope;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.GridView;
import org.jiceng.territory.Level;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.territory.UnitView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The territory facade, and the queries of the territory pages and API. */
@Service
public class TerritoryService implements TerritoryApi {

    private final DivisionRepository divisions;
    private final GridRepository grids;
    private final UnitRepository units;
    private final GridLocator locator;

    TerritoryService(DivisionRepository divisions, GridRepository grids, UnitRepository units, GridLocator locator) {
        this.divisions = divisions;
        this.grids = grids;
        this.units = units;
        this.locator = locator;
    }

    @Override
    public Optional<DivisionView> division(String code) {
        return Level.ofCode(code) == null ? Optional.empty() : divisions.find(code);
    }

    @Override
    public List<DivisionView> path(String code) {
        return Level.ofCode(code) == null ? List.of() : divisions.path(code);
    }

    @Override
    public List<DivisionView> children(String code, String after, int limit) {
        return divisions.children(code, after, limit);
    }

    @Override
    public List<GridView> grids(String villageCode, Scope scope) {
        return grids.inVillage(villageCode, scope, null, 1000);
    }

    public List<GridView> grids(String villageCode, Scope scope, String after, int limit) {
        return grids.inVillage(villageCode, scope, after, limit);
    }

    @Override
    public Optional<GridView> grid(String code, Scope scope) {
        return Level.ofCode(code) != Level.GRID ? Optional.empty() : grids.find(code, scope);
    }

    @Override
    public Optional<GridView> locate(double lat, double lon) {
        return locator.locate(lat, lon).flatMap(code -> grids.find(code, Scope.everything()));
    }

    @Override
    public Optional<String> gridCodeAt(double lat, double lon) {
        return locator.locate(lat, lon);
    }

    @Override
    public Optional<UnitView> unit(long id) {
        return units.find(id);
    }

    @Override
    public List<UnitView> units(String territoryPrefix, Scope scope) {
        return units.under(territoryPrefix, scope);
    }

    /** A node's children with how many divisions and grids each holds, for the territory browser. */
    public List<ChildSummary> childSummaries(String code, Scope scope) {
        Level level = Level.ofCode(code);
        List<DivisionView> children = divisions.children(code, null, 10_000);
        Map<String, Long> grandchildren = level == Level.TOWN ? Map.of() : divisions.grandchildCounts(code);
        Map<String, Long> gridCounts = grids.countsByChild(code, level.child().codeLength(), scope);
        List<ChildSummary> result = new ArrayList<>();
        for (DivisionView child : children) {
            result.add(new ChildSummary(child, grandchildren.getOrDefault(child.code(), 0L),
                    gridCounts.getOrDefault(child.code(), 0L)));
        }
        return result;
    }

    public record ChildSummary(DivisionView division, long children, long grids) {
    }

    /** The grids under a node the scope covers, as a GeoJSON FeatureCollection (the export format). */
    public String geoJson(String prefix, Scope scope) {
        List<GridShape> shapes = grids.under(prefix, scope).stream()
                .map(g -> new GridShape(g.code(), g.name(), g.villageCode(), GridGeoJson.polygonOf(g.geometry())))
                .toList();
        return GridGeoJson.write(shapes);
    }

    /** Imports grids from GeoJSON: all or nothing, every grid inside the scope and under a known village. */
    @Transactional
    public int importGeoJson(String geoJson, Scope scope) {
        List<GridShape> shapes = GridGeoJson.read(geoJson);
        for (GridShape shape : shapes) {
            if (!scope.covers(shape.code())) {
                throw new BadInputException("网格 " + shape.code() + " 不在您的辖区内，未导入任何网格");
            }
            if (divisions.find(shape.villageCode()).filter(d -> d.level() == Level.VILLAGE).isEmpty()) {
                throw new BadInputException("网格 " + shape.code() + " 所属的村(社区) " + shape.villageCode()
                        + " 不存在，未导入任何网格");
            }
        }
        GridOverlaps.first(shapes, storedNear(shapes)).ifPresent(conflict -> {
            throw new ForbiddenException("网格 " + conflict.imported().code() + "（" + conflict.imported().name()
                    + "）的范围与其他村（社区）的网格 " + conflict.otherCode()
                    + " 重叠：只能在本村（社区）的土地上划分网格，未导入任何网格");
        });
        grids.upsert(shapes);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                locator.rebuild();
            }
        });
        return shapes.size();
    }

    /** The stored grids whose bounding boxes meet the imported ones': every grid, of any town, that could overlap. */
    private List<GridShape> storedNear(List<GridShape> shapes) {
        if (shapes.isEmpty()) {
            return List.of();
        }
        org.locationtech.jts.geom.Envelope box = new org.locationtech.jts.geom.Envelope();
        shapes.forEach(shape -> box.expandToInclude(shape.polygon().getEnvelopeInternal()));
        return grids.within(box).stream()
                .map(g -> new GridShape(g.code(), g.name(), g.villageCode(), GridGeoJson.polygonOf(g.geometry())))
                .toList();
    }

    /** A grid's polygon as a GeoJSON geometry, if the scope covers it. */
    public String geometry(String gridCode, Scope scope) {
        return grids.under(gridCode, scope).stream().filter(g -> g.code().equals(gridCode)).findFirst()
                .map(GridRepository.StoredGrid::geometry)
                .orElseThrow(() -> new org.jiceng.NotFoundException("网格 " + gridCode + " 不存在或不在您的辖区内"));
    }

    public long divisionCount() {
        return divisions.count();
    }
}
