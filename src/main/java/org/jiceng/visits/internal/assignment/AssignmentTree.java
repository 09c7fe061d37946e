package org.jiceng.visits.internal.assignment;

import static org.jiceng.Action.READ;
import static org.jiceng.Resource.ASSIGNMENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Scope;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.visits.AssignmentView;
import org.jiceng.visits.internal.assignment.AssignmentRules.Level;
import org.springframework.stereotype.Component;

/**
 * The 包保 chain of a territory as a tree (town → village → grid → 户长 → households) with who holds each node
 * today and how many households are held, and the gaps: households nobody holds and places with no holder at
 * their level. Households appear in the tree only from a village down, so a county's tree stays small.
 */
@Component
public class AssignmentTree {

    static final int GAP_HOUSEHOLDS_SHOWN = 500;

    private final AssignmentRepository repository;
    private final TerritoryApi territory;
    private final AssignmentService service;

    AssignmentTree(AssignmentRepository repository, TerritoryApi territory, AssignmentService service) {
        this.repository = repository;
        this.territory = territory;
        this.service = service;
    }

    public record Holder(long assignmentId, String name, String title, String phone, String kind) {
    }

    /** One node: {@code kind} COUNTY, TOWN, VILLAGE, GRID, CHIEF or HOUSEHOLD. */
    public record Node(String code, String name, String kind, String kindLabel, List<Holder> holders, int households,
                       int held, List<Node> children) {

        public boolean allHeld() {
            return households == held;
        }
    }

    public record Place(String code, String name, String kind, String kindLabel) {
    }

    public record GapHousehold(long id, String territoryCode, String address) {
    }

    public record Gaps(String territory, int unheldHouseholds, List<GapHousehold> households, List<Place> places) {
    }

    public Node tree(CurrentUser user, String code) {
        String root = checkedRoot(user, code);
        return new Builder(root, service.today(), root.length() >= 12).node(root, nameOf(root));
    }

    public Gaps gaps(CurrentUser user, String code) {
        String root = checkedRoot(user, code);
        LocalDate today = service.today();
        Node tree = new Builder(root, today, false).node(root, nameOf(root));
        List<Place> places = new ArrayList<>();
        collectUnheldPlaces(tree, places);
        List<GapHousehold> households = repository.unheld(Scope.of(root), today, GAP_HOUSEHOLDS_SHOWN).stream()
                .map(h -> new GapHousehold(h.id(), h.territoryCode(), h.address())).toList();
        return new Gaps(root, tree.households() - tree.held(), households, places);
    }

    /** Every grid under the territory with its households and how many are held: the map's colours. */
    public List<Node> grids(CurrentUser user, String code) {
        List<Node> grids = new ArrayList<>();
        collectGrids(tree(user, code.length() == 15 ? code : code), grids);
        return grids;
    }

    private static void collectGrids(Node node, List<Node> into) {
        if (node.kind().equals("GRID")) {
            into.add(new Node(node.code(), node.name(), node.kind(), node.kindLabel(), node.holders(),
                    node.households(), node.held(), List.of()));
            return;
        }
        node.children().forEach(child -> collectGrids(child, into));
    }

    private static void collectUnheldPlaces(Node node, List<Place> into) {
        if (List.of("TOWN", "VILLAGE", "GRID").contains(node.kind()) && node.holders().isEmpty()) {
            into.add(new Place(node.code(), node.name(), node.kind(), node.kindLabel()));
        }
        node.children().forEach(child -> collectUnheldPlaces(child, into));
    }

    private String checkedRoot(CurrentUser user, String code) {
        String root = code == null || code.isBlank() ? user.homeTerritory() : code.strip();
        if (!root.matches("[0-9]{6}|[0-9]{9}|[0-9]{12}|[0-9]{15}")) {
            throw new BadInputException("territory", "区划代码须为 6、9、12 或 15 位数字");
        }
        if (AccessPolicy.scope(user, ASSIGNMENT, READ).isEmpty()) {
            throw AccessPolicy.refusal(ASSIGNMENT, READ);
        }
        if (!AccessPolicy.allows(user, ASSIGNMENT, READ, Target.at(root))) {
            throw new NotFoundException("区划 " + root + " 不存在或不在您的辖区内");
        }
        return root;
    }

    private String nameOf(String code) {
        if (code.length() == 15) {
            return territory.grid(code, Scope.everything()).map(GridView::name).orElse(code);
        }
        return territory.division(code).map(DivisionView::name)
                .orElseThrow(() -> new NotFoundException("区划 " + code + " 不存在或不在您的辖区内"));
    }

