package org.jiceng.territory;

/** A WGS-84 position in degrees. */
public record LatLon(double lat, double lon) {
}
