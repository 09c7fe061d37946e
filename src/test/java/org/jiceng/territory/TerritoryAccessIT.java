package org.jiceng.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Divisions and units are reference data for every account; grids are read where one works and imported by towns. */
@AppTest
class TerritoryAccessIT {

    static final String TANGLANG = "530326001001";
    static final String YICHE = "530326103";

    @LocalServerPort
    int port;

    @Test
    void everySignedInAccountReadsDivisionsAndTheCountysDepartments() {
        for (String user : new String[] {"jumin", "wangge", "yiche", "bumen", "dangjian", "jijian"}) {
            Http http = Http.as(port, user);
            assertThat(http.get("/api/v1/divisions/" + YICHE).status()).as(user).isEqualTo(200);
            assertThat(http.get("/api/v1/divisions/" + YICHE + "/children").status()).as(user).isEqualTo(200);
            JsonNode units = http.get("/api/v1/units").json().get("items");
            assertThat(units.valueStream().map(u -> u.get("territoryCode").asString())).as(user).contains("530326");
        }
    }

    @Test
    void aResidentReadsTheGridsOfTheirCommunityButNotAnotherTowns() {
        Http jumin = Http.as(port, "jumin");
        assertThat(jumin.get("/api/v1/grids?village=" + TANGLANG).status()).isEqualTo(200);
        String yicheVillage = Http.as(port, "yiche").get("/api/v1/divisions/" + YICHE + "/children").json()
                .get("items").get(0).get("code").asString();
        assertThat(jumin.get("/api/v1/grids?village=" + yicheVillage).status()).isEqualTo(403);
        String yicheGrid = Http.as(port, "yiche").get("/api/v1/grids?village=" + yicheVillage).json()
                .get("items").get(0).get("code").asString();
        assertThat(jumin.get("/api/v1/grids/" + yicheGrid).status()).isEqualTo(404);
        assertThat(jumin.get("/api/v1/grids/geojson?territory=" + YICHE).status()).isEqualTo(403);
    }

    @Test
    void onlyTownStaffAndTheCountyImportGridsAndOthersAreToldWhoMay() {
        String exported = Http.as(port, "admin").get("/api/v1/grids/geojson?territory=" + TANGLANG).body();
        for (String user : new String[] {"jumin", "wangge", "shequ", "bumen", "dangjian", "jijian"}) {
            var answer = Http.as(port, user).post("/api/v1/grids/geojson", "application/geo+json", exported);
            assertThat(answer.status()).as(user).isEqualTo(403);
            assertThat(answer.detail()).as(user).contains("您没有导入网格的权限").contains("乡镇(街道)工作人员");
        }
        assertThat(Http.as(port, "gucheng").post("/api/v1/grids/geojson", "application/geo+json", exported).status())
                .isEqualTo(200);
    }
}
