package org.jiceng.party.internal.branchlife;

import java.time.LocalDate;
import java.time.YearMonth;

/** One member's 党费 of one month, in fen; {@code baseFen} null for a fixed amount. */
public record DuesView(long id, long memberId, String memberName, String territoryCode, YearMonth month,
                       DuesCategory category, Long baseFen, long dueFen, long paidFen, LocalDate paidOn, int version) {

    public DuesArithmetic.Month amounts() {
        return new DuesArithmetic.Month(dueFen, paidFen);
    }

    public String dueYuan() {
        return org.jiceng.Fen.grouped(dueFen);
    }

    public String paidYuan() {
        return org.jiceng.Fen.grouped(paidFen);
    }

    public long arrearsFen() {
        return amounts().arrearsFen();
    }
}
