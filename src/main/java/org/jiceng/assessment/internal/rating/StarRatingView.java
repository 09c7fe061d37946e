package org.jiceng.assessment.internal.rating;

import java.time.OffsetDateTime;

/**
 * An organisation's rating of a year: the stars proposed with the measures that made them ({@code measures}, one
 * line per criterion), and once confirmed the county's stars, who confirmed and why they differ from the proposal.
 */
public record StarRatingView(long id, long organisationId, String organisation, String territoryCode, int year,
                             int proposedStars, String measures, OffsetDateTime proposedAt, String status,
                             Integer confirmedStars, String reason, String confirmedByName,
                             OffsetDateTime confirmedAt, int version) {

    public boolean confirmed() {
        return "CONFIRMED".equals(status);
    }

    /** The stars that count: the county's once confirmed, the proposal before. */
    public int stars() {
        return confirmedStars != null ? confirmedStars : proposedStars;
    }

    public boolean changed() {
        return confirmedStars != null && confirmedStars != proposedStars;
    }

    public String statusLabel() {
        return confirmed() ? "已确认" : "待审核";
    }

    /** One line per criterion: its measure and the stars it earned. */
    public java.util.List<String> measureLines() {
        return measures.isEmpty() ? java.util.List.of() : java.util.List.of(measures.split("\n"));
    }

    public String county() {
        return territoryCode.substring(0, 6);
    }
}
