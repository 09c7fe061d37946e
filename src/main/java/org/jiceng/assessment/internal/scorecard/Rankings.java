package org.jiceng.assessment.internal.scorecard;

import static org.jiceng.Action.READ;
import static org.jiceng.Resource.SCORECARD;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.platform.ReadsReplica;
import org.springframework.stereotype.Service;

/**
 * 赛道比拼: a quarter's ranking of the places one level under a territory (a county's towns; a town's villages; or,
 * asked, a county's villages), on one track's indicators of that level. Ranked by total, highest first, equal totals
 * sharing a rank (1, 1, 3); and by progress over the quarter before, so improvement is ranked too.
 */
@Service
@ReadsReplica
public class Rankings {

    private final Scorecards scorecards;
    private final Subjects subjects;
    private final Tracks tracks;
    private final QuarterClose quarters;

    Rankings(Scorecards scorecards, Subjects subjects, Tracks tracks, QuarterClose quarters) {
        this.scorecards = scorecards;
        this.subjects = subjects;
        this.tracks = tracks;
        this.quarters = quarters;
    }

    public RankingView ranking(CurrentUser user, Long trackId, String quarterText, String territoryText,
                               String levelText, Action action) {
        String territory = territoryText == null || territoryText.isBlank()
                ? AccessPolicy.scope(user, SCORECARD, READ).prefixes().stream().findFirst().orElse("")
                : territoryText.strip();
        if (!territory.matches("[0-9]{6}|[0-9]{9}")) {
            throw new BadInputException("territory", "排名须针对县（6 位代码）或乡镇(街道)（9 位代码）");
        }
        if (!AccessPolicy.allows(user, SCORECARD, action, Target.at(territory))) {
            throw new NotFoundException("没有找到该区域的排名");
        }
        String level = level(levelText, territory);
        Period quarter = scorecards.period(quarterText);
        if (quarter.kind() != Period.Kind.QUARTER) {
            throw new BadInputException("quarter", "赛道排名按季度进行，quarter 须为季度，例如 2026-Q3");
        }
        Tracks.TrackView track = trackId == null ? null : tracks.get(user, trackId);
        Set<Long> ids = null;
        if (track != null) {
            ids = new HashSet<>();
            for (Tracks.Member m : track.indicators()) {
                if (m.level().equals(level)) {
                    ids.add(m.id());
                }
            }
        }
        return rank(track, quarter, territory, level, ids);
    }

    private RankingView rank(Tracks.TrackView track, Period quarter, String territory, String level, Set<Long> ids) {
        List<Subjects.Subject> places = subjects.under(territory, level.equals("VILLAGE"));
        Map<String, Ratio> now = new HashMap<>();
        Map<String, Ratio> before = new HashMap<>();
        for (Subjects.Subject place : places) {
            now.put(place.code(), Scorecards.total(scorecards.card(place, quarter), ids));
            before.put(place.code(), Scorecards.total(scorecards.card(place, quarter.previous()), ids));
        }
        Map<String, Ratio> progress = new HashMap<>();
        places.forEach(p -> progress.put(p.code(), ScoreRule.progress(now.get(p.code()), before.get(p.code()))));
        Map<String, Integer> ranks = ranks(now);
        Map<String, Integer> progressRanks = ranks(progress);
        List<RankingView.Row> rows = new ArrayList<>();
        for (Subjects.Subject p : places) {
            Ratio t = now.get(p.code());
            Ratio b = before.get(p.code());
            Ratio g = progress.get(p.code());
            rows.add(new RankingView.Row(ranks.get(p.code()), p.code(), p.name(), t == null ? null : t.rounded(2),
                    t == null ? null : t.exact(), b == null ? null : b.rounded(2), g == null ? null : g.rounded(2),
                    g == null ? null : g.exact(), progressRanks.get(p.code()),
                    "/assessment/scores/scorecards/" + p.code() + "?period=" + quarter));
        }
        rows.sort(Comparator.comparing((RankingView.Row r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
                .thenComparing(RankingView.Row::subject));
        String county = territory.substring(0, 6);
        return new RankingView(track == null ? null : track.id(), track == null ? "综合" : track.name(),
                quarter.toString(), quarter.label(), quarter.previous().toString(), territory,
                subjects.name(territory), level, quarters.closed(county, quarter.toString()), rows,
                List.of(ScoreRule.HIGHER_TEXT, ScoreRule.LOWER_TEXT, ScoreRule.TOTAL_TEXT, ScoreRule.PROGRESS_TEXT,
                        "排名：按综合得分从高到低，得分相同者名次相同", ScoreRule.ROUNDING_TEXT));
    }

    /** Competition ranking (1, 1, 3) of the non-null values, highest first. */
    static Map<String, Integer> ranks(Map<String, Ratio> values) {
        List<Map.Entry<String, Ratio>> ranked = values.entrySet().stream().filter(e -> e.getValue() != null)
                .sorted(Map.Entry.<String, Ratio>comparingByValue().reversed()).toList();
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            boolean tie = i > 0 && ranked.get(i).getValue().equals(ranked.get(i - 1).getValue());
            ranks.put(ranked.get(i).getKey(), tie ? ranks.get(ranked.get(i - 1).getKey()) : i + 1);
        }
        return ranks;
    }

    private static String level(String text, String territory) {
        if (text == null || text.isBlank()) {
            return territory.length() == 6 ? "TOWN" : "VILLAGE";
        }
        String level = text.strip().toUpperCase();
        if (level.equals("VILLAGE") || level.equals("TOWN") && territory.length() == 6) {
            return level;
        }
        throw new BadInputException("level", "level 须为 town（乡镇，仅限县）或 village（村社区）");
    }
}
