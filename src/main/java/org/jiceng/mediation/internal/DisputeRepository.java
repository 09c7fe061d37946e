package org.jiceng.mediation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.Beijing;
import org.jiceng.Scope;
import org.jiceng.mediation.DisputeState;
import org.jiceng.mediation.DisputeType;
import org.jiceng.mediation.DisputeView;
import org.jiceng.mediation.MediationLevel;
import org.jiceng.mediation.Referral;
import org.jiceng.mediation.RiskLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Disputes: every read takes the {@link MediationAccess.Readers} it is for, every change checks the version it read. */
@Repository
public class DisputeRepository {


    private static final String VIEW = """
            select d.id, d.number, d.title, d.summary, d.type, d.risk, d.level, d.state, d.territory_code, d.case_id,
                   d.registered_by, d.registered_at, d.concluded_at, d.referral, d.referral_note, d.version
            from mediation.dispute d""";

    private final JdbcClient jdbc;

    DisputeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record NewDispute(String number, String title, String summary, DisputeType type, RiskLevel risk,
                      MediationLevel level, String territoryCode, Long caseId, String registeredBy, Instant registeredAt) {
    }

    /** The filters of the list; null means any. */
    record Filter(DisputeState state, DisputeType type, RiskLevel risk, MediationLevel level) {
    }

    public int nextNumber(String county, int year) {
        return jdbc.sql("""
                        insert into mediation.dispute_number (county, year, last) values (:county, :year, 1)
                        on conflict (county, year) do update set last = dispute_number.last + 1
                        returning last""")
                .param("county", county).param("year", year).query(Integer.class).single();
    }

    public long insert(NewDispute d) {
        return jdbc.sql("""
                        insert into mediation.dispute (county, number, title, summary, type, risk, level, state,
                            territory_code, case_id, registered_by, registered_at)
                        values (left(:territory, 6), :number, :title, :summary, :type, :risk, :level, 'REGISTERED', :territory, :caseId, :by, :at)
                        returning id""")
                .param("number", d.number()).param("title", d.title()).param("summary", d.summary())
                .param("type", d.type().name()).param("risk", d.risk().name()).param("level", d.level().name())
                .param("territory", d.territoryCode()).param("caseId", d.caseId()).param("by", d.registeredBy())
                .param("at", Timestamp.from(d.registeredAt()))
                .query(Long.class).single();
    }

    Optional<DisputeView> find(long id, MediationAccess.Readers readers) {
        return jdbc.sql(VIEW + " where d.id = :id and " + readers.where())
                .params(readers.params()).param("id", id).query((rs, n) -> view(rs)).optional();
    }

    Optional<DisputeView> findByCase(long caseId, MediationAccess.Readers readers) {
        return jdbc.sql(VIEW + " where d.case_id = :caseId and " + readers.where())
                .params(readers.params()).param("caseId", caseId).query((rs, n) -> view(rs)).optional();
    }

    /** Whether any dispute started from this case, whoever may read it: a case opens one dispute at most. */
    Optional<String> numberForCase(long caseId) {
        return jdbc.sql("select number from mediation.dispute where case_id = :caseId")
                .param("caseId", caseId).query(String.class).optional();
    }

    /** Newest first (keyset on id, ids grow with registration), at most {@code limit} rows. */
    List<DisputeView> list(MediationAccess.Readers readers, Filter filter, long beforeId, int limit) {
        StringBuilder sql = new StringBuilder(VIEW).append(" where ").append(readers.where()).append(" and d.id < :before");
        var params = new java.util.LinkedHashMap<String, Object>(readers.params());
        params.put("before", beforeId);
        if (filter.state() != null) {
            sql.append(" and d.state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.type() != null) {
            sql.append(" and d.type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.risk() != null) {
            sql.append(" and d.risk = :risk");
            params.put("risk", filter.risk().name());
        }
        if (filter.level() != null) {
            sql.append(" and d.level = :level");
            params.put("level", filter.level().name());
        }
        sql.append(" order by d.id desc limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> view(rs)).list();
    }

    /** Moves a dispute to {@code state} and {@code level}, if still at {@code version}; false when someone was first. */
    public boolean move(long id, int version, DisputeState state, MediationLevel level, Instant concludedAt,
                 Referral referral, String referralNote) {
        return jdbc.sql("""
                        update mediation.dispute set state = :state, level = :level,
                            concluded_at = coalesce(concluded_at, :concludedAt),
                            referral = coalesce(:referral, referral), referral_note = coalesce(:note, referral_note),
                            version = version + 1
                        where id = :id and version = :version""")
                .param("id", id).param("version", version).param("state", state.name()).param("level", level.name())
                .param("concludedAt", concludedAt == null ? null : Timestamp.from(concludedAt))
                .param("referral", referral == null ? null : referral.name()).param("note", referralNote)
                .update() == 1;
    }

    public void appendEvent(long id, Instant at, String actor, String action, DisputeState from, DisputeState to,
                     MediationLevel fromLevel, MediationLevel toLevel, String note) {
        jdbc.sql("""
                        insert into mediation.dispute_event (county, dispute_id, at, actor, action, from_state, to_state,
                            from_level, to_level, note)
                        select county, id, :at, :actor, :action, :from, :to, :fromLevel, :toLevel, :note
                        from mediation.dispute where id = :id""")
                .param("id", id).param("at", Timestamp.from(at)).param("actor", actor).param("action", action)
                .param("from", from == null ? null : from.name()).param("to", to.name())
                .param("fromLevel", fromLevel == null ? null : fromLevel.name()).param("toLevel", toLevel.name())
                .param("note", note).update();
    }

    /** Disputes by level and state under a territory: the input of {@link SettlementFigures}. */
    List<SettlementFigures.Count> counts(Scope scope) {
        return jdbc.sql("select level, state, count(*) as n from mediation.dispute d where "
                        + scope.where("d.territory_code", "d.county") + " group by level, state")
                .params(scope.params())
                .query((rs, n) -> new SettlementFigures.Count(MediationLevel.valueOf(rs.getString("level")),
                        DisputeState.valueOf(rs.getString("state")), rs.getLong("n"))).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from mediation.dispute").query(Long.class).single();
    }

    static OffsetDateTime beijing(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(Beijing.ZONE).toOffsetDateTime();
    }

    private static DisputeView view(ResultSet rs) throws SQLException {
        String referral = rs.getString("referral");
        return new DisputeView(rs.getLong("id"), rs.getString("number"), rs.getString("title"), rs.getString("summary"),
                DisputeType.valueOf(rs.getString("type")), RiskLevel.valueOf(rs.getString("risk")),
                MediationLevel.valueOf(rs.getString("level")), DisputeState.valueOf(rs.getString("state")),
                rs.getString("territory_code"), (Long) rs.getObject("case_id"), rs.getString("registered_by"),
                beijing(rs, "registered_at"), beijing(rs, "concluded_at"),
                referral == null ? null : Referral.valueOf(referral), rs.getString("referral_note"), rs.getInt("version"));
    }
}
