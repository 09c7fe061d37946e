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

    private TimelineNotes() {
    }

    static String dispatched(String leadUnit, Collection<String> assistingUnits) {
        return "吹哨：主办 " + leadUnit + (assistingUnits.isEmpty() ? "" : "，协办 " + String.join("、", assistingUnits));
    }

    static String escalated(CaseLevel to, String note) {
        return (note == null ? "" : note + "；") + "上报至" + to.label() + "办理";
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
}
