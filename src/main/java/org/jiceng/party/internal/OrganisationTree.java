package org.jiceng.party.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.party.OrganisationKind;
import org.jiceng.party.OrganisationLevel;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.GridView;

/**
 * The demo county's party organisations, built in memory with ids in tree order (so the same divisions
 * always give the same ids): 县委 and 县直机关工委 with a branch per employer; a 党委 per town (街道党工委 in a
 * street) with its 功能型, 联合 and 临时 branches; per village a 党总支 with two or three branches or a single
 * 党支部; and under them a 网格党小组 per grid and, in some villages, functional groups (seed 000).
 */
public final class OrganisationTree {

    public record Node(long id, Long parentId, String name, OrganisationLevel level, OrganisationKind kind, String focus,
                String territoryCode, LocalDate establishedOn, LocalDate dissolvedOn) {
    }

    public record Village(DivisionView division, List<GridView> grids) {
    }

    public record Town(DivisionView division, List<Village> villages) {
    }

    /** A village with this many grids or more gets a 党总支 over branches, fewer a single 党支部. */
    static final int GENERAL_BRANCH_GRIDS = 10;
    private static final String[] ORDINALS = {"第一", "第二", "第三"};
    private static final LocalDate COUNTY_FOUNDED = LocalDate.of(1950, 3, 1);
    private static final LocalDate TOWNS_FOUNDED = LocalDate.of(1984, 6, 1);
    private static final LocalDate GRIDS_FOUNDED = LocalDate.of(2021, 7, 1);
    private static final LocalDate FUNCTIONAL_FOUNDED = LocalDate.of(2023, 5, 1);

    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Long> groupOfGrid = new HashMap<>();
    private final Map<String, Long> branchOfEmployer = new HashMap<>();

    private OrganisationTree() {
    }

    public static OrganisationTree build(DivisionView county, List<Town> towns, List<String> employers) {
        OrganisationTree tree = new OrganisationTree();
        long root = tree.add(null, "中共" + county.name() + "委员会", OrganisationLevel.COMMITTEE,
                OrganisationKind.ESTABLISHED, null, county.code(), COUNTY_FOUNDED, null);
        long organs = tree.add(root, "中共" + county.name() + "直属机关工作委员会", OrganisationLevel.COMMITTEE,
                OrganisationKind.ESTABLISHED, null, county.code(), TOWNS_FOUNDED, null);
        for (String employer : employers) {
            String name = employer + (employer.endsWith("局") ? "机关党支部" : "党支部");
            tree.branchOfEmployer.put(employer, tree.add(organs, name, OrganisationLevel.BRANCH,
                    OrganisationKind.ESTABLISHED, null, county.code(), TOWNS_FOUNDED, null));
        }
        int villageIndex = 0;
        List<Long> townCommittees = new ArrayList<>();
        for (int t = 0; t < towns.size(); t++) {
            long town = tree.addTown(root, towns.get(t), t);
            townCommittees.add(town);
            for (Village village : towns.get(t).villages()) {
                tree.addVillage(town, village, villageIndex++);
            }
        }
        // appended after the rest, so that the ids of the organisations above stay what they always were
        tree.addNewerKinds(root, county, towns, townCommittees);
        return tree;
    }

    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    /** The 网格党小组 of a grid. */
    public Long groupOfGrid(String gridCode) {
        return groupOfGrid.get(gridCode);
    }

    /** The branch of an in-service member's employer. */
    public Long branchOfEmployer(String employer) {
        return branchOfEmployer.get(employer);
    }

    private long addTown(long root, Town town, int index) {
        DivisionView d = town.division();
        boolean street = d.name().endsWith("街道");
        long id = add(root, "中共" + d.name() + (street ? "工作委员会" : "委员会"), OrganisationLevel.COMMITTEE,
                OrganisationKind.ESTABLISHED, null, d.code(), TOWNS_FOUNDED, null);
        if (street) {
            add(id, d.name() + "非公企业联合党支部", OrganisationLevel.BRANCH, OrganisationKind.JOINT, null, d.code(),
                    LocalDate.of(2019, 7, 1), null);
        } else {
            // the town-level functional branch of "乡镇功能型党支部—村功能型党小组—党员中心户"
            String focus = index % 2 == 0 ? "环境治理" : "产业发展";
            add(id, d.name() + focus + "型党支部", OrganisationLevel.BRANCH, OrganisationKind.FUNCTIONAL, focus,
                    d.code(), FUNCTIONAL_FOUNDED, null);
            if (index % 4 == 1) {
                add(id, d.name() + "农民专业合作社联合党支部", OrganisationLevel.BRANCH, OrganisationKind.JOINT, null,
                        d.code(), LocalDate.of(2020, 10, 1), null);
            }
        }
        if (index % 6 == 0) {
            add(id, d.name() + "矛盾纠纷调处中心临时党支部", OrganisationLevel.BRANCH, OrganisationKind.TEMPORARY,
                    null, d.code(), LocalDate.of(2024, 3, 1), null);
        } else if (index % 6 == 3) {
            add(id, d.name() + "抗旱保供水临时党支部", OrganisationLevel.BRANCH, OrganisationKind.TEMPORARY,
                    null, d.code(), LocalDate.of(2023, 3, 15), LocalDate.of(2023, 7, 31));
        }
        return id;
    }

