package org.jiceng.assessment.internal.rating;

import org.jiceng.party.OrganisationYearFacts;

/** What a criterion measures: a fact the party records keep for the year, or a value entered with evidence. */
public enum RatingMeasure {
    MEMBERS("党员人数", "人"), MEETINGS_HELD("当年组织生活会议（三会一课等）", "次"),
    SERVICE_RECORDS("当年双报到服务", "次"), ENTERED("录入值（须附佐证）", "");

    private final String label;
    private final String unit;

    RatingMeasure(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** The measure from the party's facts; null for an entered one. */
    Long from(OrganisationYearFacts facts) {
        return switch (this) {
            case MEMBERS -> facts.members();
            case MEETINGS_HELD -> facts.meetingsHeld();
            case SERVICE_RECORDS -> facts.serviceRecords();
            case ENTERED -> null;
        };
    }
}
