package org.jiceng.party.internal.neighbourhood;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.party.PostView;

/** What the 三长 and 楼长 pages and API show of a post at work. */
public final class NeighbourhoodViews {

    private NeighbourhoodViews() {
    }

    /** How the holder was chosen (推选): when, how, with how many votes of how many taking part, and the minutes. */
    public record Election(LocalDate heldOn, ElectionMethod method, int votes, int participants, String minutes) {
    }

    /** A household the holder serves, as the register has it. */
    public record Household(long id, String territoryCode, String address, String buildingName, String head,
                            int members) {
    }

    public record Duty(long id, DutyKind kind, String description) {
    }

    /** A report the holder made, and the case it became. */
    public record Report(long id, long caseId, String caseNumber, String summary, OffsetDateTime reportedAt) {
    }

    /** The community's evaluation of a month, {@code month} its first day. */
    public record Evaluation(LocalDate month, Rating rating, String note) {
    }

    /** Everything about one post at work. */
    public record PostAtWork(PostView post, Election election, List<Household> households, List<Duty> duties,
                             List<Report> reports, List<Evaluation> evaluations) {
    }

    public enum ElectionMethod {
        HOUSEHOLD_VOTE("户代表推选"), RESIDENTS_MEETING("居民(村民)会议推选"), PARTY_RECOMMENDED("党组织推荐、群众认可");

        private final String label;

        ElectionMethod(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The duties of the seeds: 信息报送 (report what one sees), 代办 (errands for residents), 排查 (screening). */
    public enum DutyKind {
        REPORTING("信息报送"), AGENCY("代办服务"), SCREENING("隐患排查");

        private final String label;

        DutyKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The monthly rating; EXCELLENT is the 优秀邻长 (or 楼长) of the month. */
    public enum Rating {
        EXCELLENT("优秀"), GOOD("良好"), FAIR("一般"), POOR("较差");

        private final String label;

        Rating(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
