package org.jiceng.cases.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.cases.CaseLevel;
import org.jiceng.territory.TerritoryApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routing (DESIGN §4): category × territory → the level that handles a new case and, when a rule names one, the
 * unit suggested for the whistle. The most specific rule wins: the longer category prefix first, then the
 * longer territory prefix. Without a rule the village of the grid handles it. Rules are few; they are kept in
 * memory and reread when changed here or, for other nodes, every minute.
 */
@Service
public class RoutingService {

    public record Rule(long id, String categoryPrefix, String territoryPrefix, CaseLevel level, Long unitId, String note) {
    }

    public record Route(CaseLevel level, Long unitId) {
    }

    private static final Route DEFAULT = new Route(CaseLevel.VILLAGE, null);

    private final JdbcClient jdbc;
    private final TerritoryApi territory;
    private final AtomicReference<List<Rule>> rules = new AtomicReference<>();

    RoutingService(JdbcClient jdbc, TerritoryApi territory) {
        this.jdbc = jdbc;
        this.territory = territory;
    }

    public Route route(String categoryCode, String territoryCode) {
        List<Rule> all = rules.get();
        if (all == null) {
            all = reload();
        }
        return all.stream()
                .filter(r -> categoryCode.startsWith(r.categoryPrefix()) && territoryCode.startsWith(r.territoryPrefix()))
                .max(Comparator.comparingInt((Rule r) -> r.categoryPrefix().length())
                        .thenComparingInt(r -> r.territoryPrefix().length()))
                .map(r -> new Route(r.level(), r.unitId())).orElse(DEFAULT);
    }

    public List<Rule> rules(CurrentUser user) {
        // reference data every account reads (the policy's SIGNED_IN row), shown for the person's own territory
        return rules().stream().filter(r -> user.scope().covers(r.territoryPrefix())).toList();
    }

    @Transactional
    public Rule add(CurrentUser user, String categoryPrefix, String territoryPrefix, String level, Long unitId, String note) {
        requireAdmin(user);
        String category = categoryPrefix == null ? "" : categoryPrefix.strip();
        if (!category.matches("([0-9]{2}){0,2}")) {
            throw new BadInputException("分类前缀 categoryPrefix 须为空（全部分类）、2 位大类或 4 位小类代码");
        }
        String place = territoryPrefix == null ? "" : territoryPrefix.strip();
        if (!place.matches("[0-9]{6}([0-9]{3}){0,3}")
                || !CaseAccess.scope(user, org.jiceng.Resource.CASE_CONFIG, org.jiceng.Action.UPDATE).covers(place)) {
            throw new BadInputException("区划前缀 territoryPrefix 须为您辖区内的 6、9、12 或 15 位代码");
        }
        CaseLevel handling;
        try {
            handling = CaseLevel.valueOf(level == null ? "" : level.strip());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("办理层级 level 须为 GRID（网格）、VILLAGE（村）、TOWN（乡镇）或 COUNTY（县）");
        }
        if (unitId != null && territory.unit(unitId).isEmpty()) {
            throw new BadInputException("部门 " + unitId + " 不存在（见 GET /api/v1/units）");
        }
        if (jdbc.sql("select count(*) from cases.routing_rule where category_prefix = :c and territory_prefix = :t")
                .param("c", category).param("t", place).query(Integer.class).single() > 0) {
            throw new org.jiceng.ConflictException("同一分类和区划的规则已存在，请先删除旧规则");
        }
        long id = jdbc.sql("""
                        insert into cases.routing_rule (category_prefix, territory_prefix, level, unit_id, note)
                        values (:c, :t, :level, :unit, :note) returning id""")
                .param("c", category).param("t", place).param("level", handling.name()).param("unit", unitId)
                .param("note", note).query(Long.class).single();
        reload();
        return new Rule(id, category, place, handling, unitId, note);
    }

    @Transactional
    public void remove(CurrentUser user, long id) {
        requireAdmin(user);
        Optional<Rule> rule = rules().stream().filter(r -> r.id() == id && user.scope().covers(r.territoryPrefix())).findFirst();
        if (rule.isEmpty()) {
            throw new NotFoundException("规则 " + id + " 不存在或不在您的辖区内");
        }
        jdbc.sql("delete from cases.routing_rule where id = :id").param("id", id).update();
        reload();
    }

    // refreshes this node's copy of the rules: every node runs it, so it takes no scheduler lock
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    List<Rule> reload() {
        List<Rule> loaded = jdbc.sql("select id, category_prefix, territory_prefix, level, unit_id, note from cases.routing_rule order by id")
                .query((rs, n) -> new Rule(rs.getLong("id"), rs.getString("category_prefix"), rs.getString("territory_prefix"),
                        CaseLevel.valueOf(rs.getString("level")), (Long) rs.getObject("unit_id"), rs.getString("note")))
                .list();
        rules.set(loaded);
        return loaded;
    }

    private List<Rule> rules() {
        List<Rule> all = rules.get();
        return all == null ? reload() : all;
    }

    private static void requireAdmin(CurrentUser user) {
        CaseAccess.require(user, org.jiceng.Resource.CASE_CONFIG, org.jiceng.Action.UPDATE);
    }
}
