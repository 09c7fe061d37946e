package org.jiceng.ledger.internal.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The payments' rows: one method a question. */
@Repository
class PaymentRepository {

    record Asked(long accountId, String county, String territoryCode, long amount, String payee, String purpose,
                 String payFrom, long voucherId, long threshold, long askedBy, KeeperRole role, String name,
                 Instant at, List<PaymentView.Line> lines) {
    }

    private static final String SELECT = """
            select p.id, p.account_id, a.name as account_name, p.territory_code, p.amount, p.payee, p.purpose,
                   p.pay_from, p.voucher_id, p.threshold, p.state, p.asked_by, p.asked_role, p.asked_name, p.asked_at,
                   p.entry_seq, p.refusal, p.decided_at, p.version, p.county
            from ledger.payment p join ledger.account a on a.id = p.account_id and a.county = p.county
            """;

    private final JdbcClient jdbc;

    PaymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Asked asked) {
        long id = jdbc.sql("""
                        insert into ledger.payment (county, account_id, territory_code, amount, payee, purpose, pay_from,
                                                    voucher_id, threshold, state, asked_by, asked_role, asked_name, asked_at)
                        values (:county, :account, :territory, :amount, :payee, :purpose, :payFrom, :voucher, :threshold,
                                'PENDING', :by, :role, :name, :at) returning id""")
                .param("county", asked.county()).param("account", asked.accountId())
                .param("territory", asked.territoryCode()).param("amount", asked.amount()).param("payee", asked.payee())
                .param("purpose", asked.purpose()).param("payFrom", asked.payFrom()).param("voucher", asked.voucherId())
                .param("threshold", asked.threshold()).param("by", asked.askedBy()).param("role", asked.role().name())
                .param("name", asked.name()).param("at", Timestamp.from(asked.at())).query(Long.class).single();
        int line = 0;
        for (PaymentView.Line l : asked.lines()) {
            jdbc.sql("""
                            insert into ledger.payment_line (payment_id, county, line, subject, amount)
                            values (:id, :county, :line, :subject, :amount)""")
                    .param("id", id).param("county", asked.county()).param("line", ++line)
                    .param("subject", l.subject()).param("amount", l.amountFen()).update();
        }
        return id;
    }

    void approve(long id, String county, long userId, KeeperRole role, String name, Instant at) {
        jdbc.sql("""
                        insert into ledger.payment_approval (payment_id, county, user_id, role, name, approved_at)
                        values (:id, :county, :user, :role, :name, :at)""")
                .param("id", id).param("county", county).param("user", userId).param("role", role.name())
                .param("name", name).param("at", Timestamp.from(at)).update();
    }

    /** Ends a pending payment; false when another change came first (its version moved on). */
    boolean decide(long id, String county, int version, String state, Long entrySeq, String refusal, long by, Instant at) {
        return jdbc.sql("""
                        update ledger.payment set state = :state, entry_seq = :seq, refusal = :refusal, decided_by = :by,
                                                  decided_at = :at, version = version + 1
                        where id = :id and county = :county and version = :version and state = 'PENDING'""")
                .param("state", state).param("seq", entrySeq).param("refusal", refusal).param("by", by)
                .param("at", Timestamp.from(at)).param("id", id).param("county", county).param("version", version)
                .update() == 1;
    }

    /** The payment, its row locked for the transaction: approvals of one payment take turns. */
    Optional<PaymentView> lock(long id) {
        return jdbc.sql("select 1 from ledger.payment where id = :id for update").param("id", id)
                .query(Integer.class).optional().flatMap(x -> find(id));
    }

    Optional<PaymentView> find(long id) {
        return list(jdbc.sql(SELECT + "where p.id = :id").param("id", id)).stream().findFirst();
    }

    String county(long id) {
        return jdbc.sql("select county from ledger.payment where id = :id").param("id", id).query(String.class).single();
    }

    List<PaymentView> ofAccount(long accountId, String state, int limit) {
        return list(jdbc.sql(SELECT + "where p.account_id = :account and (:state::text is null or p.state = :state)"
                        + " order by p.id desc limit :limit")
                .param("account", accountId).param("state", state).param("limit", limit));
    }

    /** Payments of the accounts the user is named on today, and of the territory they oversee. */
    List<PaymentView> visibleTo(long userId, Scope scope, LocalDate today, String state, int limit) {
        var sql = jdbc.sql(SELECT + """
                        where (p.account_id in (select k.account_id from ledger.keeper k where k.user_id = :user
                                                and k.since <= :today and (k.until is null or k.until >= :today))
                               or %s)
                          and (:state::text is null or p.state = :state)
                        order by p.id desc limit :limit""".formatted(scope.where("p.territory_code", "p.county")))
                .param("user", userId).param("today", today).param("state", state).param("limit", limit);
        for (Map.Entry<String, Object> p : scope.params().entrySet()) {
            sql = sql.param(p.getKey(), p.getValue());
        }
        return list(sql);
    }

    private List<PaymentView> list(JdbcClient.StatementSpec spec) {
        List<Row> rows = spec.query((rs, n) -> row(rs)).list();
        List<PaymentView> views = new ArrayList<>();
        for (Row r : rows) {
            List<PaymentView.Line> lines = jdbc.sql("""
                            select subject, amount from ledger.payment_line where payment_id = :id and county = :county
                            order by line""")
                    .param("id", r.id).param("county", r.county)
                    .query((rs, n) -> new PaymentView.Line(rs.getString(1), rs.getLong(2))).list();
            List<PaymentView.Approved> approvals = jdbc.sql("""
                            select user_id, role, name, approved_at from ledger.payment_approval
                            where payment_id = :id and county = :county order by approved_at, role""")
                    .param("id", r.id).param("county", r.county)
                    .query((rs, n) -> new PaymentView.Approved(rs.getLong(1), rs.getString(2),
                            KeeperRole.valueOf(rs.getString(2)).label(), rs.getString(3),
                            rs.getTimestamp(4).toInstant())).list();
            views.add(r.view(lines, approvals));
        }
        return views;
    }

    private record Row(long id, String county, Map<String, Object> v) {
        PaymentView view(List<PaymentView.Line> lines, List<PaymentView.Approved> approvals) {
            return new PaymentView(id, (Long) v.get("account_id"), (String) v.get("account_name"),
                    (String) v.get("territory_code"), (Long) v.get("amount"), (String) v.get("payee"),
                    (String) v.get("purpose"), (String) v.get("pay_from"), lines, (Long) v.get("voucher_id"),
                    (Long) v.get("threshold"), (String) v.get("state"), (Long) v.get("asked_by"),
                    (String) v.get("asked_role"), (String) v.get("asked_name"),
                    ((Timestamp) v.get("asked_at")).toInstant(), approvals, (Long) v.get("entry_seq"),
                    (String) v.get("refusal"),
                    v.get("decided_at") == null ? null : ((Timestamp) v.get("decided_at")).toInstant(),
                    (Integer) v.get("version"));
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        Map<String, Object> v = new LinkedHashMap<>();
        for (String column : List.of("account_id", "account_name", "territory_code", "amount", "payee", "purpose",
                "pay_from", "voucher_id", "threshold", "state", "asked_by", "asked_role", "asked_name", "asked_at",
                "entry_seq", "refusal", "decided_at", "version")) {
            v.put(column, rs.getObject(column));
        }
        return new Row(rs.getLong("id"), rs.getString("county"), v);
    }
}
