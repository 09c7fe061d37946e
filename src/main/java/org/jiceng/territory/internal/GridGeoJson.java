package org.jiceng.territory.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jiceng.BadInputException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Grids as a GeoJSON FeatureCollection (RFC 7946): one Feature per grid, geometry a Polygon, properties
 * {@code code}, {@code name}, {@code villageCode} and optionally {@code workerName}. Coordinates are written
 * exactly as stored (shortest decimal that reads back to the same double), so a write/read round trip is
 * lossless. Reading checks everything a person might get wrong in a hand-edited file and says, in Chinese,
 * which feature is wrong and why.
 */
public final class GridGeoJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** As the grid table's check on names allows (code points, as PostgreSQL counts). */
    static final int MAX_NAME = 100;

    private GridGeoJson() {
    }

    public static String write(List<GridShape> grids) {
        return write(grids, Map.of());
    }

    /** {@code workerNames} maps grid code to the grid worker's name; grids without one get no such property. */
    public static String write(List<GridShape> grids, Map<String, String> workerNames) {
        StringBuilder out = new StringBuilder(grids.size() * 400 + 64);
        out.append("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < grids.size(); i++) {
            GridShape grid = grids.get(i);
            out.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"code\":");
            appendString(out, grid.code());
            out.append(",\"name\":");
            appendString(out, grid.name());
            out.append(",\"villageCode\":");
            appendString(out, grid.villageCode());
            String worker = workerNames.get(grid.code());
            if (worker != null) {
                out.append(",\"workerName\":");
                appendString(out, worker);
            }
            out.append("},\"geometry\":");
            appendPolygon(out, grid.polygon());
            out.append('}');
        }
        return out.append("]}").toString();
    }

    /** One polygon as a GeoJSON geometry object: the form the grid table stores. */
    static String geometryOf(Polygon polygon) {
        StringBuilder out = new StringBuilder(400);
        appendPolygon(out, polygon);
        return out.toString();
    }

    /** The polygon of a stored GeoJSON geometry. */
    static Polygon polygonOf(String geometry) {
        return GeoJsonPolygonReader.read(parse(geometry), "网格几何");
    }

    public static List<GridShape> read(String geoJson) {
        List<GridShape> grids = new ArrayList<>();
        readFeatures(geoJson, grids, null);
        return grids;
    }

    /** Grid code → worker name, for the features that carry one (validated like {@link #read}). */
    public static Map<String, String> readWorkerNames(String geoJson) {
        Map<String, String> workers = new TreeMap<>();
        readFeatures(geoJson, new ArrayList<>(), workers);
        return workers;
    }

    private static void readFeatures(String geoJson, List<GridShape> grids, Map<String, String> workers) {
        JsonNode features = featuresOf(parse(geoJson));
        Map<String, Integer> firstFeatureWithCode = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            String where = "第" + (i + 1) + "个要素（features[" + i + "]）";
            JsonNode feature = features.get(i);
            if (!feature.isObject() || !"Feature".equals(text(feature.get("type")))) {
                throw new BadInputException(where + "不是 GeoJSON Feature（缺少 \"type\": \"Feature\"）");
            }
            JsonNode properties = feature.get("properties");
            if (properties == null || !properties.isObject()) {
                throw new BadInputException(where + "缺少 properties 对象");
            }
            String code = requiredText(properties, "code", where + "缺少网格编码 code");
            if (!code.matches("\\d{15}")) {
                throw new BadInputException(where + "的网格编码 code \"" + code + "\" 不是 15 位数字");
            }
            if (code.endsWith("000")) {
                throw new BadInputException(where + "的网格编码 code \"" + code + "\" 末三位须为 001–999");
            }
            String name = requiredText(properties, "name", where + "缺少网格名称 name");
            String nameProblem = org.jiceng.Text.problem("name", name, MAX_NAME);
            if (nameProblem != null) {
                throw new BadInputException(where + "的" + nameProblem);
            }
            String villageCode = text(properties.get("villageCode"));
            if (villageCode == null) {
                villageCode = code.substring(0, 12);
            } else if (!villageCode.equals(code.substring(0, 12))) {
                throw new BadInputException(where + "的村（社区）编码 villageCode \"" + villageCode
                        + "\" 与网格编码前 12 位 \"" + code.substring(0, 12) + "\" 不一致");
            }
            Integer earlier = firstFeatureWithCode.putIfAbsent(code, i);
            if (earlier != null) {
                throw new BadInputException(where + "的网格编码 " + code + " 与第" + (earlier + 1) + "个要素重复");
            }
            grids.add(new GridShape(code, name, villageCode, GeoJsonPolygonReader.read(feature.get("geometry"), where)));
            String worker = text(properties.get("workerName"));
            String workerProblem = org.jiceng.Text.problem("workerName", worker, MAX_NAME);
            if (workerProblem != null) {
                throw new BadInputException(where + "的" + workerProblem);
            }
            if (workers != null && worker != null && !worker.isBlank()) {
                workers.put(code, worker);
            }
        }
    }

    private static JsonNode parse(String geoJson) {
        if (geoJson == null || geoJson.isBlank()) {
            throw new BadInputException("GeoJSON 内容为空");
        }
        try {
            return JSON.readTree(geoJson);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String place = at == null ? "" : "（第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列附近）";
            throw new BadInputException("GeoJSON 不是合法的 JSON" + place);
        }
    }

    private static JsonNode featuresOf(JsonNode root) {
        String type = root == null || !root.isObject() ? null : text(root.get("type"));
        if (!"FeatureCollection".equals(type)) {
            throw new BadInputException("GeoJSON 顶层须为 FeatureCollection"
                    + (type == null ? "" : "，而不是 " + type));
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray()) {
            throw new BadInputException("FeatureCollection 缺少 features 数组");
        }
        return features;
    }

    private static String requiredText(JsonNode properties, String key, String problem) {
        String value = text(properties.get(key));
        if (value == null || value.isBlank()) {
            throw new BadInputException(problem);
        }
        return value;
    }

    static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    private static void appendPolygon(StringBuilder out, Polygon polygon) {
        out.append("{\"type\":\"Polygon\",\"coordinates\":[");
        appendRing(out, polygon.getExteriorRing());
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            out.append(',');
            appendRing(out, polygon.getInteriorRingN(h));
        }
        out.append("]}");
    }

    private static void appendRing(StringBuilder out, LinearRing ring) {
        out.append('[');
        Coordinate[] points = ring.getCoordinates();
        for (int p = 0; p < points.length; p++) {
            out.append(p == 0 ? "[" : ",[").append(points[p].x).append(',').append(points[p].y).append(']');
        }
        out.append(']');
    }

    private static void appendString(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Chinese wording for the JTS validity errors a drawn polygon can have. */
    static String describe(TopologyValidationError error) {
        String what = switch (error.getErrorType()) {
            case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION -> "边界自相交";
            case TopologyValidationError.TOO_FEW_POINTS -> "顶点太少";
            case TopologyValidationError.RING_NOT_CLOSED -> "环未闭合";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "内洞在外边界之外";
            case TopologyValidationError.NESTED_HOLES -> "内洞相互嵌套";
            case TopologyValidationError.DISCONNECTED_INTERIOR -> "内部不连通";
            case TopologyValidationError.INVALID_COORDINATE -> "坐标无效";
            default -> "拓扑无效（" + error.getMessage() + "）";
        };
        Coordinate at = error.getCoordinate();
        return at == null ? what : what + "，位置约 [" + sixDecimals(at.x) + ", " + sixDecimals(at.y) + "]";
    }

    /** Computed positions (e.g. where edges cross) printed as a person would write them. */
    private static String sixDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static TopologyValidationError validationError(Polygon polygon) {
        return new IsValidOp(polygon).getValidationError();
    }
}
