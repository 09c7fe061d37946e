package org.jiceng.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A town imports grids on its own land only: not under another town's code, not over another village's grids. */
@AppTest
class GridImportBoundsIT {

    static final String TANGLANG = "530326001001";
    static final String YICHE = "530326103";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http admin() {
        return Http.as(port, "admin");
    }

    /** The first grid of {@code territory} as a one-feature collection, renamed and recoded. */
    String oneGrid(String territory, String code, String name) {
        JsonNode collection = admin().get("/api/v1/grids/geojson?territory=" + territory).json();
        ObjectNode feature = (ObjectNode) collection.get("features").get(0);
        ObjectNode properties = (ObjectNode) feature.get("properties");
        properties.put("code", code);
        properties.put("name", name);
        properties.put("villageCode", code.substring(0, 12));
        return "{\"type\":\"FeatureCollection\",\"features\":[" + feature + "]}";
    }

    String grids() {
        return jdbc.sql("select string_agg(code || name || geometry, ',' order by code) from territory.grid")
                .query(String.class).single();
    }

    @Test
    void aTownCannotImportAGridUnderAnotherTownsCode() {
        String before = grids();
        var answer = Http.as(port, "gucheng").post("/api/v1/grids/geojson", "application/geo+json",
                oneGrid(YICHE, "530326103001990", "越界网格"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.detail()).contains("530326103001990");
        assertThat(grids()).isEqualTo(before);
    }

    @Test
    void aTownCannotDrawAGridOfItsOwnOverAnotherTownsLand() {
        String before = grids();
        var answer = Http.as(port, "gucheng").post("/api/v1/grids/geojson", "application/geo+json",
                oneGrid(YICHE, TANGLANG + "990", "圈地网格"));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.detail()).contains(TANGLANG + "990", "重叠");
        assertThat(grids()).isEqualTo(before);
    }

    @Test
    void aVillagesGridCannotBeDrawnOverAnotherVillageOfTheSameTown() {
        String before = grids();
        var answer = Http.as(port, "gucheng").post("/api/v1/grids/geojson", "application/geo+json",
                oneGrid("530326001002", TANGLANG + "991", "跨村网格"));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.detail()).contains(TANGLANG + "991");
        assertThat(grids()).isEqualTo(before);
    }

    @Test
    void aTownRedrawsItsOwnVillagesGrids() {
        String exported = admin().get("/api/v1/grids/geojson?territory=" + TANGLANG).body();
        var answer = Http.as(port, "gucheng").post("/api/v1/grids/geojson", "application/geo+json", exported);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    @Test
    void aGridWorkerMayNotImportGrids() {
        var answer = Http.as(port, "wangge").post("/api/v1/grids/geojson", "application/geo+json",
                admin().get("/api/v1/grids/geojson?territory=" + TANGLANG + "001").body());
        assertThat(answer.status()).isEqualTo(403);
    }
}