    /** One tree's facts, read once: the assignments active today under the root and the counts per grid. */
    private final class Builder {
        private final Map<String, List<AssignmentView>> byPlace = new HashMap<>();
        private final Map<Long, List<AssignmentView>> chiefsOver = new HashMap<>();
        private final Map<String, int[]> counts;
        private final boolean households;

        Builder(String root, LocalDate day, boolean households) {
            this.households = households;
            for (AssignmentView a : repository.activeIn(Scope.of(root), day)) {
                if (a.level().equals(Level.CHIEF.name())) {
                    chiefsOver.computeIfAbsent(a.chiefResidentId(), k -> new ArrayList<>()).add(a);
                }
                byPlace.computeIfAbsent(a.level() + ":" + a.territoryCode(), k -> new ArrayList<>()).add(a);
            }
            this.counts = repository.heldByGrid(Scope.of(root), day);
        }

        Node node(String code, String name) {
            return switch (code.length()) {
                case 6 -> parent(code, name, "COUNTY", "县", List.of(), divisions(code));
                case 9 -> parent(code, name, "TOWN", "乡镇(街道)", holders(Level.TOWN, code), divisions(code));
                case 12 -> parent(code, name, "VILLAGE", "村(社区)", holders(Level.VILLAGE, code),
                        territory.grids(code, Scope.everything()).stream().map(g -> node(g.code(), g.name())).toList());
                default -> grid(code, name);
            };
        }

        private List<Node> divisions(String code) {
            List<Node> children = new ArrayList<>();
            String after = null;
            List<DivisionView> page;
            do {
                page = territory.children(code, after, 500);
                page.forEach(d -> children.add(node(d.code(), d.name())));
                after = page.isEmpty() ? null : page.getLast().code();
            } while (page.size() == 500);
            return children;
        }

        private Node parent(String code, String name, String kind, String label, List<Holder> holders,
                            List<Node> children) {
            int total = children.stream().mapToInt(Node::households).sum();
            int held = children.stream().mapToInt(Node::held).sum();
            return new Node(code, name, kind, label, holders, total, held, children);
        }

        private Node grid(String code, String name) {
            int[] count = counts.getOrDefault(code, new int[] {0, 0});
            List<Node> chiefs = households ? chiefs(code) : List.of();
            return new Node(code, name, "GRID", "网格(组/院落)", holders(Level.GROUP, code), count[0], count[1], chiefs);
        }

        /** The holders of households in a grid, each with the party member over them and the households they hold. */
        private List<Node> chiefs(String grid) {
            Map<String, List<AssignmentView>> byHolder = new LinkedHashMap<>();
            for (AssignmentView a : byPlace.getOrDefault(Level.HOUSEHOLD.name() + ":" + grid, List.of())) {
                byHolder.computeIfAbsent(a.holderKind() + ":" + a.holderId(), k -> new ArrayList<>()).add(a);
            }
            Map<Long, AssignmentRepository.Household> homes = new HashMap<>();
            repository.householdsOf(grid).forEach(h -> homes.put(h.id(), h));
            List<Node> nodes = new ArrayList<>();
            byHolder.forEach((key, held) -> {
                AssignmentView first = held.getFirst();
                List<Holder> over = first.holderKind().equals("RESIDENT")
                        ? chiefsOver.getOrDefault(first.holderId(), List.of()).stream().map(Builder::holder).toList()
                        : List.of();
                List<Node> leaves = held.stream().map(a -> {
                    AssignmentRepository.Household home = homes.get(a.householdId());
                    return new Node(String.valueOf(a.householdId()), home == null ? "户 " + a.householdId() : home.address(),
                            "HOUSEHOLD", "户", List.of(holder(a)), 1, 1, List.of());
                }).toList();
                String label = first.holderKind().equals("RESIDENT") ? "户长" : "包户干部";
                nodes.add(new Node(key, first.holderName() + (first.holderTitle() == null ? "" : "（" + first.holderTitle() + "）"),
                        "CHIEF", label, over, leaves.size(), leaves.size(), leaves));
            });
            return nodes;
        }

        private List<Holder> holders(Level level, String code) {
            return byPlace.getOrDefault(level.name() + ":" + code, List.of()).stream().map(Builder::holder).toList();
        }

        private static Holder holder(AssignmentView a) {
            return new Holder(a.id(), a.holderName(), a.holderTitle(), a.holderPhone(), a.holderKind());
        }
    }
}
