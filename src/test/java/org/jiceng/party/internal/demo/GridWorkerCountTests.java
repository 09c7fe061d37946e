package org.jiceng.party.internal.demo;

import org.jiceng.party.internal.OrganisationTree;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.party.PostKind;
import org.jiceng.people.IdNumber;
import org.jiceng.people.ResidentSummary;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.GridView;
import org.jiceng.territory.LatLon;
import org.jiceng.territory.Level;
import org.junit.jupiter.api.Test;

class GridWorkerCountTests {

    @Test
    void theCountyOf4847GridsGetsExactly15989GridWorkers() {
        List<GridView> grids = new ArrayList<>();
        for (int g = 0; g < PostGenerator.COUNTY_GRIDS; g++) {
            grids.add(new GridView("530326001001" + String.format("%03d", g % 1000), "网格", "530326001001",
                    new LatLon(26, 103), null));
        }
        List<ResidentSummary> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(new ResidentSummary(i + 1, 1L, "530326001001001", "居民" + i, IdNumber.Gender.MALE, LocalDate.of(1970, 1, 1)));
        }
        var village = new OrganisationTree.Village(new DivisionView("530326001001", "堂琅社区居民委员会", Level.VILLAGE, "530326001"), grids);
        List<PostGenerator.Post> posts = PostGenerator.generate(List.of(village), grid -> six, java.util.Map.of());
        assertThat(posts.stream().filter(p -> p.kind() == PostKind.GRID_WORKER).count()).isEqualTo(15_989);
    }
}
