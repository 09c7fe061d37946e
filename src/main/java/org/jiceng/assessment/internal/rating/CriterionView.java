package org.jiceng.assessment.internal.rating;

/** A county's star-rating criterion: what it measures and the least value earning each of the seven stars. */
public record CriterionView(long id, String county, String name, RatingMeasure measure, String unit,
                            int[] thresholds, boolean active, int version) {

    /** "≥ 3 次" for the threshold of {@code star} (1 to 7), as the desk and the API explain the formula. */
    public String threshold(int star) {
        return "≥ " + thresholds[star - 1] + (unit.isEmpty() ? "" : " " + unit);
    }
}
