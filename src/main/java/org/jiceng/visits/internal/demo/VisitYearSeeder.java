package org.jiceng.visits.internal.demo;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jiceng.CurrentUser;
import org.jiceng.County;
import org.jiceng.Scope;
import org.jiceng.identity.IdentityApi;
import org.jiceng.platform.DatabaseMode;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.visits.internal.HouseholdProjection;
import org.jiceng.visits.internal.demo.VisitYearPlan.Household;
import org.jiceng.visits.internal.demo.VisitYearPlan.Visit;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode with {@code jiceng.demo.year} only (as the demo module's year decides): twelve months of visits to the
 * demo town's households ({@link VisitYearPlan}), COPYed straight into {@code visits.visit} in one transaction, then
 * the care plans' last visit and next due day set from them. Runs once: a town that has visits is left alone.
 * Visitors are the demo accounts (the grid worker's, the village staff's), named as the grid's worker, the
 * household's 户长 or the village committee.
 */
@Component
@Profile("!command")
@Order(78)
public class VisitYearSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VisitYearSeeder.class);
    private static final int DEFAULT_EVERY_DAYS = 30;

    private final DatabaseMode mode;
    private final HouseholdProjection projection;
    private final TerritoryApi territory;
    private final IdentityApi identity;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean enabled;
    private final long seed;
    private final String town;

    VisitYearSeeder(DatabaseMode mode, HouseholdProjection projection, TerritoryApi territory, IdentityApi identity,
                    JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, Clock clock,
                    @Value("${jiceng.demo.year:true}") boolean enabled, @Value("${jiceng.demo.seed:2026}") long seed,
                    @Value("${jiceng.demo.town:530326001}") String town) {
        this.mode = mode;
        this.projection = projection;
        this.territory = territory;
        this.identity = identity;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.enabled = enabled;
        this.seed = seed;
        this.town = town;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (mode.demo() && enabled && territory.division(town).isPresent()) {
            seed();
        }
    }

    /** Writes the town's year of visits unless it was written before; returns how many were written. */
    public int seed() {
        Scope scope = Scope.of(town);
        boolean done = jdbc.sql("select exists (select 1 from visits.demo_year where town = :town)")
                .param("town", town).query(Boolean.class).single();
        if (done) {
            return 0;
        }
        long started = System.nanoTime();
        int written = transaction.execute(status -> {
            int made = generate(scope);
            jdbc.sql("insert into visits.demo_year (town, visits) values (:town, :visits)")
                    .param("town", town).param("visits", made).update();
            return made;
        });
        log.info("演示数据：{} 一年的走访记录已生成（{} ms）", town, (System.nanoTime() - started) / 1_000_000);
        return written;
    }

    private int generate(Scope scope) {
        if (!jdbc.sql("select exists (select 1 from visits.household h where " + scope.where("h.territory_code", "h.county") + ")")
                .params(scope.params()).query(Boolean.class).single()) {
            projection.refresh(town);
        }
        List<Household> households = households(scope);
        List<Visit> visits = VisitYearPlan.visits(households, seed, clock.instant());
        Map<String, String> workers = new HashMap<>();
        territory.children(town, null, 1000).forEach(village -> territory.grids(village.code(), Scope.of(village.code()))
                .forEach(g -> workers.put(g.code(), g.workerName() == null ? g.name() + "网格员" : g.workerName())));
        Map<Long, String> chiefs = chiefs(scope);
        long worker = account("wangge");
        long staff = account("shequ");
        StringBuilder rows = new StringBuilder(visits.size() * 96);
        for (Visit v : visits) {
            String name = switch (v.visitor()) {
                case WORKER -> workers.getOrDefault(v.grid(), "网格员");
                case CHIEF -> chiefs.getOrDefault(v.householdId(), "户长");
                case STAFF -> "村(社区)两委";
            };
            rows.append(County.of(v.grid())).append('\t').append(v.householdId()).append('\t').append(v.grid())
                    .append('\t').append(v.kind()).append('\t').append(v.visitor() == VisitYearPlan.Visitor.STAFF ? staff : worker)
                    .append('\t').append(name).append('\t').append(OffsetDateTime.ofInstant(v.at(), ZoneOffset.UTC))
                    .append('\t').append(v.visitor() == VisitYearPlan.Visitor.CHIEF ? "" : "生活情况良好，无新增诉求")
                    .append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy visits.visit (county, household_id, "
                    + "territory_code, kind, visitor_id, visitor_name, visited_at, found) from stdin", new StringReader(rows.toString()));
        } catch (Exception e) {
            throw new IllegalStateException("演示走访记录写入失败", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        jdbc.sql("""
                update visits.care_plan p set last_visited_on = last.day, next_due_on = last.day + p.visit_every_days,
                    updated_at = now()
                from (select v.county, v.household_id, max((v.visited_at at time zone 'Asia/Shanghai')::date) as day
                      from visits.visit v where %s group by v.county, v.household_id) last
                where p.household_id = last.household_id and p.county = last.county and p.status = 'ACTIVE'
                """.formatted(scope.where("v.territory_code", "v.county"))).params(scope.params()).update();
        log.info("演示数据：{} 户，{} 次走访", households.size(), visits.size());
        return visits.size();
    }

    /** The town's households with their care frequency: the plan's, else the shortest of their tags', else a month. */
    private List<Household> households(Scope scope) {
        return jdbc.sql("""
                select h.id, h.territory_code,
                       coalesce(p.visit_every_days,
                                (select min(f.visit_every_days) from visits.care_frequency f
                                 where f.county = h.county and f.tag = any (h.care_tags)),
                                case when cardinality(h.care_tags) > 0 then :every else 0 end) as every_days
                from visits.household h
                left join visits.care_plan p on p.household_id = h.id and p.county = h.county and p.status = 'ACTIVE'
                where %s order by h.id
                """.formatted(scope.where("h.territory_code", "h.county"))).params(scope.params()).param("every", DEFAULT_EVERY_DAYS)
                .query((rs, n) -> new Household(rs.getLong(1), rs.getString(2), rs.getInt(3))).list();
    }

    /** Each household's 户长 where an active assignment names one. */
    private Map<Long, String> chiefs(Scope scope) {
        Map<Long, String> chiefs = new HashMap<>();
        jdbc.sql("select a.household_id, max(a.holder_name) from visits.assignment a where a.level = 'HOUSEHOLD' and "
                        + scope.where("a.territory_code", "a.county") + " group by a.household_id")
                .params(scope.params()).query(rs -> {
                    chiefs.put(rs.getLong(1), rs.getString(2));
                });
        return chiefs;
    }

    private long account(String username) {
        return identity.findByUsername(username).map(CurrentUser::id).orElse(0L);
    }
}
