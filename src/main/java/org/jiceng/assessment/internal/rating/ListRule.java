package org.jiceng.assessment.internal.rating;

/**
 * Which list a confirmed rating puts an organisation on (seed 003): 红旗村 at {@code redFlagMin} stars or more,
 * 软弱涣散 (to be rectified, 整顿) at {@code weakMax} stars or fewer, neither in between.
 */
public record ListRule(int redFlagMin, int weakMax) {

    public enum Standing {
        RED_FLAG("红旗村"), WEAK("软弱涣散（整顿）"), NEITHER("—");

        private final String label;

        Standing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ListRule {
        if (redFlagMin < 1 || redFlagMin > StarRule.MAX_STARS || weakMax < 0 || weakMax >= redFlagMin) {
            throw new IllegalArgumentException("red flag from " + redFlagMin + ", weak up to " + weakMax);
        }
    }

    public Standing standing(int stars) {
        if (stars >= redFlagMin) {
            return Standing.RED_FLAG;
        }
        return stars <= weakMax ? Standing.WEAK : Standing.NEITHER;
    }
}
