package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiceng.Scope;
import org.jiceng.support.AppTest;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The grid pages name the grid workers that hold the posts of their grids (the register showed "—"). */
@AppTest
class GridWorkersIT {

    static final String TANGLANG = "530326001001";

    @LocalServerPort
    int port;

    @Autowired
    PartyApi party;

    @Autowired
    TerritoryApi territory;

    @Test
    void aGridWorkerAssignedToAGridIsNamedOnTheVillageAndGridPagesAndInTheApi() {
        List<GridView> grids = territory.grids(TANGLANG, Scope.everything());
        String grid = grids.getLast().code();
        var assigned = Http.as(port, "shequ").postJson("/api/v1/party/posts", """
                {"kind": "GRID_WORKER", "territoryCode": "%s", "holderName": "网格员测甲"}""".formatted(grid));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);

        assertThat(Http.as(port, "shequ").get("/territory/" + TANGLANG).body()).contains("网格员测甲");
        assertThat(Http.as(port, "shequ").get("/territory/grid/" + grid).body()).contains("网格员测甲")
                .doesNotContain("尚未指定");
        assertThat(Http.as(port, "shequ").get("/api/v1/grids/" + grid).json().get("workerName").asString())
                .contains("网格员测甲");
        assertThat(Http.as(port, "gucheng").get("/api/v1/grids?village=" + TANGLANG + "&limit=500").body())
                .contains("网格员测甲");
    }

    @Test
    void everyGridWithAGridWorkerPostShowsANameInsteadOfADash() {
        Set<String> withWorker = party.posts(TANGLANG, Scope.everything()).stream()
                .filter(p -> p.kind() == PostKind.GRID_WORKER).map(p -> p.territoryCode()).collect(Collectors.toSet());
        long dashes = territory.grids(TANGLANG, Scope.everything()).stream()
                .filter(g -> !withWorker.contains(g.code())).count();

        String page = Http.as(port, "shequ").get("/territory/" + TANGLANG).body();

        assertThat(page.split("<td>—</td>", -1).length - 1).isEqualTo(dashes);
    }
}
