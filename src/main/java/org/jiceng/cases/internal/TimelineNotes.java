package org.jiceng.cases.internal;

import java.time.Instant;
import java.util.Collection;
import org.jiceng.Beijing;
import org.jiceng.cases.CaseLevel;
import org.jiceng.cases.Satisfaction;

/**
 * What the timeline says of each move, worded in one place. {@code note} is what the person wrote, if anything;
 * the system's words come first and theirs follow.
 */
final class TimelineNotes {

    /** The actor of what nobody did by hand (reopening, the automatic close). */
    static final String SYSTEM = "系统";
    private static final String SENTENCE_ENDS = "。．.！？!?…";
    private static final String CLAUSE_ENDS = "，,；;：:、";

    private TimelineNotes() {
    }

    static String dispatched(String leadUnit, Collection<String> assistingUnits) {
        return "吹哨：主办 " + leadUnit + (assistingUnits.isEmpty() ? "" : "，协办 " + String.join("、", assistingUnits));
    }

    static String escalated(CaseLevel to, String note) {
        String own = clause(note);
        return (own.isEmpty() ? "" : own + "；") + "上报至" + to.label() + "办理";
    }

    /** What the reporter is told of the reply: the reply as a sentence, then the request to rate it. */
    static String replied(String note) {
        return "答复：" + sentence(note) + "请对办理结果评价";
    }

    static String extensionRequested(int workingDays, String reason) {
        return "申请延期 " + workingDays + " 个工作日：" + reason;
    }

    static String extensionApproved(int workingDays, Instant newDue, String note) {
        return "批准延期 " + workingDays + " 个工作日，办结时限延至 "
                + newDue.atZone(Beijing.ZONE).toLocalDateTime().toString().replace('T', ' ') + (note == null ? "" : "；" + note);
    }

    static String rated(boolean solved, Satisfaction satisfaction, String note) {
        return (solved ? "已解决" : "未解决") + "，" + satisfaction.label() + (note == null ? "" : "：" + note);
    }

    static String merged(String intoNumber, String note) {
        return "与 " + intoNumber + " 为同一问题，合并办理" + (note == null ? "" : "：" + note);
    }

    static String reopened(int times) {
        return "反映人评价为未解决或不满意，重新办理（第 " + times + " 次）";
    }

    static String autoClosed() {
        return "答复后 7 日内未评价，自动结案（计为未评价）";
    }

    static String assistCheckedIn() {
        return "协办部门报到";
    }

    /**
     * {@code text} ending in one full stop: ours is added only where the writer's own sentence has none, so a
     * reply typed with its 。 does not come out as "监督。。"; a trailing comma or semicolon gives way to it.
     */
    static String sentence(String text) {
        String bare = strip(text, CLAUSE_ENDS);
        return bare.isEmpty() || SENTENCE_ENDS.indexOf(bare.charAt(bare.length() - 1)) >= 0 ? bare : bare + "。";
    }

    /** {@code text} without the punctuation it ends in, to be followed by a mark of ours (a ；). */
    static String clause(String text) {
        return strip(text, CLAUSE_ENDS + SENTENCE_ENDS);
    }

    private static String strip(String text, String marks) {
        if (text == null) {
            return "";
        }
        // leading marks go too: they would follow ours ("答复：。…")
        int start = 0;
        while (start < text.length() && (Character.isWhitespace(text.charAt(start))
                || (SENTENCE_ENDS + CLAUSE_ENDS).indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        int end = text.length();
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || marks.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(start, end);
    }
}
