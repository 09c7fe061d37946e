package org.jiceng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.jiceng.platform.SchemaRules.Catalog;
import org.jiceng.platform.SchemaRules.ForeignKey;
import org.jiceng.platform.SchemaRules.UniqueKey;
import org.junit.jupiter.api.Test;

class SchemaRulesTests {

    private static final TableKinds KINDS = kinds("""
            schema\ttable\tkind\twhy
            cases\tcase_file\tdistributed\tcases
            cases\tcase_event\tdistributed\ttimeline
            cases\tcategory\treference\tcategories
            cases\tinbox\tlocal\tmessages
            """);

    private static final UniqueKey CASE_KEY = new UniqueKey("cases.case_file", "case_file_pkey", true, List.of("id", "county"));
    private static final UniqueKey EVENT_KEY = new UniqueKey("cases.case_event", "case_event_pkey", true, List.of("id", "county"));
    private static final Set<String> TABLES = Set.of("cases.case_file", "cases.case_event", "cases.category", "cases.inbox");
    private static final Set<String> COUNTIES = Set.of("cases.case_file", "cases.case_event");

    @Test
    void aSchemaFollowingEveryRuleHasNoViolation() {
        var fk = new ForeignKey("cases.case_event", "fk", List.of("county", "case_id"), "cases.case_file", List.of("county", "id"));
        var toReference = new ForeignKey("cases.case_file", "fk2", List.of("category_code"), "cases.category", List.of("code"));
        assertThat(SchemaRules.violations(new Catalog(TABLES, COUNTIES, List.of(CASE_KEY, EVENT_KEY), List.of(fk, toReference)),
                KINDS)).isEmpty();
    }

    @Test
    void aTableMissingFromTheFileAndARowForNoTableAreBothNamed() {
        Set<String> tables = Set.of("cases.case_file", "cases.case_event", "cases.category", "cases.new_table");
        assertThat(SchemaRules.violations(new Catalog(tables, COUNTIES, List.of(CASE_KEY, EVENT_KEY), List.of()), KINDS))
                .anySatisfy(p -> assertThat(p).startsWith("cases.new_table is not classified: add a line to"))
                .anySatisfy(p -> assertThat(p).contains("classifies cases.inbox, which no migration creates"));
    }

    @Test
    void aDistributedTableWithoutCountyOrWithoutAPrimaryKeyIsNamed() {
        assertThat(SchemaRules.violations(new Catalog(TABLES, Set.of("cases.case_file"), List.of(CASE_KEY), List.of()), KINDS))
                .containsExactlyInAnyOrder(
                        "cases.case_event is distributed but has no column county not null: add it in a new migration"
                                + " (county text collate \"C\" not null, the first 6 digits of the row's territory code)",
                        "cases.case_event is distributed but has no primary key: give it one that holds county");
    }

    @Test
    void aUniqueKeyOfADistributedTableWithoutCountyIsNamed() {
        var number = new UniqueKey("cases.case_file", "case_file_number_key", false, List.of("number"));
        assertThat(SchemaRules.violations(new Catalog(TABLES, COUNTIES, List.of(CASE_KEY, EVENT_KEY, number), List.of()), KINDS))
                .containsExactly("cases.case_file.case_file_number_key (unique) on [number] lacks county:"
                        + " a distributed table's keys must hold it, add county to the key");
    }

    @Test
    void aKeyBetweenDistributedTablesMustMatchCountyToCounty() {
        var byIdAlone = new ForeignKey("cases.case_event", "fk", List.of("case_id"), "cases.case_file", List.of("id"));
        var crossed = new ForeignKey("cases.case_event", "fk2", List.of("county", "case_id"), "cases.case_file",
                List.of("id", "county"));
        assertThat(SchemaRules.violations(new Catalog(TABLES, COUNTIES, List.of(CASE_KEY, EVENT_KEY), List.of(byIdAlone, crossed)),
                KINDS)).hasSize(2).allSatisfy(p -> assertThat(p).contains("must match county to county"));
    }

    @Test
    void noReferenceOrLocalTableMayReferToADistributedOneNorADistributedOneToALocalOne() {
        var fromReference = new ForeignKey("cases.category", "fk", List.of("case_id"), "cases.case_file", List.of("id"));
        var toLocal = new ForeignKey("cases.case_file", "fk2", List.of("inbox_id"), "cases.inbox", List.of("id"));
        assertThat(SchemaRules.violations(new Catalog(TABLES, COUNTIES, List.of(CASE_KEY, EVENT_KEY),
                List.of(fromReference, toLocal)), KINDS))
                .anySatisfy(p -> assertThat(p).contains("a reference table may not refer to a distributed one"))
                .anySatisfy(p -> assertThat(p).contains("a distributed table may refer to distributed or reference tables only"));
    }

    private static TableKinds kinds(String text) {
        try {
            return TableKinds.read(new StringReader(text));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
