package org.jiceng.party.internal.demo;

import org.jiceng.party.internal.JoinAnniversary;
import org.jiceng.party.internal.OrganisationTree;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jiceng.Beijing;
import org.jiceng.Scope;
import org.jiceng.people.IdNumber;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.ResidentSummary;
import org.jiceng.people.ResidentView;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.GridView;
import org.jiceng.territory.Level;

/**
 * The party demo data at the scale of seed 003's county: 25 towns, 381 villages, 4,847 grids and
 * 1,000,000 residents streamed from an in-memory register, written with COPY into a fresh embedded
 * PostgreSQL. Run with {@code mvn -o -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.jiceng.party.internal.PartyDemoBenchmark} or from an IDE.
 */
public final class PartyDemoBenchmark {

    static final int RESIDENTS = 1_000_000;
    static final int VILLAGES = 381;
    static final int GRIDS = 4_847;

    private PartyDemoBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run());
        System.exit(0); // the embedded PostgreSQL leaves non-daemon threads behind
    }

    public static String run() throws Exception {
        StringBuilder md = new StringBuilder("### Party demo data (" + RESIDENTS + " residents, " + GRIDS + " grids)\n\n"
                + "| step | rows | ms |\n|---|---:|---:|\n");
        List<OrganisationTree.Town> towns = county();
        PeopleApi people = Register.of(towns);
        LocalDate today = Beijing.today(Beijing.systemClock());
        Path directory = Files.createTempDirectory("jiceng-party-pg");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(directory)
                .setCleanDataDirectory(true).setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("shared_buffers", "256MB").setServerConfig("max_wal_size", "2GB")
                .setLocaleConfig("encoding", "UTF8").setLocaleConfig("locale", "C.UTF-8").start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).schemas("party").defaultSchema("party").createSchemas(true)
                    .locations("classpath:db/migration/party").load().migrate();
            PartyDemoWriter writer = new PartyDemoWriter(dataSource);
            long total = System.nanoTime();

            long started = System.nanoTime();
            List<String> employers = List.of("县民政局", "县教育体育局", "县卫生健康局", "县人民医院");
            OrganisationTree tree = OrganisationTree.build(new DivisionView("530326", "会泽县", Level.COUNTY, "5303"),
                    towns, employers);
            writer.writeOrganisations(tree.nodes());
            line(md, "organisation tree built and COPY'd", tree.nodes().size(), started);

            started = System.nanoTime();
            DemoResidents residents = DemoResidents.gather(people, "530326", today);
            line(md, "two streamed passes over the register: sample 3% and post holders", residents.residents(), started);

            started = System.nanoTime();
            List<MemberGenerator.Member> members = MemberGenerator.generate(residents.chosen(), tree, employers, today);
            List<String> communities = towns.getFirst().villages().stream().map(v -> v.division().code()).toList();
            var registrations = DualRegistrationGenerator.generate(members, employers, communities, today);
            line(md, "members and 双报到 generated", members.size(), started);

            started = System.nanoTime();
            writer.writeMembers(members, registrations);
            line(md, "members, registrations and services COPY'd", members.size()
                    + registrations.registrations().size() + registrations.services().size(), started);

            started = System.nanoTime();
            Map<String, List<MemberGenerator.Member>> inService = members.stream()
                    .filter(MemberGenerator.Member::inService)
                    .collect(Collectors.groupingBy(m -> m.territoryCode().substring(0, 12)));
            List<PostGenerator.Post> posts = PostGenerator.generate(
                    towns.stream().flatMap(t -> t.villages().stream()).toList(), residents::candidates, inService);
            writer.writePosts(posts);
            line(md, "posts generated and COPY'd", posts.size(), started);
            line(md, "**total**", count(dataSource, "party.member"), total);

            started = System.nanoTime();
            long anniversaries;
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("analyze");
                try (ResultSet rs = s.executeQuery("select count(*) from party.member where join_month_day in ("
                        + JoinAnniversary.monthDay(today) + ") and joined_on < '" + today.withDayOfYear(1) + "'")) {
                    rs.next();
                    anniversaries = rs.getLong(1);
                }
            }
            line(md, "入党生日 of today, county-wide (index lookup)", anniversaries, started);
        }
        return md.toString();
    }

    private static long count(DataSource dataSource, String table) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void line(StringBuilder md, String step, long rows, long started) {
        md.append("| ").append(step).append(" | ").append(rows).append(" | ")
                .append((System.nanoTime() - started) / 1_000_000).append(" |\n");
    }

    /** 25 towns (5 streets of communities), 381 villages, 4,847 grids spread over them. */
    static List<OrganisationTree.Town> county() {
        List<OrganisationTree.Town> towns = new ArrayList<>();
        int village = 0;
        int grids = 0;
        for (int t = 0; t < 25; t++) {
            boolean street = t < 5;
            String townCode = "530326" + String.format("%03d", street ? t + 1 : 100 + t);
            DivisionView town = new DivisionView(townCode, "镇" + t + (street ? "街道" : "镇"), Level.TOWN, "530326");
            List<OrganisationTree.Village> villages = new ArrayList<>();
            int count = VILLAGES / 25 + (t < VILLAGES % 25 ? 1 : 0);
            for (int v = 0; v < count; v++, village++) {
                int gridCount = (GRIDS * (village + 1)) / VILLAGES - (GRIDS * village) / VILLAGES;
                grids += gridCount;
                villages.add(DemoDataTests.village(townCode + String.format("%03d", v + 1),
                        "村" + village + (street ? "社区居民委员会" : "村民委员会"), gridCount));
            }
            towns.add(new OrganisationTree.Town(town, villages));
        }
        if (grids != GRIDS) {
            throw new IllegalStateException("grids: " + grids);
        }
        return towns;
    }

    /** The residents, generated on the fly in id order: nothing held but the grid codes. */
    record Register(List<String> grids) implements org.jiceng.party.RegisterStub {

        static Register of(List<OrganisationTree.Town> towns) {
            return new Register(towns.stream().flatMap(t -> t.villages().stream()).flatMap(v -> v.grids().stream())
                    .map(GridView::code).toList());
        }

        @Override
        public Optional<ResidentView> resident(long id, Scope scope) {
            return Optional.empty();
        }

        @Override
        public void forEachHousehold(String territoryPrefix, Consumer<org.jiceng.people.HouseholdSummary> consumer) {
        }

        @Override
        public Optional<org.jiceng.people.HouseholdSummary> householdSummary(long id) {
            return Optional.empty();
        }

        @Override
        public void forEachResident(String territoryPrefix, Consumer<ResidentSummary> consumer) {
            for (long id = 1; id <= RESIDENTS; id++) {
                String grid = grids.get((int) ((id - 1) * grids.size() / RESIDENTS));
                LocalDate birth = LocalDate.of(1935, 1, 1).plusDays(DemoHash.below(id, 99, 90 * 365));
                consumer.accept(new ResidentSummary(id, id / 3 + 1, grid, "居民" + id,
                        id % 2 == 0 ? IdNumber.Gender.FEMALE : IdNumber.Gender.MALE, birth));
            }
        }
    }
}
