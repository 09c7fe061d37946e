package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.party.internal.organisation.OrganisationRules;
import org.jiceng.party.internal.organisation.OrganisationRules.Node;
import org.junit.jupiter.api.Test;

/**
 * The party tree stays whole whatever is done to it: random sequences of create, move, merge, dissolve and member
 * enrolment, each applied only when {@link OrganisationRules} allows it, never leave a cycle, an active organisation
 * under a dissolved one, a level under the wrong level, a territory outside its parent's, or a member outside an
 * active branch or group. The boundaries are written out beside.
 */
class OrganisationRulesTests {

    static final List<String> PLACES = List.of("530326", "530326001", "530326001001", "530326001001001",
            "530326001002", "530326103", "530326103001");

    /** One step: what to do and which organisations (by index into the present list) it touches. */
    record Step(int op, int a, int b, int c, int d) {
    }

    /** The tree in memory, changed the way the service changes the tables. */
    static final class Model {
        final Map<Long, Node> nodes = new LinkedHashMap<>();
        final Map<Long, Long> members = new HashMap<>();
        long nextId = 1;
        int applied;

        Model() {
            add(null, OrganisationLevel.COMMITTEE, OrganisationKind.ESTABLISHED, "530326");
        }

        Node at(int index) {
            List<Node> all = new ArrayList<>(nodes.values());
            return all.get(Math.floorMod(index, all.size()));
        }

        Node add(Long parent, OrganisationLevel level, OrganisationKind kind, String territory) {
            Node node = new Node(nextId++, parent, level, kind, territory, true, "组织" + nextId);
            nodes.put(node.id(), node);
            return node;
        }

        List<Long> ancestors(long id) {
            List<Long> up = new ArrayList<>();
            Long parent = nodes.get(id).parentId();
            while (parent != null && up.size() <= nodes.size()) {
                up.add(parent);
                parent = nodes.get(parent).parentId();
            }
            return up;
        }

        List<Node> activeChildren(long id) {
            return nodes.values().stream().filter(n -> n.active() && Long.valueOf(id).equals(n.parentId())).toList();
        }

        long membersOf(long id) {
            return members.values().stream().filter(o -> o == id).count();
        }

        void reparent(long id, long parent) {
            Node n = nodes.get(id);
            nodes.put(id, new Node(n.id(), parent, n.level(), n.kind(), n.territoryCode(), n.active(), n.name()));
        }

        void end(long id) {
            Node n = nodes.get(id);
            nodes.put(id, new Node(n.id(), n.parentId(), n.level(), n.kind(), n.territoryCode(), false, n.name()));
        }

        /** Moves the active children and the members of {@code from} to {@code to}, as merge and dissolve do. */
        void handOver(long from, long to) {
            activeChildren(from).forEach(child -> reparent(child.id(), to));
            members.replaceAll((member, org) -> org == from ? to : org);
        }

        void apply(Step step) {
            Optional<String> refusal;
            switch (step.op()) {
                case 0 -> {
                    Node parent = at(step.a());
                    OrganisationLevel level = OrganisationLevel.values()[Math.floorMod(step.b(), 4)];
                    OrganisationKind kind = OrganisationKind.values()[Math.floorMod(step.c(), OrganisationKind.values().length)];
                    String place = PLACES.get(Math.floorMod(step.d(), PLACES.size()));
                    refusal = OrganisationRules.mayCreate(parent, level, kind, place, kind.hasFocus() ? "环境治理" : null);
                    if (refusal.isEmpty()) {
                        add(parent.id(), level, kind, place);
                    }
                }
                case 1 -> {
                    Node node = at(step.a());
                    Node parent = at(step.b());
                    refusal = OrganisationRules.mayMove(node, parent, ancestors(parent.id()));
                    if (refusal.isEmpty()) {
                        reparent(node.id(), parent.id());
                    }
                }
                case 2 -> {
                    Node source = at(step.a());
                    Node survivor = at(step.b());
                    refusal = OrganisationRules.mayMerge(source, survivor, ancestors(survivor.id()));
                    if (refusal.isEmpty()) {
                        handOver(source.id(), survivor.id());
                        end(source.id());
                    }
                }
                case 3 -> {
                    Node node = at(step.a());
                    Node moveTo = step.c() % 2 == 0 ? null : at(step.b());
                    refusal = OrganisationRules.mayDissolve(node, activeChildren(node.id()).stream().map(Node::level).toList(),
                            membersOf(node.id()), moveTo, moveTo == null ? List.of() : ancestors(moveTo.id()));
                    if (refusal.isEmpty()) {
                        if (moveTo != null) {
                            handOver(node.id(), moveTo.id());
                        }
                        end(node.id());
                    }
                }
                default -> {
                    Node node = at(step.a());
                    refusal = OrganisationRules.enrols(node);
                    if (refusal.isEmpty()) {
                        members.put((long) members.size() + 1, node.id());
                    }
                }
            }
            if (refusal.isEmpty()) {
                applied++;
            } else {
                assertThat(refusal.get()).as("a refusal a person can read").isNotBlank();
            }
        }

