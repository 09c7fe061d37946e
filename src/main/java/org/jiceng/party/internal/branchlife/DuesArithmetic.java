package org.jiceng.party.internal.branchlife;

import java.util.Collection;

/**
 * Sums of 党费 months, exact in fen: a month owes what is due less what was paid, never less than nothing (a month
 * paid beyond its due does not pay another month's arrears: 补交 is recorded against the month owed).
 */
public final class DuesArithmetic {

    private DuesArithmetic() {
    }

    /** One member's month: what was due and what was paid, in fen. */
    public record Month(long dueFen, long paidFen) {
        public Month {
            if (dueFen < 0 || paidFen < 0) {
                throw new IllegalArgumentException("negative amount");
            }
        }

        public long arrearsFen() {
            return Math.max(0, dueFen - paidFen);
        }

        public boolean unpaid() {
            return arrearsFen() > 0;
        }
    }

    /** The sums of some months: due, paid, owed, and how many months still owe. */
    public record Totals(long dueFen, long paidFen, long arrearsFen, int unpaidMonths) {
        public static final Totals NONE = new Totals(0, 0, 0, 0);

        /** Amounts in yuan for pages, as "1,234.56". */
        public String dueYuan() {
            return org.jiceng.Fen.grouped(dueFen);
        }

        public String paidYuan() {
            return org.jiceng.Fen.grouped(paidFen);
        }

        public String arrearsYuan() {
            return org.jiceng.Fen.grouped(arrearsFen);
        }

        public Totals plus(Totals other) {
            return new Totals(Math.addExact(dueFen, other.dueFen), Math.addExact(paidFen, other.paidFen),
                    Math.addExact(arrearsFen, other.arrearsFen), Math.addExact(unpaidMonths, other.unpaidMonths));
        }
    }

    public static Totals of(Month month) {
        return new Totals(month.dueFen(), month.paidFen(), month.arrearsFen(), month.unpaid() ? 1 : 0);
    }

    public static Totals total(Collection<Month> months) {
        Totals sum = Totals.NONE;
        for (Month month : months) {
            sum = sum.plus(of(month));
        }
        return sum;
    }

    /** A share as a percentage with one decimal, rounded half up in whole numbers ("87.5%"); "—" of nothing. */
    public static String percent(long part, long whole) {
        if (whole <= 0) {
            return "—";
        }
        long tenths = (Math.multiplyExact(part, 2000) + whole) / (2 * whole);
        return tenths / 10 + "." + tenths % 10 + "%";
    }
}
