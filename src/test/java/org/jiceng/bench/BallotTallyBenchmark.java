package org.jiceng.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jiceng.CurrentUser;
import org.jiceng.JicengApplication;
import org.jiceng.Role;
import org.jiceng.deliberation.Art278;
import org.jiceng.deliberation.BallotMatter;
import org.jiceng.deliberation.BallotResult;
import org.jiceng.deliberation.BallotsApi;
import org.jiceng.deliberation.VoteChoice;
import org.jiceng.deliberation.VoteOutcome;
import org.jiceng.support.Http;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Owners' ballots at the size of a very large estate: 10,000 homes, 8,000 owners voting. How long the art.
 * 278 count takes — the pure in-memory {@link Art278} over the roster, and the application's own count
 * through the database ({@link BallotsApi#result}) — and how fast written votes are entered over HTTP on
 * loopback, beside the physical limit measured in the same run: the very same two rows per vote inserted
 * with raw JDBC, one transaction per vote as the application commits them, and in one batch.
 * Run: {@code ./jiceng bench Ballots}.
 */
public final class BallotTallyBenchmark {

    private static final int UNITS = 10_000;
    private static final int VOTES = 8_000;
    private static final int WARM_UP = 50;
    private static final int TALLIES = 300;
    private static final int SEQUENTIAL_VOTES = 1_000;
    private static final int CLIENTS = 8;
    private static final String DEVELOPER = "开发建设单位（基准）";

    private BallotTallyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run());
        System.exit(0);   // the embedded PostgreSQL and JDBC pools leave non-daemon threads behind
    }

    public static String run() throws Exception {
        StringBuilder md = new StringBuilder("### Ballots: art. 278 count and vote entry (10,000 homes, 8,000 votes)\n\n");
        md.append(AllBenchmarks.machine().strip()).append("; PostgreSQL embedded (zonky), fresh cluster, demo settings.\n\n");
        Roster roster = roster();
        Map<String, VoteChoice> votes = votes(roster);
        pure(md, roster, votes);
        Path data = Files.createTempDirectory("jiceng-ballot-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JicengApplication.class)
                .run("--jiceng.data-dir=" + data, "--jiceng.db.url=", "--server.port=0", "--jiceng.demo.year=false")) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            http(md, app, port, roster, votes);
        } finally {
            FileSystemUtils.deleteRecursively(data);
        }
        return md.toString();
    }

    record Roster(List<Art278.Unit> units, List<String> owners) {
    }

    /** 10,000 homes: 200 unsold ones of the developer, every 10th buyer with two homes, areas 45.00–180.99 m². */
    static Roster roster() {
        SplittableRandom random = new SplittableRandom(278L);
        List<Art278.Unit> units = new ArrayList<>(UNITS);
        List<String> owners = new ArrayList<>();
        int owner = 0;
        while (units.size() < UNITS) {
            int i = units.size();
            long area = 4_500 + random.nextLong(13_600);
            if (i >= UNITS - 200) {
                units.add(new Art278.Unit("D-" + i, DEVELOPER, area, true));
                if (!owners.contains(DEVELOPER)) {
                    owners.add(DEVELOPER);
                }
                continue;
            }
            String name = "业主" + (++owner);
            owners.add(name);
            units.add(new Art278.Unit(i / 100 + "-" + i % 100, name, area, false));
            if (owner % 10 == 0 && units.size() < UNITS - 200) {
                units.add(new Art278.Unit(i / 100 + "-" + i % 100 + "B", name, 4_500 + random.nextLong(13_600), false));
            }
        }
        return new Roster(units, owners);
    }

    /** 8,000 owners vote, 80% yes, 12% no, 8% abstain. */
    static Map<String, VoteChoice> votes(Roster roster) {
        SplittableRandom random = new SplittableRandom(1259L);
        List<String> shuffled = new ArrayList<>(roster.owners());
        for (int i = shuffled.size() - 1; i > 0; i--) {
            java.util.Collections.swap(shuffled, i, random.nextInt(i + 1));
        }
        Map<String, VoteChoice> votes = new HashMap<>();
        for (String owner : shuffled.subList(0, VOTES)) {
            int roll = random.nextInt(100);
            votes.put(owner, roll < 80 ? VoteChoice.YES : roll < 92 ? VoteChoice.NO : VoteChoice.ABSTAIN);
        }
        return votes;
    }

    private static void pure(StringBuilder md, Roster roster, Map<String, VoteChoice> votes) {
        VoteOutcome outcome = null;
        double[] millis = new double[TALLIES];
        for (int i = 0; i < WARM_UP + TALLIES; i++) {
            long started = System.nanoTime();
            outcome = Art278.decide(roster.units(), votes, BallotMatter.MAJOR);
            if (i >= WARM_UP) {
                millis[i - WARM_UP] = (System.nanoTime() - started) / 1e6;
            }
        }
        md.append(String.format(Locale.ROOT, "Roster: %,d homes, %,d owners as art. 9 counts them; %,d owners vote. "
                + "Outcome (major matter): quorum %s, %s.%n%n", roster.units().size(), roster.owners().size(), votes.size(),
                outcome.quorumMet() ? "met" : "not met", outcome.passed() ? "passed" : "failed"));
        md.append("| count | runs | median ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        row(md, "pure `Art278.decide` in memory (group 10,000 homes into owners, sum 8,000 votes, decide)", millis);
    }

    private static void http(StringBuilder md, ConfigurableApplicationContext app, int port, Roster roster,
                             Map<String, VoteChoice> votes) throws Exception {
        Http admin = Http.as(port, "admin");
        StringBuilder units = new StringBuilder();
        for (Art278.Unit u : roster.units()) {
            units.append(units.isEmpty() ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"unit\":\"%s\",\"owner\":\"%s\",\"area\":\"%s\",\"developerUnsold\":%s}", u.unit(), u.owner(),
                    Art278.formatArea(u.area()), u.developerUnsold()));
        }
        long started = System.nanoTime();
        var estate = admin.postJson("/api/v1/estates", "{\"name\":\"基准小区\",\"territoryCode\":\"530326001001\",\"units\":["
                + units + "]}");
        long estateNanos = System.nanoTime() - started;
        if (estate.status() != 201) {
            throw new IllegalStateException(estate.body());
        }
        long estateId = estate.json().get("id").asLong();
        String closes = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(1).withNano(0).toString();
        long ballot = admin.postJson("/api/v1/ballots", "{\"estateId\":" + estateId + ",\"title\":\"基准表决\",\"matter\":"
                + "\"MAJOR\",\"secret\":true,\"closesAt\":\"" + closes + "\"}").json().get("id").asLong();

        List<Map.Entry<String, VoteChoice>> ballots = new ArrayList<>(votes.entrySet());
        ballots.sort(Map.Entry.comparingByKey());
        double[] latency = new double[SEQUENTIAL_VOTES];
        long sequentialStart = System.nanoTime();
        for (int i = 0; i < SEQUENTIAL_VOTES; i++) {
            long t = System.nanoTime();
            cast(admin, ballot, ballots.get(i));
            latency[i] = (System.nanoTime() - t) / 1e6;
        }
        long sequentialNanos = System.nanoTime() - sequentialStart;
        AtomicInteger next = new AtomicInteger(SEQUENTIAL_VOTES);
        long concurrentStart = System.nanoTime();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                Http client = Http.as(port, "admin");
                done.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < ballots.size(); i = next.getAndIncrement()) {
                        cast(client, ballot, ballots.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        long concurrentNanos = System.nanoTime() - concurrentStart;
        int concurrentVotes = ballots.size() - SEQUENTIAL_VOTES;
        if (admin.postJson("/api/v1/ballots/" + ballot + "/close", "").status() != 200) {
            throw new IllegalStateException("close failed");
        }

        BallotsApi api = app.getBean(BallotsApi.class);
        CurrentUser county = new CurrentUser(0, "bench", "基准", List.of(new CurrentUser.Grant(Role.COUNTY_ADMIN, "530326", null)));
        double[] db = new double[TALLIES];
        double[] overHttp = new double[TALLIES];
        BallotResult result = null;
        for (int i = 0; i < WARM_UP + TALLIES; i++) {
            long t = System.nanoTime();
            result = api.result(county, ballot);
            long took = System.nanoTime() - t;
            long h = System.nanoTime();
            admin.get("/api/v1/ballots/" + ballot + "/result");
            long httpTook = System.nanoTime() - h;
            if (i >= WARM_UP) {
                db[i - WARM_UP] = took / 1e6;
                overHttp[i - WARM_UP] = httpTook / 1e6;
            }
        }
        VoteOutcome pure = Art278.decide(roster.units(), votes, BallotMatter.MAJOR);
        if (result.passed() != pure.passed() || result.participatingOwners() != VOTES) {
            throw new IllegalStateException("the database count differs from the pure count: " + result);
        }
        row(md, "through the database: `BallotsApi.result` (ballot, roll totals, `sum(weight)` of 8,000 choices by choice, decide)", db);
        row(md, "over HTTP: `GET /api/v1/ballots/{id}/result` on loopback", overHttp);
        md.append(String.format(Locale.ROOT, "%nThe database count agrees with the pure one (%s). Target: < 100 ms.%n%n",
                result.passed() ? "passed" : "failed"));

        md.append("#### Entering votes\n\n| step | votes | seconds | votes/s | median ms | p95 ms |\n|---|---:|---:|---:|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| `POST /api/v1/estates`, the 10,000-home roster in one request | — | %.2f | — | — | — |%n",
                estateNanos / 1e9));
        double[] sorted = latency.clone();
        Arrays.sort(sorted);
        md.append(String.format(Locale.ROOT, "| `POST …/paper-votes` over HTTP, one client, one after another | %,d | %.2f | %.0f | %.2f | %.2f |%n",
                SEQUENTIAL_VOTES, sequentialNanos / 1e9, SEQUENTIAL_VOTES / (sequentialNanos / 1e9),
                percentile(sorted, 50), percentile(sorted, 95)));
        md.append(String.format(Locale.ROOT, "| `POST …/paper-votes` over HTTP, %d concurrent clients | %,d | %.2f | %.0f | — | — |%n",
                CLIENTS, concurrentVotes, concurrentNanos / 1e9, concurrentVotes / (concurrentNanos / 1e9)));
        physical(md, app.getBean(DataSource.class), ballots.size());
    }

    private static void cast(Http client, long ballot, Map.Entry<String, VoteChoice> vote) {
        var answer = client.postJson("/api/v1/ballots/" + ballot + "/paper-votes",
                "{\"owner\":\"" + vote.getKey() + "\",\"choice\":\"" + vote.getValue().name() + "\"}");
        if (answer.status() != 201) {
            throw new IllegalStateException(answer.body());
        }
    }

    /** The same two rows per vote (roll entry, choice under a SHA-256) with raw JDBC into copies of the tables. */
    private static void physical(StringBuilder md, DataSource dataSource, int votes) throws Exception {
        SplittableRandom random = new SplittableRandom(7L);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[][] hashes = new byte[votes][];
        for (int i = 0; i < votes; i++) {
            hashes[i] = sha.digest(("raw:" + i + ":" + random.nextLong()).getBytes());
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table public.raw_participation (like deliberation.ballot_participation including all)");
            s.execute("create table public.raw_choice (like deliberation.ballot_choice including all)");
            String participation = "insert into public.raw_participation (county, ballot_id, voter_id, channel, recorded_by)"
                    + " values ('530326', ?, ?, 'PAPER', 'bench')";
            String choice = "insert into public.raw_choice (county, ballot_id, receipt_hash, choice, weight)"
                    + " values ('530326', ?, ?, ?, ?)";
            // one transaction per vote, as the application commits each
            c.setAutoCommit(false);
            long started = System.nanoTime();
            try (PreparedStatement p = c.prepareStatement(participation); PreparedStatement ch = c.prepareStatement(choice)) {
                for (int i = 0; i < votes; i++) {
                    p.setLong(1, 1);
                    p.setLong(2, i);
                    p.executeUpdate();
                    ch.setLong(1, 1);
                    ch.setBytes(2, hashes[i]);
                    ch.setString(3, "YES");
                    ch.setLong(4, 10_000);
                    ch.executeUpdate();
                    c.commit();
                }
            }
            long perVote = System.nanoTime() - started;
            s.execute("truncate public.raw_participation, public.raw_choice");
            c.commit();
            started = System.nanoTime();
            try (PreparedStatement p = c.prepareStatement(participation); PreparedStatement ch = c.prepareStatement(choice)) {
                for (int i = 0; i < votes; i++) {
                    p.setLong(1, 2);
                    p.setLong(2, i);
                    p.addBatch();
                    ch.setLong(1, 2);
                    ch.setBytes(2, hashes[i]);
                    ch.setString(3, "YES");
                    ch.setLong(4, 10_000);
                    ch.addBatch();
                }
                p.executeBatch();
                ch.executeBatch();
                c.commit();
            }
            long batched = System.nanoTime() - started;
            s.execute("drop table public.raw_participation, public.raw_choice");
            c.commit();
            md.append(String.format(Locale.ROOT, "| physical limit: raw JDBC, same two rows per vote, one commit per vote | %,d | %.2f | %.0f | — | — |%n",
                    votes, perVote / 1e9, votes / (perVote / 1e9)));
            md.append(String.format(Locale.ROOT, "| physical limit: raw JDBC, same rows, one batch, one commit | %,d | %.2f | %.0f | — | — |%n%n",
                    votes, batched / 1e9, votes / (batched / 1e9)));
        }
    }

    private static void row(StringBuilder md, String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f |%n", what, sorted.length,
                percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1]));
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
