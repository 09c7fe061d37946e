package org.jiceng.territory;

/** A grid (网格) without its polygon; the polygon is served as GeoJSON where a map needs it. */
public record GridView(String code, String name, String villageCode, LatLon centroid, String workerName) {
}
