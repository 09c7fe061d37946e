package org.jiceng.volunteer.internal.honour;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/** What the honour lists answer. Public views carry the agreed display name and nothing else about a person. */
public final class HonourViews {

    private HonourViews() {
    }

    public record RedList(long id, String communityCode, YearMonth month, String status, String statusName,
                          List<RedEntry> entries, int version) {
    }

    public record RedEntry(long id, String category, String categoryName, String displayName, Integer minutes,
                           String evidence) {
    }

    /** A 黑榜 entry as staff and the person it names see it: the decision, telling, appeal and term. */
    public record BlackEntry(long id, String communityCode, String displayName, String conduct, String ruleBroken,
                             String decidedBy, LocalDate decidedOn, LocalDate endsOn, String status, String statusName,
                             OffsetDateTime toldAt, String toldHow, String appealReason, OffsetDateTime appealedAt,
                             Boolean appealUpheld, String appealDecision, int version) {
    }

    /** A line of a published list: the display name, what for, and nothing that identifies the person further. */
    public record PublicLine(String displayName, String category, String categoryName, String what) {
    }

    public record PublicBoard(String communityCode, YearMonth month, List<PublicLine> red, List<PublicLine> black) {
    }

    static String categoryName(String category) {
        return switch (category) {
            case "VOLUNTEER" -> "优秀志愿者";
            case "HOUSEHOLD" -> "文明家庭";
            case "NEIGHBOUR_HEAD" -> "优秀邻长";
            default -> "不文明行为";
        };
    }

    static String blackStatusName(String status) {
        return switch (status) {
            case "UNTOLD" -> "待告知";
            case "ACTIVE" -> "公示中";
            case "APPEALED" -> "申诉中";
            case "REVOKED" -> "已撤销";
            default -> "已期满移除";
        };
    }
}
