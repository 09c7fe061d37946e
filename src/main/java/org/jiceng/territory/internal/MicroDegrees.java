package org.jiceng.territory.internal;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Grid geometry lives on a fixed grid of 10⁻⁶ degrees (about 0.1 m): six decimals store compactly and survive
 * a text round trip exactly, and overlays snap-rounded to this grid stay valid.
 */
public final class MicroDegrees {

    public static final PrecisionModel PRECISION = new PrecisionModel(1_000_000);

    /** SRID 4326: x is longitude, y is latitude. */
    public static final GeometryFactory FACTORY = new GeometryFactory(PRECISION, 4326);

    private MicroDegrees() {
    }

    /** GeoJSON (RFC 7946 §3.1.6) wants the shell counter-clockwise; JTS overlays produce it clockwise. */
    public static Polygon counterClockwise(Polygon polygon) {
        return Orientation.isCCW(polygon.getExteriorRing().getCoordinateSequence()) ? polygon : polygon.reverse();
    }
}
