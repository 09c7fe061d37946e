package org.jiceng.territory.internal;

import java.util.ArrayList;
import java.util.List;
import org.jiceng.BadInputException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.databind.JsonNode;

/**
 * Turns a GeoJSON Polygon geometry into a valid JTS polygon, or says precisely what is wrong with it. Kept
 * apart from {@link GridGeoJson} because checking coordinates is most of the work of reading a file.
 */
final class GeoJsonPolygonReader {

    private GeoJsonPolygonReader() {
    }

    /** {@code where} names the feature, e.g. "第3个要素（features[2]）", and starts every message. */
    static Polygon read(JsonNode geometry, String where) {
        if (geometry == null || geometry.isNull() || !geometry.isObject()) {
            throw new BadInputException(where + "缺少几何 geometry");
        }
        String type = GridGeoJson.text(geometry.get("type"));
        if (!"Polygon".equals(type)) {
            throw new BadInputException(where + "的几何类型为 " + (type == null ? "（缺失）" : type) + "，须为 Polygon");
        }
        JsonNode rings = geometry.get("coordinates");
        if (rings == null || !rings.isArray() || rings.isEmpty()) {
            throw new BadInputException(where + "的 Polygon 缺少坐标 coordinates");
        }
        LinearRing shell = ring(rings.get(0), where, "外边界");
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int h = 0; h < holes.length; h++) {
            holes[h] = ring(rings.get(h + 1), where, "第" + (h + 1) + "个内洞");
        }
        Polygon polygon = MicroDegrees.FACTORY.createPolygon(shell, holes);
        TopologyValidationError error = GridGeoJson.validationError(polygon);
        if (error != null) {
            throw new BadInputException(where + "的多边形无效：" + GridGeoJson.describe(error));
        }
        return polygon;
    }

    private static LinearRing ring(JsonNode positions, String where, String which) {
        if (positions == null || !positions.isArray()) {
            throw new BadInputException(where + "的" + which + "不是坐标数组");
        }
        List<Coordinate> points = new ArrayList<>(positions.size());
        for (int p = 0; p < positions.size(); p++) {
            points.add(position(positions.get(p), where, which, p));
        }
        if (points.size() < 4) {
            throw new BadInputException(where + "的" + which + "只有 " + points.size() + " 个点，至少需要 4 个（首尾相同）");
        }
        if (!points.getFirst().equals2D(points.getLast())) {
            throw new BadInputException(where + "的" + which + "未闭合：首点与末点须相同");
        }
        return MicroDegrees.FACTORY.createLinearRing(points.toArray(Coordinate[]::new));
    }

    private static Coordinate position(JsonNode position, String where, String which, int index) {
        String point = where + "的" + which + "第" + (index + 1) + "个点";
        if (position == null || !position.isArray() || position.size() < 2 || position.size() > 3
                || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw new BadInputException(point + "须为 [经度, 纬度] 数字对");
        }
        double lon = position.get(0).doubleValue();
        double lat = position.get(1).doubleValue();
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new BadInputException(point + " [" + position.get(0) + ", " + position.get(1)
                    + "] 超出范围：经度须在 -180 到 180 之间，纬度须在 -90 到 90 之间");
        }
        return new Coordinate(lon, lat);
    }
}
