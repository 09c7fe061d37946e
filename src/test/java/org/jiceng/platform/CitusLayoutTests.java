package org.jiceng.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiceng.platform.CitusLayout.Placement;
import org.jiceng.platform.SchemaRules.Catalog;
import org.jiceng.platform.SchemaRules.ForeignKey;
import org.jiceng.platform.TableKinds.Kind;
import org.junit.jupiter.api.Test;

/** How the Citus layout is written from a catalog: the kinds, the order, the keys of a cycle, and reading it back. */
class CitusLayoutTests {

    static final String KINDS = """
            schema\ttable\tkind\twhy
            cases\tcase_file\tdistributed\tcases
            cases\tcase_event\tdistributed\ttimeline
            cases\tcategory\treference\tcategories
            cases\tinbox\tlocal\tmessages
            people\thousehold\tdistributed\thouseholds
            people\tresident\tdistributed\tresidents
            """;

    @Test
    void referenceTablesComeFirstThenTheAnchorThenParentsBeforeChildrenAndLocalTablesAreLeftOut() throws Exception {
        Catalog catalog = new Catalog(Set.of("cases.case_file", "cases.case_event", "cases.category", "cases.inbox"),
                Set.of(), List.of(), List.of(
                        new ForeignKey("cases.case_event", "event_case_fk", List.of("county", "case_id"), "cases.case_file",
                                List.of("county", "id")),
                        new ForeignKey("cases.case_file", "case_category_fk", List.of("category_code"), "cases.category",
                                List.of("code"))));
        String sql = CitusLayout.generate(catalog, TableKinds.read(new StringReader(KINDS)), Map.of());
        assertThat(CitusLayout.read(sql)).containsExactly(
                new Placement("cases.category", Kind.REFERENCE, null),
                new Placement("cases.case_file", Kind.DISTRIBUTED, null),
                new Placement("cases.case_event", Kind.DISTRIBUTED, "cases.case_file"));
        assertThat(sql).doesNotContain("cases.inbox").doesNotContain("alter table");
    }

    @Test
    void aKeyClosingACycleIsDroppedBeforeThePlacingAndAddedBackAfter() throws Exception {
        Catalog catalog = new Catalog(Set.of("cases.case_file", "people.household", "people.resident"), Set.of(), List.of(),
                List.of(new ForeignKey("people.household", "household_chief_fk", List.of("county", "chief_id"),
                                "people.resident", List.of("county", "id")),
                        new ForeignKey("people.resident", "resident_household_fk", List.of("county", "household_id"),
                                "people.household", List.of("county", "id"))));
        String sql = CitusLayout.generate(catalog, TableKinds.read(new StringReader(KINDS)), Map.of(
                "people.household.household_chief_fk", "FOREIGN KEY (county, chief_id) REFERENCES people.resident(county, id)"));
        assertThat(CitusLayout.deferredKeys(sql)).containsExactly("people.household.household_chief_fk");
        assertThat(sql.indexOf("drop constraint if exists household_chief_fk"))
                .isLessThan(sql.indexOf("create_distributed_table('people.household'"));
        assertThat(sql.indexOf("add constraint household_chief_fk"))
                .isGreaterThan(sql.indexOf("create_distributed_table('people.resident'"));
        assertThat(CitusLayout.read(sql)).extracting(Placement::table)
                .containsExactly("cases.case_file", "people.household", "people.resident");
    }

    @Test
    void aLineThatIsNoStatementOfTheLayoutIsRefused() {
        assertThatThrownBy(() -> CitusLayout.read("select create_distributed_table('cases.case_file', 'id');"))
                .hasMessageContaining("line 1");
    }
}
