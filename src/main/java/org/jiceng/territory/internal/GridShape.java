package org.jiceng.territory.internal;

import java.util.Objects;
import org.locationtech.jts.geom.Polygon;

/**
 * One grid (网格): its 15-digit code (village code + "001".."999"), display name, village and polygon in
 * WGS-84 longitude/latitude. Two shapes are equal only if their polygons are exactly equal, vertex for vertex.
 */
public record GridShape(String code, String name, String villageCode, Polygon polygon) {

    public GridShape {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(villageCode, "villageCode");
        Objects.requireNonNull(polygon, "polygon");
    }
}
