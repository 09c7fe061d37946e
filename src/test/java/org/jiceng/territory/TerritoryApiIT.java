package org.jiceng.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@AppTest
class TerritoryApiIT {

    static final String TANGLANG = "530326001001";

    @LocalServerPort
    int port;

    Http admin() {
        return Http.as(port, "admin");
    }

    @Test
    void theDemoCountyIsHuize() {
        JsonNode county = admin().get("/api/v1/divisions/530326").json();
        assertThat(county.get("name").asString()).isEqualTo("会泽县");
        assertThat(county.get("level").asString()).isEqualTo("COUNTY");
        assertThat(county.get("parentCode").asString()).isEqualTo("5303");
    }

    @Test
    void huizeHas25TownsAnd381Villages() {
        JsonNode towns = admin().get("/api/v1/divisions/530326/children?limit=500").json();
        assertThat(towns.get("items").size()).isEqualTo(25);
        assertThat(towns.get("next").isNull()).isTrue();
        int villages = 0;
        for (JsonNode town : towns.get("items")) {
            villages += admin().get("/api/v1/divisions/" + town.get("code").asString() + "/children?limit=500")
                    .json().get("items").size();
        }
        assertThat(villages).isEqualTo(381);
    }

    @Test
    void childrenPageByKeysetWithoutGapsOrRepeats() {
        Http admin = admin();
        Set<String> seen = new HashSet<>();
        String after = "";
        int pages = 0;
        do {
            JsonNode page = admin.get("/api/v1/divisions/530326/children?limit=7" + (after.isEmpty() ? "" : "&after=" + after)).json();
            page.get("items").forEach(d -> assertThat(seen.add(d.get("code").asString())).isTrue());
            after = page.get("next").isNull() ? "" : page.get("next").asString();
            pages++;
        } while (!after.isEmpty());
        assertThat(seen).hasSize(25);
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void malformedAndUnknownDivisionCodesAreProblems() {
        var malformed = admin().get("/api/v1/divisions/53x");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.isProblem()).isTrue();
        assertThat(malformed.detail()).contains("区划代码");
        var unknown = admin().get("/api/v1/divisions/539999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.detail()).contains("不存在");
        assertThat(admin().get("/api/v1/divisions/530326/children?limit=0").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/divisions/530326/children?limit=abc").status()).isEqualTo(400);
    }

    @Test
    void aVillagesGridsComeWithCentroids() {
        JsonNode grids = admin().get("/api/v1/grids?village=" + TANGLANG).json().get("items");
        assertThat(grids.size()).isGreaterThan(0);
        JsonNode first = grids.get(0);
        assertThat(first.get("code").asString()).startsWith(TANGLANG).hasSize(15);
        assertThat(first.get("name").asString()).isNotBlank();
        assertThat(first.get("centroid").get("lat").asDouble()).isBetween(25.8, 26.9);
        assertThat(first.get("centroid").get("lon").asDouble()).isBetween(103.0, 103.9);
    }

    @Test
    void aGridComesWithItsPolygonAsGeoJson() {
        String code = admin().get("/api/v1/grids?village=" + TANGLANG).json().get("items").get(0).get("code").asString();
        JsonNode grid = admin().get("/api/v1/grids/" + code).json();
        assertThat(grid.get("geometry").get("type").asString()).isEqualTo("Polygon");
        assertThat(grid.get("geometry").get("coordinates").get(0).size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void locateFindsTheGridAroundItsOwnCentroid() {
        for (JsonNode grid : admin().get("/api/v1/grids?village=" + TANGLANG).json().get("items")) {
            double lat = grid.get("centroid").get("lat").asDouble();
            double lon = grid.get("centroid").get("lon").asDouble();
            JsonNode located = admin().get("/api/v1/grids/locate?lat=" + lat + "&lon=" + lon).json();
            assertThat(located.get("code").asString()).isEqualTo(grid.get("code").asString());
            assertThat(located.get("villageCode").asString()).isEqualTo(TANGLANG);
        }
    }

    @Test
    void locateOutsideEveryGridIsA404Problem() {
        var answer = admin().get("/api/v1/grids/locate?lat=39.9&lon=116.4");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.detail()).contains("不在");
    }

    @Test
    void locateRejectsMalformedOrOutOfRangeCoordinates() {
        for (String query : new String[] {"lat=abc&lon=103.5", "lat=26.3", "lat=91&lon=103.5", "lat=26.3&lon=-181",
                "lat=NaN&lon=103.5", "lat=Infinity&lon=103.5"}) {
            var answer = admin().get("/api/v1/grids/locate?" + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.isProblem()).as(query).isTrue();
            assertThat(answer.detail()).as(query).isNotBlank();
        }
    }

    @Test
    void gridListsRefuseNonVillageCodes() {
        assertThat(admin().get("/api/v1/grids?village=530326001").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/grids").status()).isEqualTo(400);
    }

    @Test
    void theGridExportIsAFeatureCollection() {
        var answer = admin().get("/api/v1/grids/geojson?territory=" + TANGLANG);
        assertThat(answer.contentType()).startsWith("application/geo+json");
        JsonNode collection = answer.json();
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features").size())
                .isEqualTo(admin().get("/api/v1/grids?village=" + TANGLANG).json().get("items").size());
    }

    @Test
    void aBadGeoJsonImportIsA400AndChangesNothing() {
        String before = admin().get("/api/v1/grids/geojson?territory=" + TANGLANG).body();
        var answer = admin().post("/api/v1/grids/geojson", "application/geo+json",
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\"53032600100109\"},\"geometry\":null}]}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(admin().get("/api/v1/grids/geojson?territory=" + TANGLANG).body()).isEqualTo(before);
    }

    @Test
    void anExportedVillageImportsBackUnchanged() {
        String exported = admin().get("/api/v1/grids/geojson?territory=" + TANGLANG).body();
        var answer = admin().post("/api/v1/grids/geojson", "application/geo+json", exported);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("imported").asInt()).isGreaterThan(0);
        assertThat(admin().get("/api/v1/grids/geojson?territory=" + TANGLANG).body()).isEqualTo(exported);
    }

    @Test
    void residentsMayNotImportGrids() {
        String exported = admin().get("/api/v1/grids/geojson?territory=" + TANGLANG).body();
        assertThat(Http.as(port, "jumin").post("/api/v1/grids/geojson", "application/geo+json", exported).status())
                .isEqualTo(403);
    }
}