    private void addVillage(long town, Village village, int index) {
        DivisionView d = village.division();
        String name = shortName(d.name());
        List<GridView> grids = village.grids();
        List<Long> branches = new ArrayList<>();
        if (grids.size() >= GENERAL_BRANCH_GRIDS) {
            long general = add(town, name + "党总支", OrganisationLevel.GENERAL_BRANCH, OrganisationKind.ESTABLISHED,
                    null, d.code(), TOWNS_FOUNDED, null);
            int count = grids.size() >= 2 * GENERAL_BRANCH_GRIDS ? 3 : 2;
            for (int b = 0; b < count; b++) {
                branches.add(add(general, name + ORDINALS[b] + "党支部", OrganisationLevel.BRANCH,
                        OrganisationKind.ESTABLISHED, null, d.code(), TOWNS_FOUNDED, null));
            }
        } else {
            branches.add(add(town, name + "党支部", OrganisationLevel.BRANCH, OrganisationKind.ESTABLISHED, null,
                    d.code(), TOWNS_FOUNDED, null));
        }
        for (int g = 0; g < grids.size(); g++) {
            GridView grid = grids.get(g);
            long branch = branches.get(g * branches.size() / grids.size()); // contiguous grids per branch
            groupOfGrid.put(grid.code(), add(branch, grid.name() + "党小组", OrganisationLevel.GROUP,
                    OrganisationKind.GRID_GROUP, null, grid.code(), GRIDS_FOUNDED, null));
        }
        if (index % 7 == 0) {
            add(branches.getFirst(), name + "环境治理型党小组", OrganisationLevel.GROUP, OrganisationKind.FUNCTIONAL,
                    "环境治理", d.code(), FUNCTIONAL_FOUNDED, null);
        }
        if (index % 5 == 2 && !name.endsWith("社区")) {
            add(branches.getFirst(), name + "产业发展型党小组", OrganisationLevel.GROUP, OrganisationKind.FUNCTIONAL,
                    "产业发展", d.code(), FUNCTIONAL_FOUNDED, null);
        }
    }

    /**
     * The kinds of seeds 003 and 004: a street community's 大党委 with a 小区党支部 under it (支部建在小区上), a street's
     * 两新 branch of couriers, a town's 跨村联合党支部, and the county's branch of 网络自媒体 workers.
     */
    private void addNewerKinds(long root, DivisionView county, List<Town> towns, List<Long> townCommittees) {
        add(root, county.name() + "网络自媒体从业人员党支部", OrganisationLevel.BRANCH, OrganisationKind.NEW_SECTOR,
                "网络自媒体", county.code(), LocalDate.of(2024, 7, 1), null);
        for (int t = 0; t < towns.size(); t++) {
            DivisionView d = towns.get(t).division();
            if (!d.name().endsWith("街道") || towns.get(t).villages().isEmpty()) {
                continue;
            }
            add(townCommittees.get(t), d.name() + "快递物流行业党支部", OrganisationLevel.BRANCH,
                    OrganisationKind.NEW_SECTOR, "快递物流", d.code(), LocalDate.of(2023, 9, 1), null);
            DivisionView community = towns.get(t).villages().getFirst().division();
            String name = shortName(community.name());
            long grand = add(townCommittees.get(t), name + "大党委", OrganisationLevel.COMMITTEE, OrganisationKind.GRAND,
                    null, community.code(), LocalDate.of(2022, 6, 1), null);
            add(grand, name + "阳光小区党支部", OrganisationLevel.BRANCH, OrganisationKind.ESTATE, null, community.code(),
                    LocalDate.of(2022, 8, 1), null);
            break;
        }
        for (int t = 0; t < towns.size(); t++) {
            DivisionView d = towns.get(t).division();
            if (!d.name().endsWith("街道") && towns.get(t).villages().size() >= 2) {
                add(townCommittees.get(t), d.name() + "跨村联合党支部", OrganisationLevel.BRANCH,
                        OrganisationKind.CROSS_VILLAGE, null, d.code(), LocalDate.of(2023, 4, 1), null);
                break;
            }
        }
    }

    private long add(Long parent, String name, OrganisationLevel level, OrganisationKind kind, String focus,
                     String territory, LocalDate established, LocalDate dissolved) {
        long id = nodes.size() + 1;
        nodes.add(new Node(id, parent, name, level, kind, focus, territory, established, dissolved));
        return id;
    }

    /** "堂琅社区居民委员会" → "堂琅社区", "水城村民委员会" → "水城村": the name people use. */
    public static String shortName(String villageName) {
        if (villageName.endsWith("居民委员会")) {
            return villageName.substring(0, villageName.length() - "居民委员会".length());
        }
        if (villageName.endsWith("村民委员会")) {
            String village = villageName.substring(0, villageName.length() - "村民委员会".length());
            return village.endsWith("村") ? village : village + "村";
        }
        return villageName;
    }
}
