package org.jiceng.territory.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.GridView;
import org.jiceng.territory.LatLon;
import org.jiceng.territory.Level;
import org.jiceng.territory.UnitView;
import org.jiceng.territory.internal.GridWorkerNames;
import org.jiceng.territory.internal.TerritoryAccess;
import org.jiceng.territory.internal.TerritoryService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Divisions (public reference data), grids and units (within the caller's scope) under {@code /api/v1}.
 * A grid outside the scope answers exactly as a grid that does not exist: 404.
 */
@RestController
@RequestMapping("/api/v1")
class TerritoryApiController {

    private final TerritoryService territory;
    private final GridWorkerNames workers;

    TerritoryApiController(TerritoryService territory, GridWorkerNames workers) {
        this.territory = territory;
        this.workers = workers;
    }

    record Division(String code, String name, String level, String levelName, String parentCode) {
        static Division of(DivisionView d) {
            return new Division(d.code(), d.name(), d.level().name(), d.level().label(), d.parentCode());
        }
    }

    record Grid(String code, String name, String villageCode, LatLon centroid, String workerName) {
        static Grid of(GridView g) {
            return new Grid(g.code(), g.name(), g.villageCode(), g.centroid(), g.workerName());
        }
    }

    record GridDetail(String code, String name, String villageCode, LatLon centroid, String workerName,
                      @JsonRawValue String geometry) {
    }

    record Located(String code, String name, String villageCode) {
    }

    @Guard(resource = Resource.DIVISION, action = Action.READ)
    @GetMapping("/divisions")
    Page<Division> provinces(@RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        int n = Page.limit(limit);
        return Page.of(territory.children(null, after, n + 1).stream().map(Division::of).toList(), n, Division::code);
    }

    @Guard(resource = Resource.DIVISION, action = Action.READ)
    @GetMapping("/divisions/{code}")
    Division division(@PathVariable String code) {
        return Division.of(existing(code));
    }

    @Guard(resource = Resource.DIVISION, action = Action.READ)
    @GetMapping("/divisions/{code}/children")
    Page<Division> children(@PathVariable String code, @RequestParam(required = false) String after,
                            @RequestParam(required = false) Integer limit) {
        existing(code);
        int n = Page.limit(limit);
        return Page.of(territory.children(code, after, n + 1).stream().map(Division::of).toList(), n, Division::code);
    }

    @Guard(resource = Resource.GRID, action = Action.READ)
    @GetMapping("/grids")
    Page<Grid> grids(@RequestParam String village, @RequestParam(required = false) String after,
                     @RequestParam(required = false) Integer limit, CurrentUser user) {
        DivisionView division = existing(village);
        if (division.level() != Level.VILLAGE) {
            throw new BadInputException("village 须为 12 位村(社区)代码，“" + village + "”是" + division.level().label());
        }
        if (!TerritoryAccess.grids(user).covers(village)) {
            throw new ForbiddenException("村(社区) " + division.name() + " 不在您的辖区内");
        }
        int n = Page.limit(limit);
        return Page.of(workers.named(village, territory.grids(village, TerritoryAccess.grids(user), after, n + 1)).stream()
                .map(Grid::of).toList(), n, Grid::code);
    }

    @Guard(resource = Resource.GRID, action = Action.READ)
    @GetMapping("/grids/locate")
    Located locate(@RequestParam double lat, @RequestParam double lon, CurrentUser user) {
        if (!Double.isFinite(lat) || !Double.isFinite(lon) || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new BadInputException("坐标超出范围：纬度 lat 须在 -90 到 90 之间，经度 lon 须在 -180 到 180 之间（WGS-84，单位为度）");
        }
        return territory.locate(lat, lon)
                .filter(g -> TerritoryAccess.grids(user).covers(g.code()))
                .map(g -> new Located(g.code(), g.name(), g.villageCode()))
                .orElseThrow(() -> new NotFoundException("该位置（纬度 " + lat + "，经度 " + lon + "）不在您辖区的任何网格内"));
    }

    @Guard(resource = Resource.GRID, action = Action.READ)
    @GetMapping("/grids/{code}")
    GridDetail grid(@PathVariable String code, CurrentUser user) {
        GridView grid = workers.named(territory.grid(code, TerritoryAccess.grids(user)))
                .orElseThrow(() -> new NotFoundException("网格 " + code + " 不存在或不在您的辖区内"));
        return new GridDetail(grid.code(), grid.name(), grid.villageCode(), grid.centroid(), grid.workerName(),
                territory.geometry(code, TerritoryAccess.grids(user)));
    }

    @Guard(resource = Resource.UNIT, action = Action.READ)
    @GetMapping("/units")
    Page<UnitView> units(@RequestParam(required = false) String territory, CurrentUser user) {
        String prefix = territory == null ? "" : territory;
        if (!prefix.isEmpty() && Level.ofCode(prefix) == null) {
            throw new BadInputException("territory 须为区划代码（2、4、6、9 或 12 位数字）");
        }
        List<UnitView> units = this.territory.units(prefix, TerritoryAccess.units(user));
        return new Page<>(units, null);
    }

    private DivisionView existing(String code) {
        if (Level.ofCode(code) == null || Level.ofCode(code) == Level.GRID) {
            throw new BadInputException("区划代码须为 2、4、6、9 或 12 位数字，收到“" + code + "”");
        }
        return territory.division(code).orElseThrow(() -> new NotFoundException("区划代码 " + code + " 不存在"));
    }
}
