package org.jiceng.visits.internal.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the visit API answers. Times are Beijing time with offset. */
public final class VisitViews {

    private VisitViews() {
    }

    /** A visit with what it brought back and what it opened. */
    public record VisitView(long id, long householdId, String householdAddress, String territoryCode, String kind,
                            String kindLabel, String visitorName, OffsetDateTime visitedAt, Double lat, Double lon,
                            String gridCodeFound, String positionCheck, String positionLabel, String found,
                            List<String> photoIds, Long roundId, String clientId, List<Request> requests,
                            List<FollowUp> followUps, List<Opened> opened, int version) {
    }

    /** One line of a visit list. */
    public record VisitItem(long id, long householdId, String householdAddress, String territoryCode, String kind,
                            String kindLabel, String visitorName, OffsetDateTime visitedAt, String positionCheck,
                            String positionLabel, String found, Long roundId) {
    }

    /** A household the person may log a visit for, as the form lists it. */
    public record HouseholdChoice(long id, String territoryCode, String address) {
    }

    public record Request(long id, String text, String status, String statusLabel) {
    }

    public record FollowUp(long id, String note, LocalDate dueOn, boolean done, OffsetDateTime doneAt) {
    }

    /** What the visit opened: {@code kind} CASE, DISPUTE or CARE_PLAN, the record's id and a line to show. */
    public record Opened(String kind, String kindLabel, long targetId, String label, OffsetDateTime openedAt) {
    }

    /** A 走院子 round: its planned households and how many of them a visit of the round reached. */
    public record RoundView(long id, String territoryCode, String courtyard, LocalDate week, String cadreName,
                            int planned, int done, List<RoundHousehold> households) {
    }

    public record RoundHousehold(long householdId, String address, boolean visited) {
    }

    static String requestLabel(String status) {
        return switch (status) {
            case "OPEN" -> "待办";
            case "DONE" -> "已办";
            case "TURNED_INTO_CASE" -> "已转诉求";
            default -> status;
        };
    }

    static String openedLabel(String kind) {
        return switch (kind) {
            case "CASE" -> "诉求";
            case "DISPUTE" -> "矛盾纠纷";
            case "CARE_PLAN" -> "帮扶计划调整";
            default -> kind;
        };
    }
}
