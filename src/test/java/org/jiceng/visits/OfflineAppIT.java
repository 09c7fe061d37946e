package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What makes 基层走访 installable: the manifest and the service worker reach the browser, the page only those who log visits. */
@AppTest
class OfflineAppIT {

    @LocalServerPort
    int port;

    @Test
    void theManifestIsServedWithoutCookiesAsBrowsersFetchIt() {
        var manifest = Http.anonymous(port).get("/manifest.webmanifest");
        assertThat(manifest.status()).isEqualTo(200);
        assertThat(manifest.json().get("name").asString()).isEqualTo("基层走访");
        assertThat(manifest.json().get("start_url").asString()).isEqualTo("/visits/m");
        assertThat(manifest.json().get("icons")).hasSize(2);
        for (var icon : manifest.json().get("icons")) {
            var png = Http.anonymous(port).download(icon.get("src").asString());
            assertThat(png.status()).isEqualTo(200);
            assertThat(png.body().length).isLessThan(20_000);
        }
    }

    @Test
    void theServiceWorkerIsServedFromTheRootSoItsScopeCoversTheVisitsPages() {
        var worker = Http.anonymous(port).get("/sw.js");
        assertThat(worker.status()).isEqualTo(200);
        assertThat(worker.contentType()).contains("javascript");
        assertThat(worker.body()).contains("/visits/m");
    }

    @Test
    void aGridWorkerOpensThePhonePageWithItsManifestAndCategories() {
        Http wangge = Http.anonymous(port);
        wangge.formLogin("wangge", Http.DEMO_PASSWORD);
        var page = wangge.get("/visits/m");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("基层走访").contains("rel=\"manifest\"").contains("待同步 0 条")
                .contains("id=\"patrol-category\"").contains("name=\"_csrf\"");
    }

    @Test
    void aResidentAndADepartmentAreRefusedThePhonePage() {
        for (String user : new String[] {"jumin", "bumen"}) {
            Http http = Http.anonymous(port);
            http.formLogin(user, Http.DEMO_PASSWORD);
            assertThat(http.get("/visits/m").status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void aVisitorNotSignedInIsSentToTheLoginPage() {
        var page = Http.anonymous(port).get("/visits/m");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
    }
}
