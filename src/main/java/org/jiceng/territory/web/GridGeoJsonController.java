package org.jiceng.territory.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.util.Map;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.territory.Level;
import org.jiceng.territory.internal.TerritoryAccess;
import org.jiceng.territory.internal.TerritoryService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Grid export and import as a GeoJSON FeatureCollection (properties code, name, villageCode). */
@RestController
class GridGeoJsonController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final TerritoryService territory;

    GridGeoJsonController(TerritoryService territory) {
        this.territory = territory;
    }

    @Guard(resource = Resource.GRID, action = Action.READ)
    @GetMapping(path = "/api/v1/grids/geojson", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> export(@RequestParam String territory, CurrentUser user) {
        Level level = Level.ofCode(territory);
        if (level == null) {
            throw new BadInputException("territory 须为区划或网格代码（2–15 位数字）");
        }
        TerritoryAccess.gridsIn(user, territory);
        return ResponseEntity.ok().contentType(GEO_JSON).body(this.territory.geoJson(territory, TerritoryAccess.grids(user)));
    }

    @Guard(resource = Resource.GRID, action = Action.IMPORT)
    @PostMapping(path = "/api/v1/grids/geojson", consumes = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    Map<String, Integer> importGrids(@RequestBody String body, CurrentUser user) {
        return Map.of("imported", territory.importGeoJson(body, TerritoryAccess.imports(user)));
    }
}
