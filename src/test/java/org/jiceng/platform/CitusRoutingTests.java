package org.jiceng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jiceng.platform.CitusRouting.Route;
import org.jiceng.platform.CitusRouting.Statement;
import org.junit.jupiter.api.Test;

/**
 * The application's statements over distributed tables may not drift away from county: per file, no more of them
 * may miss county than {@code citus/unrouted.tsv} records (docs/scale-out.md, "Which queries stay on one node").
 * A file that filters on county more often than before only needs the list rewritten:
 * {@code mvn -o test -Dtest=CitusRoutingTests -Djiceng.citus.write=true}.
 */
class CitusRoutingTests {

    static final Path BASELINE = Path.of("src/test/resources/citus/unrouted.tsv");

    @Test
    void noFileHasMoreStatementsMissingCountyThanTheListRecords() throws IOException {
        List<Statement> statements = CitusRouting.statements(TableKinds.load());
        Map<String, Integer> now = CitusRouting.unrouted(statements);
        if (Boolean.getBoolean("jiceng.citus.write")) {
            StringBuilder tsv = new StringBuilder("# statements over distributed tables that do not name county, by file and route"
                    + " (CitusRoutingTests)\nfile\troute\tstatements\n");
            now.forEach((key, count) -> tsv.append(key).append('\t').append(count).append('\n'));
            Files.writeString(BASELINE, tsv, StandardCharsets.UTF_8);
        }
        Map<String, Integer> recorded = new TreeMap<>();
        for (String line : Files.readAllLines(BASELINE, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t");
            if (!line.startsWith("#") && !line.startsWith("file\t") && fields.length == 3) {
                recorded.put(fields[0] + "\t" + fields[1], Integer.parseInt(fields[2]));
            }
        }
        List<String> worse = new ArrayList<>();
        now.forEach((key, count) -> {
            if (count > recorded.getOrDefault(key, 0)) {
                worse.add(key.replace('\t', ' ') + ": " + count + " statements, " + recorded.getOrDefault(key, 0) + " recorded");
            }
        });
        System.out.println(summary(statements));
        assertThat(worse).as("statements over distributed tables that miss county (filter on county too, e.g."
                + " county = left(:territory, 6), or record why in " + BASELINE + " by rewriting it)").isEmpty();
    }

    @Test
    void aStatementIsSortedByWhatItFiltersOn() {
        assertThat(CitusRouting.route("select * from cases.case_file where county = :county and id = :id", ""))
                .isEqualTo(Route.COUNTY);
        assertThat(CitusRouting.route("select * from cases.case_file where ", "\"select * from cases.case_file where \" + scope.where(\"territory_code\")"))
                .isEqualTo(Route.SCOPE);
        assertThat(CitusRouting.route("select * from cases.case_file c where  c.territory_code c.county ",
                "\"select * from cases.case_file c where \" + scope.where(\"c.territory_code\", \"c.county\")"))
                .as("Scope's form with the county column routes when the scope lies in one county").isEqualTo(Route.COUNTY);
        assertThat(CitusRouting.route("select id from volunteer.red_list where community_code = :c and month = :m", ""))
                .isEqualTo(Route.PLACE);
        assertThat(CitusRouting.route("select * from cases.case_event where case_id = :id order by at", ""))
                .isEqualTo(Route.ID);
        assertThat(CitusRouting.route("select id from cases.case_file where state = 'replied' and replied_at < :before", ""))
                .isEqualTo(Route.EVERYWHERE);
    }

    @Test
    void theSourcesHoldTheStatementsTheScanLooksFor() {
        List<Statement> statements = CitusRouting.statements(TableKinds.load());
        assertThat(statements).hasSizeGreaterThan(300);
        assertThat(statements).anyMatch(s -> s.sql().contains("insert into cases.case_event") && s.route() == Route.COUNTY);
    }

    static String summary(List<Statement> statements) {
        Map<Route, Integer> byRoute = new EnumMap<>(Route.class);
        statements.forEach(s -> byRoute.merge(s.route(), 1, Integer::sum));
        return "statements over distributed tables: " + statements.size() + ", by route " + byRoute;
    }
}
