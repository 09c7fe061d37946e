package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who reads which coverage figures: staff their own territory, oversight theirs, nobody else anything. */
@AppTest
class CoverageAccessIT {

    static final String GUCHENG = "530326001";
    static final String TANGLANG = "530326001001";

    @LocalServerPort
    int port;

    @Test
    void aTownOfficialReadsTheirTownAndItsPlacesButNotAnotherTown() {
        Http gucheng = Http.as(port, "gucheng");
        var own = gucheng.get("/api/v1/visits/coverage");
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("territory").asString()).isEqualTo(GUCHENG);
        assertThat(own.json().get("by").asString()).isEqualTo("village");
        assertThat(gucheng.get("/api/v1/visits/coverage?territory=" + TANGLANG).status()).isEqualTo(200);
        var other = gucheng.get("/api/v1/visits/coverage?territory=530326103");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.detail()).doesNotContain("530326103");
        assertThat(gucheng.get("/api/v1/visits/coverage?territory=530326").status()).isEqualTo(404);
    }

    @Test
    void anotherTownsOfficialFindsNothingOfThisTown() {
        Http yiche = Http.as(port, "yiche");
        assertThat(yiche.get("/api/v1/visits/coverage?territory=" + GUCHENG).status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/visits/coverage?territory=" + TANGLANG + "&by=cadre").status()).isEqualTo(404);
        assertThat(yiche.get("/visits/coverage?territory=" + GUCHENG).status()).isEqualTo(404);
        assertThat(yiche.get("/api/v1/visits/coverage").json().get("territory").asString()).isEqualTo("530326103");
    }

    @Test
    void aResidentAndADepartmentAreRefusedAndToldWhoMay() {
        for (String user : new String[] {"jumin", "bumen", "dangjian"}) {
            Http http = Http.as(port, user);
            var api = http.get("/api/v1/visits/coverage?territory=" + TANGLANG);
            assertThat(api.status()).as(user).isEqualTo(403);
            assertThat(api.detail()).as(user).contains("网格员");
            assertThat(http.get("/visits/coverage").status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void aGridWorkerReadsTheirGridByCadreAndNothingAbove() {
        Http wangge = Http.as(port, "wangge");
        var own = wangge.get("/api/v1/visits/coverage");
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("territory").asString()).hasSize(15).startsWith(TANGLANG);
        assertThat(own.json().get("by").asString()).isEqualTo("cadre");
        assertThat(wangge.get("/api/v1/visits/coverage?territory=" + TANGLANG).status()).isEqualTo(404);
    }

    @Test
    void oversightReadsTheCountyAndTheCountyAdministratorToo() {
        for (String user : new String[] {"jijian", "admin"}) {
            var county = Http.as(port, user).get("/api/v1/visits/coverage?territory=530326");
            assertThat(county.status()).as(user).isEqualTo(200);
            assertThat(county.json().get("rows").size()).isEqualTo(25);
        }
    }

    @Test
    void noneSignedInIsSentToSignIn() {
        assertThat(Http.anonymous(port).get("/api/v1/visits/coverage").status()).isEqualTo(401);
    }
}
