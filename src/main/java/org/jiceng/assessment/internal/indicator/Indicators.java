package org.jiceng.assessment.internal.indicator;

import static org.jiceng.Action.MANAGE;
import static org.jiceng.Action.READ;
import static org.jiceng.Resource.INDICATOR;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators a county defines. A definition is county-wide: it is managed by the county (MANAGE at the county's
 * code) and read by everyone the policy lets read indicators anywhere in that county, since each of them is
 * assessed by it.
 */
@Service
public class Indicators {

    private final JdbcClient jdbc;

    Indicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counties whose indicators the person reads: the first six digits of their INDICATOR READ territory. */
    public static Set<String> counties(CurrentUser user, org.jiceng.Action action) {
        Set<String> counties = new LinkedHashSet<>();
        AccessPolicy.scope(user, INDICATOR, action).prefixes().forEach(p -> {
            if (p.length() >= 6) {
                counties.add(p.substring(0, 6));
            }
        });
        return counties;
    }

    public List<IndicatorView> list(CurrentUser user, String level, boolean activeOnly) {
        Set<String> counties = counties(user, READ);
        if (counties.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from assessment.indicator where county in (:counties)"
                        + (level == null ? "" : " and level = :level") + (activeOnly ? " and active" : "")
                        + " order by level, id")
                .param("counties", counties).param("level", level == null ? "" : level).query(Indicators::row).list();
    }

    /** Every active indicator of a county at a level, for the scorecards (the caller has checked the reader). */
    public List<IndicatorView> active(String county, String level) {
        return jdbc.sql("select * from assessment.indicator where county = :county and level = :level and active order by id")
                .param("county", county).param("level", level).query(Indicators::row).list();
    }

    public Optional<IndicatorView> find(String county, long id) {
        return jdbc.sql("select * from assessment.indicator where county = :county and id = :id")
                .param("county", county).param("id", id).query(Indicators::row).optional();
    }

    public IndicatorView get(CurrentUser user, long id) {
        return jdbc.sql("select * from assessment.indicator where id = :id").param("id", id).query(Indicators::row)
                .optional().filter(i -> counties(user, READ).contains(i.county()))
                .orElseThrow(() -> new NotFoundException("没有找到该考核指标"));
    }

    @Transactional
    public IndicatorView create(CurrentUser user, IndicatorRequest request) {
        String county = managedCounty(user);
        Checked c = check(request);
        long id = jdbc.sql("""
                        insert into assessment.indicator (county, name, source, level, period, direction, target, weight,
                            unit, note, active, created_by)
                        values (:county, :name, :source, :level, :period, :direction, :target, :weight, :unit, :note,
                            :active, :by) returning id""")
                .param("county", county).param("name", c.name).param("source", c.source.name())
                .param("level", c.level).param("period", c.period).param("direction", c.direction)
                .param("target", c.target).param("weight", c.weight).param("unit", c.unit).param("note", c.note)
                .param("active", request.active() == null || request.active()).param("by", user.id())
                .query(Long.class).single();
        return find(county, id).orElseThrow();
    }

    @Transactional
    public IndicatorView update(CurrentUser user, long id, IndicatorRequest request) {
        IndicatorView old = get(user, id);
        AccessPolicy.check(user, INDICATOR, MANAGE, Target.at(old.county()));
        if (request.version() == null) {
            throw new BadInputException("version", "请提供版本号 version，以免覆盖他人的修改");
        }
        Checked c = check(request);
        int changed = jdbc.sql("""
                        update assessment.indicator set name = :name, source = :source, level = :level, period = :period,
                            direction = :direction, target = :target, weight = :weight, unit = :unit, note = :note,
                            active = :active, version = version + 1
                        where county = :county and id = :id and version = :version""")
                .param("name", c.name).param("source", c.source.name()).param("level", c.level)
                .param("period", c.period).param("direction", c.direction).param("target", c.target)
                .param("weight", c.weight).param("unit", c.unit).param("note", c.note)
                .param("active", request.active() == null ? old.active() : request.active())
                .param("county", old.county()).param("id", id).param("version", request.version()).update();
        if (changed == 0) {
            throw new ConflictException("该指标已被他人修改，请刷新后再改");
        }
        return find(old.county(), id).orElseThrow();
    }

    /** The county the person manages indicators of: a county administrator's own county. */
    public static String managedCounty(CurrentUser user) {
        return AccessPolicy.scope(user, INDICATOR, MANAGE).prefixes().stream().filter(p -> p.length() == 6)
                .findFirst().orElseThrow(() -> AccessPolicy.refusal(INDICATOR, MANAGE));
    }

    private record Checked(String name, Source source, String level, String period, String direction,
                           BigDecimal target, int weight, String unit, String note) {
    }

    private static Checked check(IndicatorRequest r) {
        String name = Input.text(r.name(), "name", "指标名称", 1, 60);
        Source source = Input.oneOf(Source.class, r.source(), "source", "数据来源", Source::label, null);
        String level = choice(r.level(), "level", "考核对象", "TOWN", "VILLAGE", "PARTY_ORG");
        String period = choice(r.period(), "period", "考核周期", "MONTH", "QUARTER", "YEAR");
        String direction = choice(r.direction() == null ? "HIGHER" : r.direction(), "direction", "方向", "HIGHER", "LOWER");
        if (r.target() == null || r.target().isBlank()) {
            throw new BadInputException("target", "请填写目标值");
        }
        BigDecimal target;
        try {
            target = new BigDecimal(r.target().strip());
        } catch (NumberFormatException e) {
            throw new BadInputException("target", "目标值须为数字，例如 95 或 12.5");
        }
        if (target.signum() < 0 || target.scale() > 4 || target.compareTo(new BigDecimal("100000000000000")) >= 0) {
            throw new BadInputException("target", "目标值须为不小于 0 的数，最多四位小数");
        }
        if (r.weight() == null || r.weight() < 1 || r.weight() > 1000) {
            throw new BadInputException("weight", "权重须为 1 到 1000 的整数");
        }
        String unit = r.unit() == null || r.unit().isBlank() ? source.unit() : Input.text(r.unit(), "unit", "单位", 1, 10);
        String note = Input.optionalText(r.note(), "note", "说明", 500);
        return new Checked(name, source, level, period, direction, plain(target), r.weight(), unit,
                note == null ? "" : note);
    }

    private static String choice(String value, String field, String label, String... allowed) {
        if (value != null) {
            for (String a : allowed) {
                if (a.equals(value.strip().toUpperCase())) {
                    return a;
                }
            }
        }
        throw new BadInputException(field, label + "须为 " + String.join("、", allowed) + " 之一");
    }

    /** 95.0000 as 95, 12.5000 as 12.5. */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static IndicatorView row(ResultSet rs, int n) throws SQLException {
        Source source = Source.valueOf(rs.getString("source"));
        return new IndicatorView(rs.getLong("id"), rs.getString("county"), rs.getString("name"), source, source.label(),
                source.formula(), rs.getString("level"), rs.getString("period"), rs.getString("direction"),
                plain(rs.getBigDecimal("target")),
                rs.getInt("weight"), rs.getString("unit"), rs.getString("note"), rs.getBoolean("active"),
                rs.getInt("version"));
    }
}
