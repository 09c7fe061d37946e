package org.jiceng.deliberation;

/**
 * One household one vote (户代表表决) for village and community matters. Each household votes once through its
 * representative; the quorum is counted over the households of the village or community on the day the
 * ballot opened, and the decision over those that took part:
 * <ul>
 *   <li>{@link #VILLAGE_MEETING}: 《村民委员会组织法》第二十二条 — two thirds or more of the households'
 *       representatives take part, more than half of those taking part approve;</li>
 *   <li>{@link #RESIDENTS_MEETING}: 《城市居民委员会组织法》第十二条 — more than half of the households'
 *       representatives take part, more than half of those taking part approve.</li>
 * </ul>
 * A ballot of a 社区 defaults to the residents' meeting, of a 村 to the village meeting.
 */
public enum VoteHouseholdRule {
    VILLAGE_MEETING("《村民委员会组织法》第二十二条", VoteThreshold.atLeast(2, 3, "三分之二以上")),
    RESIDENTS_MEETING("《城市居民委员会组织法》第十二条", VoteThreshold.moreThan(1, 2, "过半数"));

    public static final VoteThreshold APPROVAL = VoteThreshold.moreThan(1, 2, "过半数");

    private final String law;
    private final VoteThreshold quorum;

    VoteHouseholdRule(String law, VoteThreshold quorum) {
        this.law = law;
        this.quorum = quorum;
    }

    public VoteRule rule() {
        return new VoteRule(law, quorum, APPROVAL, false, "户", "户");
    }

    /**
     * The rule for a village or community by its name: a 社区 (居民委员会) holds residents' meetings, a 村
     * (村民委员会) village meetings.
     */
    public static VoteHouseholdRule forDivision(String name) {
        return name != null && (name.contains("社区") || name.contains("居民委员会") || name.contains("居委会"))
                ? RESIDENTS_MEETING : VILLAGE_MEETING;
    }

    public static VoteHouseholdRule parse(String value) {
        for (VoteHouseholdRule rule : values()) {
            if (rule.name().equals(value)) {
                return rule;
            }
        }
        throw new org.jiceng.BadInputException("householdRule 须为 VILLAGE_MEETING（村民会议，三分之二以上的户参加）"
                + "或 RESIDENTS_MEETING（居民会议，过半数的户参加）");
    }
}