        void assertWhole() {
            for (Node node : nodes.values()) {
                assertThat(ancestors(node.id())).as("no cycle above " + node).hasSizeLessThan(nodes.size());
                if (node.parentId() == null) {
                    assertThat(node.id()).as("one root").isEqualTo(1L);
                    continue;
                }
                Node parent = nodes.get(node.parentId());
                assertThat(parent).as("no orphan").isNotNull();
                if (node.active()) {
                    assertThat(parent.active()).as("an active organisation hangs from an active one: " + node).isTrue();
                    assertThat(OrganisationRules.holds(parent.level(), node.level())).as("levels nest: " + node).isTrue();
                    assertThat(node.territoryCode()).startsWith(parent.territoryCode());
                }
            }
            members.forEach((member, org) -> {
                Node node = nodes.get(org);
                assertThat(node.active() && node.level().enrolsMembers()).as("member " + member + " in " + node).isTrue();
            });
        }
    }

    @Property(tries = 300)
    void randomChangesKeepTheTreeWhole(@ForAll("sequences") List<Step> steps) {
        Model model = new Model();
        for (Step step : steps) {
            model.apply(step);
            model.assertWhole();
        }
    }

    @Provide
    Arbitrary<List<Step>> sequences() {
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 40);
        // creations weigh most, so that trees grow deep enough for moves and merges to matter
        Arbitrary<Integer> op = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.just(0)), net.jqwik.api.Tuple.of(3, Arbitraries.just(1)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(2)), net.jqwik.api.Tuple.of(2, Arbitraries.just(3)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(4)));
        return net.jqwik.api.Combinators.combine(op, small, small, small, small).as(Step::new).list().ofMinSize(5).ofMaxSize(60);
    }

    @Test
    void randomSequencesActuallyChangeTheTree() {
        Model model = new Model();
        java.util.Random random = new java.util.Random(18);
        for (int i = 0; i < 400; i++) {
            model.apply(new Step(i % 5, random.nextInt(40), random.nextInt(40), random.nextInt(40), random.nextInt(40)));
            model.assertWhole();
        }
        assertThat(model.applied).isGreaterThan(30);
        assertThat(model.nodes.values().stream().filter(n -> !n.active())).isNotEmpty();
    }

    static final Node COUNTY = node(1, null, OrganisationLevel.COMMITTEE, "530326");
    static final Node TOWN = node(2, 1L, OrganisationLevel.COMMITTEE, "530326001");
    static final Node BRANCH = node(3, 2L, OrganisationLevel.BRANCH, "530326001001");
    static final Node GROUP = node(4, 3L, OrganisationLevel.GROUP, "530326001001001");

    static Node node(long id, Long parent, OrganisationLevel level, String territory) {
        return new Node(id, parent, level, OrganisationKind.ESTABLISHED, territory, true, "组织" + id);
    }

    @Test
    void anOrganisationCannotMoveUnderItselfOrItsOwnDescendant() {
        assertThat(OrganisationRules.mayMove(TOWN, TOWN, List.of(1L))).hasValueSatisfying(r -> assertThat(r).contains("下级"));
        Node townBranchUnderTown = node(5, 2L, OrganisationLevel.COMMITTEE, "530326001");
        assertThat(OrganisationRules.mayMove(TOWN, townBranchUnderTown, List.of(2L, 1L))).isPresent();
        assertThat(OrganisationRules.mayMove(BRANCH, COUNTY, List.of())).isEmpty();
    }

    @Test
    void levelsNestFromCommitteeDownToGroup() {
        assertThat(OrganisationRules.mayCreate(BRANCH, OrganisationLevel.GROUP, OrganisationKind.FUNCTIONAL,
                "530326001001", "环境治理")).isEmpty();
        assertThat(OrganisationRules.mayCreate(BRANCH, OrganisationLevel.BRANCH, OrganisationKind.ESTABLISHED,
                "530326001001", null)).hasValueSatisfying(r -> assertThat(r).contains("党支部下不能设党支部"));
        assertThat(OrganisationRules.mayCreate(GROUP, OrganisationLevel.GROUP, OrganisationKind.ESTABLISHED,
                "530326001001001", null)).isPresent();
        assertThat(OrganisationRules.mayCreate(TOWN, OrganisationLevel.BRANCH, OrganisationKind.ESTABLISHED,
                "530326103", null)).hasValueSatisfying(r -> assertThat(r).contains("不在上级组织"));
    }

    @Test
    void aFunctionalOrganisationNamesItsFocusAndAGrandCommitteeIsACommittee() {
        assertThat(OrganisationRules.kindFits(OrganisationKind.FUNCTIONAL, OrganisationLevel.BRANCH, "530326001", " "))
                .isPresent();
        assertThat(OrganisationRules.kindFits(OrganisationKind.NEW_SECTOR, OrganisationLevel.BRANCH, "530326001", "快递物流"))
                .isEmpty();
        assertThat(OrganisationRules.kindFits(OrganisationKind.ESTABLISHED, OrganisationLevel.BRANCH, "530326001", "产业发展"))
                .isPresent();
        assertThat(OrganisationRules.kindFits(OrganisationKind.GRAND, OrganisationLevel.BRANCH, "530326001", null)).isPresent();
        assertThat(OrganisationRules.kindFits(OrganisationKind.GRID_GROUP, OrganisationLevel.GROUP, "530326001001", null))
                .isPresent();
    }

    @Test
    void anOrganisationWithMembersIsDissolvedOnlyIntoABranchOrGroup() {
        assertThat(OrganisationRules.mayDissolve(BRANCH, List.of(), 3, null, List.of())).isPresent();
        assertThat(OrganisationRules.mayDissolve(BRANCH, List.of(), 3, TOWN, List.of(1L)))
                .hasValueSatisfying(r -> assertThat(r).contains("党员只能编入"));
        Node otherInVillage = node(7, 2L, OrganisationLevel.BRANCH, "530326001001");
        assertThat(OrganisationRules.mayDissolve(BRANCH, List.of(OrganisationLevel.GROUP), 3, otherInVillage,
                List.of(2L, 1L))).isEmpty();
        assertThat(OrganisationRules.mayDissolve(BRANCH, List.of(OrganisationLevel.GROUP), 3, TOWN, List.of(1L)))
                .hasValueSatisfying(r -> assertThat(r).contains("党委下不能设党小组"));
        assertThat(OrganisationRules.mayDissolve(GROUP, List.of(), 0, null, List.of())).isEmpty();
    }

    @Test
    void aCommitteeHasOneSecretaryAndATermOfAtMostFiveYears() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        assertThat(OrganisationRules.mayElect(BRANCH, start, start.plusYears(3), 1, 5)).isEmpty();
        assertThat(OrganisationRules.mayElect(BRANCH, start, start.plusYears(5), 1, 5)).isEmpty();
        assertThat(OrganisationRules.mayElect(BRANCH, start, start.plusYears(5).plusDays(1), 1, 5)).isPresent();
        assertThat(OrganisationRules.mayElect(BRANCH, start, start, 1, 5)).isPresent();
        assertThat(OrganisationRules.mayElect(BRANCH, start, start.plusYears(3), 0, 5)).isPresent();
        assertThat(OrganisationRules.mayElect(BRANCH, start, start.plusYears(3), 2, 5)).isPresent();
        assertThat(OrganisationRules.mayElect(GROUP, start, start.plusYears(3), 1, 1)).isPresent();
    }

    @Test
    void onlyOrganisationsOfTheSameLevelMergeAndNeverIntoTheirOwnDescendant() {
        Node sibling = node(8, 2L, OrganisationLevel.BRANCH, "530326001");
        assertThat(OrganisationRules.mayMerge(BRANCH, sibling, List.of(2L, 1L))).isEmpty();
        assertThat(OrganisationRules.mayMerge(sibling, BRANCH, List.of(2L, 1L))).hasValueSatisfying(r ->
                assertThat(r).contains("不在上级组织"));
        assertThat(OrganisationRules.mayMerge(BRANCH, GROUP, List.of(3L, 2L, 1L))).isPresent();
        assertThat(OrganisationRules.mayMerge(TOWN, COUNTY, List.of())).isEmpty();
        assertThat(OrganisationRules.mayMerge(COUNTY, TOWN, List.of(1L))).isPresent();
    }
}
