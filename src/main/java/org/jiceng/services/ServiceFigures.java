package org.jiceng.services;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * The month's figures of services of a place, for the monthly report: counted from {@link ServiceItemHandled} and
 * {@link BookingClosed}, kept as integers and divided only when shown. The caller decides who may read the place.
 */
public interface ServiceFigures {

    /** Everything handled and booked in the territory (a county, town or village code) in the Beijing month. */
    Figures of(String territory, YearMonth month);

    /**
     * A month of a place: items done ({@code handled}) and ended without documents ({@code ended}); of the done
     * items, those within their legal time limit, those taken in by an agent (代办) and their working days; the
     * bookings closed, of which attended, not come and cancelled. Attendance is attended ÷ (attended + not come): a
     * booking cancelled in advance is not an absence.
     */
    record Figures(long handled, long ended, Share onTime, Share agency, Average workingDays, long bookings,
                   long attended, long noShow, long cancelled, Share attendance) {

        public static Figures of(long handled, long ended, long onTime, long agency, long workingDays, long attended,
                                 long noShow, long cancelled) {
            return new Figures(handled, ended, Share.of(onTime, handled), Share.of(agency, handled),
                    Average.of(workingDays, handled), attended + noShow + cancelled, attended, noShow, cancelled,
                    Share.of(attended, attended + noShow));
        }
    }

    /** {@code part ÷ whole} exactly; {@code percent} rounded half up once to one decimal, null when nothing to divide by. */
    record Share(long part, long whole, BigDecimal percent) {

        public static Share of(long part, long whole) {
            return new Share(part, whole, whole == 0 ? null : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
        }

        /** "87.5%", or "—" when there is nothing to divide by. */
        public String shown() {
            return percent == null ? "—" : percent.toPlainString() + "%";
        }
    }

    /** {@code sum ÷ count} exactly; {@code value} rounded half up once to one decimal, null when there is nothing. */
    record Average(long sum, long count, BigDecimal value) {

        public static Average of(long sum, long count) {
            return new Average(sum, count, count == 0 ? null
                    : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP));
        }

        /** "3.5", or "—" when nothing was counted. */
        public String shown() {
            return value == null ? "—" : value.toPlainString();
        }
    }
}
