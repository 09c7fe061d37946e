package org.jiceng.analytics.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * 小事不出网格、大事不出村、难事不出乡: of the cases located in a territory and received in a month, how many
 * were closed at each level, and each level's share of all closed ({@code null} when none is closed yet).
 */
public record LevelShares(String territory, String territoryName, String month, long cases, long closed,
                          List<Share> levels) {

    public record Share(String level, String label, String motto, long closed, BigDecimal share) {
    }
}
