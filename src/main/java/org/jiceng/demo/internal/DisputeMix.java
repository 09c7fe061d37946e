package org.jiceng.demo.internal;

import java.util.Optional;
import org.jiceng.mediation.DisputeFiling;
import org.jiceng.mediation.DisputeType;
import org.jiceng.mediation.RiskLevel;

/**
 * Which of the year's cases about quarrels (邻里、家庭、土地山林) are also registered as disputes by the village's
 * mediators — three in five, by the case's index, so the same plan gives the same disputes — of what type and risk
 * (mostly green, one in seven yellow, one in forty-one red). Pure.
 */
final class DisputeMix {

    private DisputeMix() {
    }

    static Optional<DisputeFiling> of(CaseLife life, YearActors actors) {
        String category = life.categoryCode();
        if (!category.startsWith("11") || life.index() % 5 >= 3) {
            return Optional.empty();
        }
        DisputeType type = switch (category) {
            case "1102" -> DisputeType.FAMILY;
            case "1103" -> DisputeType.LAND;
            default -> DisputeType.NEIGHBOUR;
        };
        RiskLevel risk = life.index() % 41 == 0 ? RiskLevel.RED : life.index() % 7 == 0 ? RiskLevel.YELLOW : RiskLevel.GREEN;
        String grid = life.place().gridCode();
        String applicant = actors.callerName(grid, life.reporterSlot()).orElse("当事人甲");
        String respondent = actors.callerName(grid, life.reporterSlot() + 1).orElse("当事人乙");
        if (respondent.equals(applicant)) {
            respondent = "当事人乙";
        }
        return Optional.of(new DisputeFiling(type.label() + "（" + life.place().gridName() + "）", life.description(), type,
                risk, grid, applicant, respondent));
    }
}
