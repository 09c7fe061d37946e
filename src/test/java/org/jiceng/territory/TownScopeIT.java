package org.jiceng.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** 古城街道's official must never read 迤车镇's non-public records, through the API or the pages. */
@AppTest
class TownScopeIT {

    static final String YICHE = "530326103";

    @LocalServerPort
    int port;

    String yicheVillage;
    JsonNode yicheGrid;

    @BeforeEach
    void findOneOfYichesGrids() {
        Http yiche = Http.as(port, "yiche");
        yicheVillage = yiche.get("/api/v1/divisions/" + YICHE + "/children").json().get("items").get(0).get("code").asString();
        yicheGrid = yiche.get("/api/v1/grids?village=" + yicheVillage).json().get("items").get(0);
    }

    @Test
    void yichesOwnOfficialReadsThem() {
        Http yiche = Http.as(port, "yiche");
        assertThat(yiche.get("/api/v1/grids/" + yicheGrid.get("code").asString()).status()).isEqualTo(200);
        assertThat(yiche.get(locateUrl()).json().get("code").asString()).isEqualTo(yicheGrid.get("code").asString());
    }

    @Test
    void guchengCannotListYichesGrids() {
        var answer = Http.as(port, "gucheng").get("/api/v1/grids?village=" + yicheVillage);
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.body()).doesNotContain(yicheGrid.get("code").asString());
    }

    @Test
    void guchengCannotReadOneOfYichesGrids() {
        var answer = Http.as(port, "gucheng").get("/api/v1/grids/" + yicheGrid.get("code").asString());
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain(yicheGrid.get("name").asString()).doesNotContain("coordinates");
    }

    @Test
    void guchengCannotLocateIntoYiche() {
        var answer = Http.as(port, "gucheng").get(locateUrl());
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain(yicheGrid.get("code").asString());
    }

    @Test
    void guchengCannotExportYichesPolygons() {
        assertThat(Http.as(port, "gucheng").get("/api/v1/grids/geojson?territory=" + YICHE).status()).isEqualTo(403);
        assertThat(Http.as(port, "gucheng").get("/api/v1/grids/geojson?territory=" + yicheVillage).status()).isEqualTo(403);
    }

    @Test
    void countyWideExportForATownHoldsOnlyItsOwnGrids() {
        String body = Http.as(port, "gucheng").get("/api/v1/grids/geojson?territory=530326").body();
        assertThat(body).contains("530326001").doesNotContain("\"" + yicheGrid.get("code").asString() + "\"")
                .doesNotContain("\"530326103");
    }

    @Test
    void guchengCannotImportGridsIntoYiche() {
        String exported = Http.as(port, "yiche").get("/api/v1/grids/geojson?territory=" + yicheVillage).body();
        var answer = Http.as(port, "gucheng").post("/api/v1/grids/geojson", "application/geo+json", exported);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.detail()).contains("不在您的辖区内");
    }

    @Test
    void guchengCannotOpenYichesPages() {
        Http browser = Http.anonymous(port);
        browser.formLogin("gucheng", Http.DEMO_PASSWORD);
        var town = browser.get("/territory/" + YICHE);
        assertThat(town.status()).isEqualTo(403);
        assertThat(town.body()).contains("不在您的辖区内");
        var village = browser.get("/territory/" + yicheVillage);
        assertThat(village.status()).isEqualTo(403);
        var grid = browser.get("/territory/grid/" + yicheGrid.get("code").asString());
        assertThat(grid.status()).isEqualTo(404);
        assertThat(grid.body()).doesNotContain(yicheGrid.get("name").asString());
    }

    @Test
    void guchengsCountyPageIsRefusedButItsTownPageShowsItsVillages() {
        Http browser = Http.anonymous(port);
        browser.formLogin("gucheng", Http.DEMO_PASSWORD);
        assertThat(browser.get("/territory/530326").status()).isEqualTo(403);
        assertThat(browser.get("/territory/530326001").body()).contains("堂琅社区");
    }

    @Test
    void aResidentSeesOnlyTheirCommunity() {
        Http resident = Http.as(port, "jumin");
        assertThat(resident.get("/api/v1/grids?village=530326001001").status()).isEqualTo(200);
        assertThat(resident.get("/api/v1/grids?village=" + yicheVillage).status()).isEqualTo(403);
    }

    private String locateUrl() {
        JsonNode centroid = yicheGrid.get("centroid");
        return "/api/v1/grids/locate?lat=" + centroid.get("lat").asDouble() + "&lon=" + centroid.get("lon").asDouble();
    }
}
