package org.jiceng.deliberation;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule of taking part and approving: a quorum of the whole roll, then an approval share of those taking
 * part, both by area and by head count ({@code byArea}, owners under art. 278) or by head count only (one
 * household one vote). Pure: no Spring, no database, exact arithmetic.
 */
public record VoteRule(String law, VoteThreshold quorum, VoteThreshold approval, boolean byArea, String voters,
                       String measure) {

    public VoteOutcome decide(VoteCount count) {
        long partArea = count.participatingArea();
        long partVoters = count.participatingVoters();
        Boolean quorumArea = byArea ? quorum.isMet(partArea, count.totalArea()) : null;
        boolean quorumVoters = quorum.isMet(partVoters, count.totalVoters());
        boolean quorumMet = quorumVoters && (!byArea || quorumArea);
        Boolean approvalArea = byArea ? approval.isMet(count.yesArea(), partArea) : null;
        boolean approvalVoters = approval.isMet(count.yesVoters(), partVoters);
        boolean passed = quorumMet && approvalVoters && (!byArea || approvalArea);
        return new VoteOutcome(quorumMet, passed, quorumArea, quorumVoters, approvalArea, approvalVoters,
                reason(count, quorumMet, passed, quorumArea, quorumVoters, approvalArea, approvalVoters));
    }

    private String reason(VoteCount c, boolean quorumMet, boolean passed, Boolean quorumArea, boolean quorumVoters,
                          Boolean approvalArea, boolean approvalVoters) {
        long partArea = c.participatingArea();
        long partVoters = c.participatingVoters();
        String tookPart = byArea
                ? "参与表决的专有部分面积 " + area(partArea) + " ㎡（共 " + area(c.totalArea()) + " ㎡）、" + voters + " "
                        + partVoters + " " + measure + "（共 " + c.totalVoters() + " " + measure + "）"
                : "参与表决 " + partVoters + " " + measure + "（共 " + c.totalVoters() + " " + measure + "）";
        if (passed) {
            String approved = byArea
                    ? "同意的面积 " + area(c.yesArea()) + " ㎡、" + voters + " " + c.yesVoters() + " " + measure
                    : "同意 " + c.yesVoters() + " " + measure;
            return "表决通过：" + tookPart + "，达到" + quorum.text() + "；" + approved + "，达到参与表决"
                    + (byArea ? "面积和人数" : voters + "数") + "的" + approval.text() + "（" + law + "）。";
        }
        List<String> missing = new ArrayList<>();
        if (!quorumMet) {
            if (byArea && !quorumArea) {
                missing.add("参与表决的专有部分面积 " + area(partArea) + " ㎡，未达到总面积 " + area(c.totalArea()) + " ㎡ 的"
                        + quorum.text() + "（至少 " + area(quorum.minimum(c.totalArea())) + " ㎡）");
            }
            if (!quorumVoters) {
                missing.add("参与表决的" + voters + " " + partVoters + " " + measure + "，未达到总数 " + c.totalVoters() + " "
                        + measure + "的" + quorum.text() + "（至少 " + quorum.minimum(c.totalVoters()) + " " + measure + "）");
            }
            return "未通过：参与表决的" + voters + "未达到法定比例，" + String.join("；", missing) + "（" + law + "）。";
        }
        if (byArea && !approvalArea) {
            missing.add("同意的面积 " + area(c.yesArea()) + " ㎡，未达到参与表决面积 " + area(partArea) + " ㎡ 的"
                    + approval.text() + "（至少 " + area(approval.minimum(partArea)) + " ㎡）");
        }
        if (!approvalVoters) {
            missing.add("同意的" + voters + " " + c.yesVoters() + " " + measure + "，未达到参与表决 " + partVoters + " "
                    + measure + "的" + approval.text() + "（至少 " + approval.minimum(partVoters) + " " + measure + "）");
        }
        return "未通过：" + tookPart + "，达到" + quorum.text() + "；但" + String.join("；", missing) + "（" + law + "）。";
    }

    /** Hundredths of a square metre as "1,234.56". */
    public static String area(long hundredths) {
        return String.format(java.util.Locale.ROOT, "%,d.%02d", hundredths / 100, hundredths % 100);
    }
}
