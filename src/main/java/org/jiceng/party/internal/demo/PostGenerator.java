package org.jiceng.party.internal.demo;

import org.jiceng.party.internal.OrganisationTree;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jiceng.party.PostKind;
import org.jiceng.people.ResidentSummary;
import org.jiceng.territory.GridView;

/**
 * The posts of the demo, per village: a 片长 for every four grids, and per grid a 组长, two 邻长 and the
 * grid worker (三长制, seed 000); in urban communities also a 政务楼长 (an in-service member sent down) and
 * a 居务楼长 (a resident volunteer) for two buildings per grid (双楼长, seed 001).
 */
final class PostGenerator {

    record Post(long id, PostKind kind, String territoryCode, String area, Long residentId, String holderName,
                LocalDate since) {
    }

    private static final int GRIDS_PER_PIAN = 4;
    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final LocalDate THREE_HEADS_SINCE = LocalDate.of(2023, 1, 1);
    private static final LocalDate BUILDING_HEADS_SINCE = LocalDate.of(2022, 9, 1);
    private static final LocalDate GRID_WORKERS_SINCE = LocalDate.of(2021, 7, 1);

    /** Seed 003: 会泽县 has 15,989 grid workers for 4,847 grids — one full-time and two or three part-time each. */
    static final int COUNTY_GRID_WORKERS = 15_989;
    static final int COUNTY_GRIDS = 4_847;

    private final List<Post> posts = new ArrayList<>();
    private int gridsSeen;

    private PostGenerator() {
    }

    /**
     * @param candidates  up to six residents per grid, by grid code
     * @param inService   the in-service members living in each village, by village code
     */
    static List<Post> generate(List<OrganisationTree.Village> villages,
                               Function<String, List<ResidentSummary>> candidates,
                               Map<String, List<MemberGenerator.Member>> inService) {
        PostGenerator generator = new PostGenerator();
        for (OrganisationTree.Village village : villages) {
            generator.village(village, candidates, inService.getOrDefault(village.division().code(), List.of()));
        }
        return List.copyOf(generator.posts);
    }

    private void village(OrganisationTree.Village village, Function<String, List<ResidentSummary>> candidates,
                         List<MemberGenerator.Member> cadres) {
        String code = village.division().code();
        boolean urban = OrganisationTree.shortName(village.division().name()).endsWith("社区");
        List<GridView> grids = village.grids();
        for (int g = 0; g < grids.size(); g++) {
            GridView grid = grids.get(g);
            List<ResidentSummary> people = candidates.apply(grid.code());
            if (g % GRIDS_PER_PIAN == 0) {
                int pian = g / GRIDS_PER_PIAN;
                add(PostKind.PIAN_ZHANG, code, "第" + (pian < ORDINALS.length ? ORDINALS[pian] : pian + 1) + "片",
                        people, 0, THREE_HEADS_SINCE);
            }
            String group = "第" + (g + 1) + "组";
            add(PostKind.ZU_ZHANG, grid.code(), group, people, 1, THREE_HEADS_SINCE);
            add(PostKind.LIN_ZHANG, grid.code(), group + "第1邻", people, 2, THREE_HEADS_SINCE);
            add(PostKind.LIN_ZHANG, grid.code(), group + "第2邻", people, 3, THREE_HEADS_SINCE);
            if (grid.workerName() != null) {
                posts.add(new Post(posts.size() + 1, PostKind.GRID_WORKER, grid.code(), null, null,
                        grid.workerName(), GRID_WORKERS_SINCE));
            } else {
                add(PostKind.GRID_WORKER, grid.code(), null, people, 4, GRID_WORKERS_SINCE);
            }
            partTimeGridWorkers(grid, people);
            for (int b = 1; urban && b <= 2; b++) {
                String building = (g * 2 + b) + "栋";
                if (!cadres.isEmpty()) {
                    MemberGenerator.Member cadre = cadres.get((g * 2 + b) % cadres.size());
                    posts.add(new Post(posts.size() + 1, PostKind.ZHENGWU_LOUZHANG, grid.code(), building,
                            cadre.residentId(), cadre.name(), BUILDING_HEADS_SINCE));
                }
                add(PostKind.JUWU_LOUZHANG, grid.code(), building, people, b == 1 ? 5 : 3, BUILDING_HEADS_SINCE);
            }
        }
    }

    /**
     * 兼职网格员: the group head and the first neighbourhood head double up, and the remaining extra workers
     * are spread evenly (Bresenham) so the county comes to exactly {@link #COUNTY_GRID_WORKERS}.
     */
    private void partTimeGridWorkers(GridView grid, List<ResidentSummary> people) {
        long extra = COUNTY_GRID_WORKERS - 3L * COUNTY_GRIDS;
        int index = gridsSeen++;
        boolean third = (index + 1) * extra / COUNTY_GRIDS > index * extra / COUNTY_GRIDS;
        add(PostKind.GRID_WORKER, grid.code(), "兼职", people, 1, GRID_WORKERS_SINCE);
        add(PostKind.GRID_WORKER, grid.code(), "兼职", people, 2, GRID_WORKERS_SINCE);
        if (third) {
            add(PostKind.GRID_WORKER, grid.code(), "兼职", people, 3, GRID_WORKERS_SINCE);
        }
    }

    private void add(PostKind kind, String territory, String area, List<ResidentSummary> people, int which,
                     LocalDate since) {
        if (which < people.size()) {
            ResidentSummary holder = people.get(which);
            posts.add(new Post(posts.size() + 1, kind, territory, area, holder.id(), holder.name(), since));
        }
    }
}
