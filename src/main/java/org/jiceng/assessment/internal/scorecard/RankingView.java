package org.jiceng.assessment.internal.scorecard;

import java.math.BigDecimal;
import java.util.List;

/**
 * A quarter's ranking of the towns of a county or the villages of a town (or county) on one track (or on all their
 * indicators when {@code trackId} is null): each place's total and rank, last quarter's total, and the progress
 * score with its own rank, so a weak place that improves is seen. {@code frozen}: the quarter is closed.
 */
public record RankingView(Long trackId, String trackName, String quarter, String quarterLabel, String previousQuarter,
                          String territory, String territoryName, String level, boolean frozen, List<Row> rows,
                          List<String> rules) {

    /** {@code rank}/{@code progressRank} null when there is no total (or no progress) to rank. */
    public record Row(Integer rank, String subject, String name, BigDecimal total, String totalExact,
                      BigDecimal previousTotal, BigDecimal progress, String progressExact, Integer progressRank,
                      String href) {
    }

    public RankingView {
        rows = List.copyOf(rows);
        rules = List.copyOf(rules);
    }

    public String levelLabel() {
        return level.equals("TOWN") ? "乡镇(街道)" : "村(社区)";
    }

    public String title() {
        return territoryName + " " + quarterLabel + " " + trackName + " " + levelLabel() + "排名";
    }
}
