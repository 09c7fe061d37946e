package org.jiceng.assessment.internal.rating;

import org.jiceng.Fen;

/**
 * A county's allowance per month for each star count ({@code allowanceFen[stars]}, fen) and its list rule.
 * Until the county sets them, no star earns an allowance and the lists take 六星 and above and 二星 and below.
 */
public record RatingSettings(String county, long[] allowanceFen, int redFlagMin, int weakMax, int version) {

    static RatingSettings unset(String county) {
        return new RatingSettings(county, new long[StarRule.MAX_STARS + 1], 6, 2, -1);
    }

    public ListRule rule() {
        return new ListRule(redFlagMin, weakMax);
    }

    public long allowance(int stars) {
        return allowanceFen[stars];
    }

    public String allowanceYuan(int stars) {
        return Fen.grouped(allowanceFen[stars]);
    }
}
