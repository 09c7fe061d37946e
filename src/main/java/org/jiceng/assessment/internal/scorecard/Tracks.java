package org.jiceng.assessment.internal.scorecard;

import static org.jiceng.Action.MANAGE;
import static org.jiceng.Action.READ;
import static org.jiceng.Resource.INDICATOR;

import java.util.ArrayList;
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
import org.jiceng.assessment.internal.indicator.Indicators;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 赛道 (seed 001's 12 tracks: 基层党建, 乡村振兴, 平安建设 …): a county's named groups of indicators, each ranked on its
 * own. Managed with the indicators (MANAGE INDICATOR) and read by whoever reads them.
 */
@Service
public class Tracks {

    public record TrackView(long id, String county, String name, String description, List<Member> indicators,
                            int version) {
    }

    public record Member(long id, String name, String level) {
    }

    public record TrackRequest(String name, String description, List<Long> indicatorIds, Integer version) {
    }

    private final JdbcClient jdbc;
    private final Indicators indicators;

    Tracks(JdbcClient jdbc, Indicators indicators) {
        this.jdbc = jdbc;
        this.indicators = indicators;
    }

    public List<TrackView> list(CurrentUser user) {
        Set<String> counties = Indicators.counties(user, READ);
        if (counties.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from assessment.track where county in (:counties) order by id")
                .param("counties", counties).query((rs, n) -> new long[]{rs.getLong("id")}).list().stream()
                .map(id -> find(id[0]).orElseThrow()).toList();
    }

    public TrackView get(CurrentUser user, long id) {
        return find(id).filter(t -> Indicators.counties(user, READ).contains(t.county()))
                .orElseThrow(() -> new NotFoundException("没有找到该赛道"));
    }

    public Optional<TrackView> find(long id) {
        return jdbc.sql("select * from assessment.track where id = :id").param("id", id)
                .query((rs, n) -> new TrackView(rs.getLong("id"), rs.getString("county"), rs.getString("name"),
                        rs.getString("description"), members(rs.getString("county"), rs.getLong("id")),
                        rs.getInt("version"))).optional();
    }

    @Transactional
    public TrackView create(CurrentUser user, TrackRequest request) {
        String county = Indicators.managedCounty(user);
        String name = Input.text(request.name(), "name", "赛道名称", 1, 40);
        String description = Input.optionalText(request.description(), "description", "说明", 500);
        List<Long> ids = checkedIndicators(county, request.indicatorIds());
        long id;
        try {
            id = jdbc.sql("insert into assessment.track (county, name, description) values (:county, :name, :d) returning id")
                    .param("county", county).param("name", name).param("d", description == null ? "" : description)
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("本县已有名为“" + name + "”的赛道");
        }
        setMembers(county, id, ids);
        return find(id).orElseThrow();
    }

    @Transactional
    public TrackView update(CurrentUser user, long id, TrackRequest request) {
        TrackView old = get(user, id);
        AccessPolicy.check(user, INDICATOR, MANAGE, Target.at(old.county()));
        if (request.version() == null) {
            throw new BadInputException("version", "请提供版本号 version，以免覆盖他人的修改");
        }
        String name = Input.text(request.name(), "name", "赛道名称", 1, 40);
        String description = Input.optionalText(request.description(), "description", "说明", 500);
        List<Long> ids = checkedIndicators(old.county(), request.indicatorIds());
        int changed;
        try {
            changed = jdbc.sql("""
                            update assessment.track set name = :name, description = :d, version = version + 1
                            where county = :county and id = :id and version = :version""")
                    .param("name", name).param("d", description == null ? "" : description)
                    .param("county", old.county()).param("id", id).param("version", request.version()).update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("本县已有名为“" + name + "”的赛道");
        }
        if (changed == 0) {
            throw new ConflictException("该赛道已被他人修改，请刷新后再改");
        }
        jdbc.sql("delete from assessment.track_indicator where county = :county and track_id = :id")
                .param("county", old.county()).param("id", id).update();
        setMembers(old.county(), id, ids);
        return find(id).orElseThrow();
    }

    private List<Long> checkedIndicators(String county, List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new BadInputException("indicatorIds", "请为赛道选择至少一项指标");
        }
        List<Long> checked = new ArrayList<>(new LinkedHashSet<>(ids));
        for (Long id : checked) {
            if (id == null || indicators.find(county, id).isEmpty()) {
                throw new BadInputException("indicatorIds", "本县没有编号为 " + id + " 的指标");
            }
        }
        return checked;
    }

    private void setMembers(String county, long track, List<Long> ids) {
        for (long indicator : ids) {
            jdbc.sql("insert into assessment.track_indicator (county, track_id, indicator_id) values (:county, :track, :indicator)")
                    .param("county", county).param("track", track).param("indicator", indicator).update();
        }
    }

    private List<Member> members(String county, long track) {
        return jdbc.sql("""
                        select i.id, i.name, i.level from assessment.track_indicator t
                        join assessment.indicator i on i.id = t.indicator_id and i.county = t.county
                        where t.county = :county and t.track_id = :track order by i.id""")
                .param("county", county).param("track", track)
                .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }
}
