package org.jiceng.visits.internal.monitoring;

import java.util.List;

/** What the monitoring API and forms send; amounts in fen, names of enums as text (checked with Chinese answers). */
public final class MonitoringRequests {

    private MonitoringRequests() {
    }

    public record IncomeLine(String source, Long fen) {
    }

    public record ShockLine(String kind, Long fen, String note) {
    }

    /** {@code version} is the record's version as read (absent for a first entry of the year). */
    public record FiguresInput(Integer size, List<IncomeLine> incomes, List<ShockLine> shocks, Integer version) {
    }

    /** The 帮扶 contact: an account by {@code username}, or a holder by kind (ACCOUNT, RESIDENT, PARTY_MEMBER), id and name. */
    public record ContactInput(String username, String kind, Long id, String name) {
    }

    public record MeasureInput(String takenOn, String text) {
    }

    /** The decision that takes a household out of monitoring: when it was decided, why, and who decided. */
    public record RemovalInput(String decidedOn, String reason, String decidedBy) {
    }

    public record LineInput(String county, Integer year, Long lineFen, Integer dropPercent, Integer shockPercent,
                            Integer version) {
    }
}
