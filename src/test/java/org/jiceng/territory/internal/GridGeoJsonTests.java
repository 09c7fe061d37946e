package org.jiceng.territory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jiceng.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GridGeoJsonTests {

    private static final String SQUARE = "[[[103.1,26.1],[103.2,26.1],[103.2,26.2],[103.1,26.2],[103.1,26.1]]]";
    private static final String POLYGON = "{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}";

    private final List<GridShape> grids = DemoCounty.sharedLayout().grids();

    @Test
    void writingAndReadingTheDemoGridsIsExactVertexForVertex() {
        String json = GridGeoJson.write(grids);
        List<GridShape> back = GridGeoJson.read(json);
        assertThat(back).isEqualTo(grids);
        assertThat(GridGeoJson.write(back)).isEqualTo(json);
    }

    @Test
    void writesAPlainRfc7946FeatureCollectionWithSixDecimalsAtMost() {
        String json = GridGeoJson.write(grids.subList(0, 3));
        JsonNode root = JsonMapper.builder().build().readTree(json);
        assertThat(root.get("type").stringValue()).isEqualTo("FeatureCollection");
        JsonNode first = root.get("features").get(0);
        assertThat(first.get("type").stringValue()).isEqualTo("Feature");
        assertThat(first.get("properties").get("code").stringValue()).isEqualTo(grids.getFirst().code());
        assertThat(first.get("properties").get("name").stringValue()).isEqualTo(grids.getFirst().name());
        assertThat(first.get("properties").get("villageCode").stringValue()).isEqualTo(grids.getFirst().villageCode());
        assertThat(first.get("properties").has("workerName")).isFalse();
        assertThat(first.get("geometry").get("type").stringValue()).isEqualTo("Polygon");
        assertThat(Pattern.compile("\\d\\.\\d{7,}").matcher(json).find()).isFalse();
    }

    @Test
    void workerNamesAreWrittenForTheGridsThatHaveOneAndReadBack() {
        List<GridShape> some = grids.subList(0, 3);
        Map<String, String> workers = Map.of(some.get(0).code(), "李四", some.get(2).code(), "王\"五\"");
        String json = GridGeoJson.write(some, workers);
        assertThat(GridGeoJson.readWorkerNames(json)).isEqualTo(workers);
        assertThat(GridGeoJson.read(json)).isEqualTo(some);
    }

    @Test
    void namesWithQuotesBackslashesAndLineBreaksSurvive() {
        GridShape odd = new GridShape("530326001001001", "一\"二\\三\n四\t五", "530326001001", grids.get(0).polygon());
        assertThat(GridGeoJson.read(GridGeoJson.write(List.of(odd)))).containsExactly(odd);
    }

    @Test
    void aNameWithAControlCharacterIsWrittenEscapedButRefusedOnImport() {
        GridShape odd = new GridShape("530326001001001", "四\u0001", "530326001001", grids.get(0).polygon());
        String json = GridGeoJson.write(List.of(odd));
        assertThat(json).contains("\\u0001");
        assertThatThrownBy(() -> GridGeoJson.read(json)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("name").hasMessageContaining("U+0001");
    }

    @Test
    void aMissingVillageCodeIsTakenFromTheGridCode() {
        String json = collection(feature("{\"code\":\"530326001002003\",\"name\":\"甲\"}", POLYGON));
        GridShape grid = GridGeoJson.read(json).getFirst();
        assertThat(grid.villageCode()).isEqualTo("530326001002");
        assertThat(grid.polygon().getCoordinates()[1]).isEqualTo(new Coordinate(103.2, 26.1));
    }

    @Test
    void anEmptyFeatureCollectionReadsAsNoGrids() {
        assertThat(GridGeoJson.read("{\"type\":\"FeatureCollection\",\"features\":[]}")).isEmpty();
    }

    static Stream<Arguments> badFiles() {
        String ok = "{\"code\":\"530326001001001\",\"name\":\"甲\",\"villageCode\":\"530326001001\"}";
        String first = "第1个要素（features[0]）";
        return Stream.of(
                Arguments.of("", "GeoJSON 内容为空"),
                Arguments.of("{\"type\": \"FeatureCollection\", ", "GeoJSON 不是合法的 JSON（第 1 行第 31 列附近）"),
                Arguments.of("[1, 2]", "GeoJSON 顶层须为 FeatureCollection"),
                Arguments.of(feature(ok, POLYGON), "GeoJSON 顶层须为 FeatureCollection，而不是 Feature"),
                Arguments.of("{\"type\":\"FeatureCollection\"}", "FeatureCollection 缺少 features 数组"),
                Arguments.of(collection("42"), first + "不是 GeoJSON Feature（缺少 \"type\": \"Feature\"）"),
                Arguments.of(collection("{\"type\":\"Feature\",\"geometry\":" + POLYGON + "}"),
                        first + "缺少 properties 对象"),
                Arguments.of(collection(feature("{\"name\":\"甲\"}", POLYGON)), first + "缺少网格编码 code"),
                Arguments.of(collection(feature("{\"code\":\"53032600100101\",\"name\":\"甲\"}", POLYGON)),
                        first + "的网格编码 code \"53032600100101\" 不是 15 位数字"),
                Arguments.of(collection(feature("{\"code\":\"530326001001000\",\"name\":\"甲\"}", POLYGON)),
                        first + "的网格编码 code \"530326001001000\" 末三位须为 001–999"),
                Arguments.of(collection(feature("{\"code\":\"530326001001001\",\"name\":\" \"}", POLYGON)),
                        first + "缺少网格名称 name"),
                Arguments.of(collection(feature(
                        "{\"code\":\"530326001001001\",\"name\":\"甲\",\"villageCode\":\"530326001002\"}", POLYGON)),
                        first + "的村（社区）编码 villageCode \"530326001002\" 与网格编码前 12 位 \"530326001001\" 不一致"),
                Arguments.of(collection(feature(ok, POLYGON), feature(ok, POLYGON)),
                        "第2个要素（features[1]）的网格编码 530326001001001 与第1个要素重复"),
                Arguments.of(collection(feature(ok, "null")), first + "缺少几何 geometry"),
                Arguments.of(collection(feature(ok, "{\"type\":\"MultiPolygon\",\"coordinates\":[" + SQUARE + "]}")),
                        first + "的几何类型为 MultiPolygon，须为 Polygon"),
                Arguments.of(collection(feature(ok, "{\"type\":\"Polygon\"}")),
                        first + "的 Polygon 缺少坐标 coordinates"),
                Arguments.of(collection(feature(ok, polygon("[[103.1,26.1],[\"103.2\",26.1],[103.2,26.2],[103.1,26.1]]"))),
                        first + "的外边界第2个点须为 [经度, 纬度] 数字对"),
                Arguments.of(collection(feature(ok, polygon("[[103.1,26.1],[103.2,26.1],[200.5,26.4],[103.1,26.1]]"))),
                        first + "的外边界第3个点 [200.5, 26.4] 超出范围：经度须在 -180 到 180 之间，纬度须在 -90 到 90 之间"),
                Arguments.of(collection(feature(ok, polygon("[[103.1,26.1],[103.2,26.1],[103.1,26.1]]"))),
                        first + "的外边界只有 3 个点，至少需要 4 个（首尾相同）"),
                Arguments.of(collection(feature(ok, polygon("[[103.1,26.1],[103.2,26.1],[103.2,26.2],[103.1,26.2]]"))),
                        first + "的外边界未闭合：首点与末点须相同"),
                Arguments.of(collection(feature(ok, polygon(
                        "[[103.1,26.1],[103.2,26.2],[103.2,26.1],[103.1,26.2],[103.1,26.1]]"))),
                        first + "的多边形无效：边界自相交，位置约 [103.15, 26.15]"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("badFiles")
    void rejectsABadFileWithAChineseMessageNamingTheFeatureAndTheProblem(String json, String message) {
        assertThatThrownBy(() -> GridGeoJson.read(json)).isInstanceOf(BadInputException.class).hasMessage(message);
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
    }

    private static String polygon(String shell) {
        return "{\"type\":\"Polygon\",\"coordinates\":[" + shell + "]}";
    }
}
