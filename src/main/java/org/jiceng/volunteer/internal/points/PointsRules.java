package org.jiceng.volunteer.internal.points;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The points rules: a county's versions and a community's, the community's latest overriding the county's. A county
 * that never wrote one counts by {@link #DEFAULT} (version 1, written the first time it is needed), so every entry
 * names a version that exists.
 */
@Service
public class PointsRules {

    /** What a new version states. */
    public record NewRule(String territoryCode, Integer perHour, Integer partyPerHour, List<RuleView.Deed> deeds,
                          String note) {
    }

    static final NewRule DEFAULT = new NewRule(null, 10, 10, List.of(
            new RuleView.Deed("垃圾分类", 5, 10), new RuleView.Deed("文明劝导", 5, 10),
            new RuleView.Deed("邻里互助", 10, 20), new RuleView.Deed("环境整治", 10, 20)),
            "默认规则：志愿服务每小时 10 分，双报到每小时 10 分");

    private final JdbcClient jdbc;

    PointsRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version that counts in a community now: its own latest, else its county's (the default if none). */
    @Transactional
    public RuleView effective(String communityCode) {
        return latest(communityCode).or(() -> latest(communityCode.substring(0, 6)))
                .orElseGet(() -> writeDefault(communityCode.substring(0, 6)));
    }

    /** The effective rule of a place the user may read the rules of: a community, or a county. */
    @Transactional
    public RuleView effective(CurrentUser user, String territoryCode) {
        checkRead(user, territoryCode);
        checkPlace(territoryCode);
        return territoryCode.length() == 12 ? effective(territoryCode)
                : latest(territoryCode).orElseGet(() -> writeDefault(territoryCode));
    }

    /** Every version of a place and of its county, newest first. */
    public List<RuleView> history(CurrentUser user, String territoryCode) {
        checkRead(user, territoryCode);
        checkPlace(territoryCode);
        return jdbc.sql(SELECT + " where county = :county and territory_code in (:code, :county) order by id desc limit 100")
                .param("county", territoryCode.substring(0, 6)).param("code", territoryCode)
                .query(this::map).list();
    }

    public RuleView get(CurrentUser user, long id) {
        RuleView rule = jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::map).optional()
                .filter(r -> mayRead(user, r.territoryCode()))
                .orElseThrow(() -> new NotFoundException("积分规则 " + id + " 不存在"));
        return rule;
    }

    /** Writes the next version of a place's rule; past entries keep the version they were counted by. */
    @Transactional
    public RuleView publish(CurrentUser user, NewRule rule) {
        String code = rule.territoryCode() == null ? "" : rule.territoryCode().strip();
        checkPlace(code);
        AccessPolicy.check(user, Resource.POINTS_RULE, Action.MANAGE, AccessPolicy.Target.at(code));
        validate(rule);
        return insert(code, rule, user.id());
    }

    /**
     * A place's rule is read where the policy lets the person read rules; a county's rule, which counts in every
     * community of the county without one of its own, also by whoever reads the rules of a place in that county.
     */
    static boolean mayRead(CurrentUser user, String code) {
        return AccessPolicy.allows(user, Resource.POINTS_RULE, Action.READ, AccessPolicy.Target.at(code))
                || code.length() == 6 && AccessPolicy.mayAtAll(user, Resource.POINTS_RULE, Action.READ)
                && user.grants().stream().anyMatch(g -> g.territoryCode().startsWith(code));
    }

    private static void checkRead(CurrentUser user, String code) {
        if (code != null && !mayRead(user, code)) {
            AccessPolicy.check(user, Resource.POINTS_RULE, Action.READ, AccessPolicy.Target.at(code));
        }
    }

    private static void checkPlace(String code) {
        if (code == null || !code.matches("[0-9]{6}|[0-9]{12}")) {
            throw new BadInputException("territoryCode", "积分规则只能定在县（6 位代码）或村（社区）（12 位代码）");
        }
    }

    static void validate(NewRule rule) {
        if (rule.perHour() == null || rule.perHour() < 0 || rule.perHour() > 1000) {
            throw new BadInputException("perHour", "每小时积分须在 0 到 1000 之间");
        }
        if (rule.partyPerHour() == null || rule.partyPerHour() < 0 || rule.partyPerHour() > 1000) {
            throw new BadInputException("partyPerHour", "双报到每小时积分须在 0 到 1000 之间");
        }
        if (rule.note() != null && rule.note().length() > 200) {
            throw new BadInputException("note", "说明不能超过 200 字");
        }
        Set<String> kinds = new LinkedHashSet<>();
        List<RuleView.Deed> deeds = rule.deeds() == null ? List.of() : rule.deeds();
        if (deeds.size() > 30) {
            throw new BadInputException("deeds", "好人好事的种类不能超过 30 种");
        }
        for (int i = 0; i < deeds.size(); i++) {
            RuleView.Deed d = deeds.get(i);
            String field = "deeds[" + i + "]";
            if (d == null || d.kind() == null || d.kind().isBlank() || d.kind().strip().length() > 20) {
                throw new BadInputException(field + ".kind", "第 " + (i + 1) + " 种好人好事须有名称（20 字以内）");
            }
            if (!kinds.add(d.kind().strip())) {
                throw new BadInputException(field + ".kind", "好人好事“" + d.kind().strip() + "”写了两次");
            }
            if (d.points() < 1 || d.points() > 1000) {
                throw new BadInputException(field + ".points", "“" + d.kind().strip() + "”的积分须在 1 到 1000 之间");
            }
            if (d.dailyCap() < d.points() || d.dailyCap() > 10000) {
                throw new BadInputException(field + ".dailyCap", "“" + d.kind().strip() + "”的每日上限须不少于一次的积分，且不超过 10000");
            }
        }
    }

    private Optional<RuleView> latest(String code) {
        return jdbc.sql(SELECT + " where county = :county and territory_code = :code order by version desc limit 1")
                .param("county", code.substring(0, 6)).param("code", code).query(this::map).optional();
    }

    private RuleView writeDefault(String county) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('volunteer.points_rule.' || :county))").param("county", county)
                .query((rs, n) -> 1).single();
        return latest(county).orElseGet(() -> insert(county, DEFAULT, null));
    }

    private RuleView insert(String code, NewRule rule, Long by) {
        String county = code.substring(0, 6);
        // the version is decided under a lock of the place, so two staff publishing at once get 2 and 3, not a clash
        jdbc.sql("select pg_advisory_xact_lock(hashtext('volunteer.points_rule.' || :code))").param("code", code)
                .query((rs, n) -> 1).single();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from volunteer.points_rule where county = :county and territory_code = :code")
                .param("county", county).param("code", code).query(Integer.class).single();
        long id = jdbc.sql("""
                        insert into volunteer.points_rule (county, territory_code, version, per_hour, party_per_hour, note, created_by)
                        values (:county, :code, :version, :perHour, :partyPerHour, :note, :by) returning id""")
                .param("county", county).param("code", code).param("version", version)
                .param("perHour", rule.perHour()).param("partyPerHour", rule.partyPerHour())
                .param("note", rule.note() == null ? "" : rule.note().strip()).param("by", by)
                .query(Long.class).single();
        for (RuleView.Deed d : rule.deeds() == null ? List.<RuleView.Deed>of() : rule.deeds()) {
            jdbc.sql("insert into volunteer.points_rule_deed (rule_id, county, kind, points, daily_cap) values (:id, :county, :kind, :points, :cap)")
                    .param("id", id).param("county", county).param("kind", d.kind().strip()).param("points", d.points())
                    .param("cap", d.dailyCap()).update();
        }
        return jdbc.sql(SELECT + " where id = :id and county = :county").param("id", id).param("county", county)
                .query(this::map).single();
    }

    private static final String SELECT = """
            select id, county, territory_code, version, per_hour, party_per_hour, note, created_at from volunteer.points_rule
            """;

    private RuleView map(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        String county = rs.getString("county");
        List<RuleView.Deed> deeds = new ArrayList<>(jdbc.sql("""
                        select kind, points, daily_cap from volunteer.points_rule_deed
                        where rule_id = :id and county = :county order by points, kind""")
                .param("id", id).param("county", county)
                .query((r, i) -> new RuleView.Deed(r.getString(1), r.getInt(2), r.getInt(3))).list());
        return new RuleView(id, county, rs.getString("territory_code"), rs.getInt("version"), rs.getInt("per_hour"),
                rs.getInt("party_per_hour"), List.copyOf(deeds), rs.getString("note"),
                rs.getObject("created_at", java.time.OffsetDateTime.class));
    }
}
