package org.jiceng.dispatch.internal;

import java.time.Clock;
import java.util.Optional;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A town's automatic dispatch: on or off, and the confidence (per mille, a whole number) the model's top unit must
 * reach; with how its automatic routes fared (a later lead unit other than the model's is a correction).
 */
@Service
public class AutoRouteSettings {

    static final int DEFAULT_THRESHOLD = 900;

    public record Setting(String townCode, boolean enabled, int thresholdPermille, int version, long automatic,
                          long corrected, long right, String rightShare, long categorised, long categoryCorrected) {
    }

    record Stored(boolean enabled, int thresholdPermille, int version) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AutoRouteSettings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Setting get(CurrentUser user, String townCode) {
        checked(user, townCode, Action.READ);
        return view(townCode, stored(townCode).orElse(new Stored(false, DEFAULT_THRESHOLD, 0)));
    }

    @Transactional
    public Setting put(CurrentUser user, String townCode, Boolean enabled, Integer threshold, Integer version) {
        checked(user, townCode, Action.MANAGE);
        if (enabled == null) {
            throw new BadInputException("enabled", "请选择是否开启智能自动分派");
        }
        if (threshold == null || threshold < 0 || threshold > 1000) {
            throw new BadInputException("thresholdPermille", "置信度门槛须为 0 到 1000 之间的整数（千分比）");
        }
        Optional<Stored> now = stored(townCode);
        if (version != null && version != now.map(Stored::version).orElse(0)) {
            throw new ConflictException("该设置已被他人修改，请刷新后再试");
        }
        jdbc.sql("""
                insert into dispatch.auto_setting (county, town_code, enabled, threshold_permille, version, updated_at, updated_by)
                values (:county, :town, :enabled, :threshold, 0, :at, :by)
                on conflict (county, town_code) do update set enabled = excluded.enabled,
                    threshold_permille = excluded.threshold_permille, version = auto_setting.version + 1,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .param("county", townCode.substring(0, 6)).param("town", townCode).param("enabled", enabled)
                .param("threshold", threshold).param("at", java.sql.Timestamp.from(clock.instant()))
                .param("by", user.username()).update();
        return view(townCode, stored(townCode).orElseThrow());
    }

    /** The setting of a town, or empty when it never chose (then nothing is dispatched automatically). */
    Optional<Stored> stored(String townCode) {
        return jdbc.sql("""
                select enabled, threshold_permille, version from dispatch.auto_setting
                where county = :county and town_code = :town""")
                .param("county", townCode.substring(0, 6)).param("town", townCode)
                .query((rs, n) -> new Stored(rs.getBoolean(1), rs.getInt(2), rs.getInt(3))).optional();
    }

    private Setting view(String townCode, Stored s) {
        long[] counts = jdbc.sql("""
                select count(*), count(*) filter (where current_unit_id is distinct from unit_id),
                       count(category_code),
                       count(*) filter (where category_code is not null and current_category_code is distinct from category_code)
                from dispatch.auto_route where county = :county and town_code = :town""")
                .param("county", townCode.substring(0, 6)).param("town", townCode)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).single();
        long right = counts[0] - counts[1];
        return new Setting(townCode, s.enabled(), s.thresholdPermille(), s.version(), counts[0], counts[1], right,
                counts[0] == 0 ? "—" : ModelReport.share(right, counts[0]), counts[2], counts[3]);
    }

    private static void checked(CurrentUser user, String townCode, Action action) {
        if (townCode == null || !townCode.matches("[0-9]{9}")) {
            throw new NotFoundException("没有这个乡镇（街道）");
        }
        AccessPolicy.check(user, Resource.DISPATCH_MODEL, action, AccessPolicy.Target.at(townCode));
    }
}
