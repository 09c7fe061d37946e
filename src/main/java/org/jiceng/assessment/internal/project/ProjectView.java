package org.jiceng.assessment.internal.project;

import java.time.OffsetDateTime;
import org.jiceng.Fen;

/**
 * A livelihood project (民生实事) or a 书记项目: the place that carries it ({@code territoryCode}), the department
 * carrying it where one does ({@code unitId}), the budget and what is spent (fen), progress in percent.
 */
public record ProjectView(long id, String territoryCode, String kind, String title, String description,
                          long budgetFen, long spentFen, Long unitId, String unitName, int progress, String status,
                          boolean published, OffsetDateTime createdAt, int version) {

    public String kindLabel() {
        return "SECRETARY".equals(kind) ? "书记项目" : "民生实事";
    }

    public String statusLabel() {
        return switch (status) {
            case "UNDERWAY" -> "实施中";
            case "DONE" -> "已完成";
            default -> "计划中";
        };
    }

    public String budgetYuan() {
        return Fen.grouped(budgetFen);
    }

    public String spentYuan() {
        return Fen.grouped(spentFen);
    }

    public String county() {
        return territoryCode.substring(0, 6);
    }
}
