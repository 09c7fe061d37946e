package org.jiceng.visits.internal.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * A household's year with its figures: what only the policy's readers see, each time with a line in the access log.
 * Amounts in fen; {@code lastYearPerCapitaFen} is null when the year before was not recorded.
 */
public record MonitoringFigures(MonitoringSummary summary, int size, List<Figures.Income> incomes,
                                List<Figures.Shock> shocks, long netIncomeFen, long perCapitaFen, long shocksFen,
                                Long lastYearPerCapitaFen, Threshold threshold, List<Measure> measures,
                                Removal removal) {

    public record Threshold(long lineFen, int dropPercent, int shockPercent, boolean byDefault) {
    }

    public record Measure(long id, LocalDate takenOn, String text, String recordedBy) {
    }

    public record Removal(LocalDate decidedOn, String reason, String decidedBy) {
    }
}
