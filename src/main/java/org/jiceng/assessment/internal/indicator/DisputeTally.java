package org.jiceng.assessment.internal.indicator;

import java.time.LocalDate;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.Scope;
import org.jiceng.mediation.DisputeConcluded;
import org.jiceng.mediation.MediationLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 矛盾不上交 as this module counts it from mediation's {@link DisputeConcluded}: one row per concluded dispute, so a
 * period's rate is a count and each dispute behind it can be opened. Settled below the county = an agreement reached
 * by a grid, village or town mediator.
 */
@Component
public class DisputeTally {

    /** One concluded dispute: what the drill-down of a 不上交率 lists. */
    public record Outcome(long disputeId, String territoryCode, String level, String outcome, LocalDate concludedOn,
                          boolean settledBelowCounty) {
    }

    /** Concluded disputes, and how many of them were settled by agreement below the county. */
    public record Counts(long concluded, long settledBelowCounty) {
    }

    private final JdbcClient jdbc;

    DisputeTally(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(DisputeConcluded concluded) {
        record(concluded);
    }

    public void record(DisputeConcluded d) {
        jdbc.sql("""
                insert into assessment.dispute_outcome (county, dispute_id, territory_code, level, outcome, concluded_on)
                values (:county, :id, :territory, :level, :outcome, :on)
                on conflict (county, dispute_id) do nothing""")
                .param("county", d.territoryCode().substring(0, 6)).param("id", d.id())
                .param("territory", d.territoryCode()).param("level", d.level().name())
                .param("outcome", d.outcome().name()).param("on", LocalDate.ofInstant(d.at(), Beijing.ZONE)).update();
    }

    public Counts counts(String territory, LocalDate from, LocalDate to) {
        Scope scope = Scope.of(territory);
        return jdbc.sql("select count(*), count(*) filter (where outcome = 'AGREED' and level <> 'COUNTY')"
                        + " from assessment.dispute_outcome where " + scope.where("territory_code", "county")
                        + " and concluded_on >= :from and concluded_on < :to")
                .params(scope.params()).param("from", from).param("to", to)
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2))).single();
    }

    public List<Outcome> outcomes(String territory, LocalDate from, LocalDate to, int limit) {
        Scope scope = Scope.of(territory);
        return jdbc.sql("select * from assessment.dispute_outcome where " + scope.where("territory_code", "county")
                        + " and concluded_on >= :from and concluded_on < :to order by concluded_on desc, dispute_id desc limit :limit")
                .params(scope.params()).param("from", from).param("to", to).param("limit", limit)
                .query((rs, n) -> new Outcome(rs.getLong("dispute_id"), rs.getString("territory_code"),
                        rs.getString("level"), rs.getString("outcome"), rs.getObject("concluded_on", LocalDate.class),
                        rs.getString("outcome").equals("AGREED") && !rs.getString("level").equals(MediationLevel.COUNTY.name())))
                .list();
    }
}
