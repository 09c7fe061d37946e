package org.jiceng.ledger.internal.account;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.Fen;
import org.jiceng.Scope;
import org.jiceng.ledger.internal.account.AccountViews.Account;
import org.jiceng.ledger.internal.account.AccountViews.Keeper;
import org.jiceng.ledger.internal.account.AccountViews.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts, their keepers and subjects, in plain SQL. */
@Repository
class LedgerAccountRepository {

    private static final String COLUMNS = """
            a.id, a.territory_code, a.estate_id, a.kind, a.name, a.approval_threshold, a.head_seq, a.head_hash,
            a.created_at, a.county""";

    private final JdbcClient jdbc;

    LedgerAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long id, String territoryCode, Long estateId, AccountKind kind, String name, long threshold,
               long headSeq, String headHash, OffsetDateTime createdAt, String county) {
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from ledger.account a where a.id = :id").param("id", id)
                .query(LedgerAccountRepository::row).optional();
    }

    /**
     * One page of candidates by id: accounts in {@code scope}, those {@code user} is named on today, and those of
     * the {@code villages} the person lives in (whose estate accounts the caller still checks for ownership).
     */
    List<Row> candidates(Scope scope, long user, LocalDate today, List<String> villages, Long estate, String territory,
                         long after, int limit) {
        String sql = "select " + COLUMNS + " from ledger.account a where a.id > :after and (" + scope.where("a.territory_code", "a.county")
                + " or exists (select 1 from ledger.keeper k where k.account_id = a.id and k.county = a.county"
                + " and k.user_id = :user and k.since <= :today and (k.until is null or k.until >= :today))"
                + (villages.isEmpty() ? "" : " or a.territory_code in (:villages)") + ")"
                + (estate == null ? "" : " and a.estate_id = :estate")
                + (territory == null ? "" : " and a.territory_code >= :territory and a.territory_code < :territoryEnd")
                + " order by a.id limit :limit";
        var query = jdbc.sql(sql).params(scope.params()).param("after", after).param("user", user)
                .param("today", today).param("limit", limit);
        if (!villages.isEmpty()) {
            query = query.param("villages", villages);
        }
        if (estate != null) {
            query = query.param("estate", estate);
        }
        if (territory != null) {
            query = query.param("territory", territory).param("territoryEnd", territory + "\uffff");
        }
        return query.query(LedgerAccountRepository::row).list();
    }

    long insert(String county, String territory, Long estate, AccountKind kind, String name, long threshold, long by) {
        return jdbc.sql("""
                        insert into ledger.account (county, territory_code, estate_id, kind, name, approval_threshold, created_by)
                        values (:county, :territory, :estate, :kind, :name, :threshold, :by) returning id""")
                .param("county", county).param("territory", territory).param("estate", estate).param("kind", kind.name())
                .param("name", name).param("threshold", threshold).param("by", by).query(Long.class).single();
    }

    void threshold(long id, String county, long threshold) {
        jdbc.sql("update ledger.account set approval_threshold = :threshold, version = version + 1 where id = :id and county = :county")
                .param("threshold", threshold).param("id", id).param("county", county).update();
    }

    /** The keepers named today. */
    List<Keeper> keepers(long account, String county, LocalDate today) {
        return jdbc.sql("""
                        select user_id, name, role, since from ledger.keeper
                        where account_id = :account and county = :county and since <= :today and (until is null or until >= :today)
                        order by role, since, user_id""")
                .param("account", account).param("county", county).param("today", today)
                .query((rs, n) -> {
                    KeeperRole role = KeeperRole.valueOf(rs.getString(3));
                    return new Keeper(rs.getLong(1), rs.getString(2), role, role.label(), rs.getObject(4, LocalDate.class));
                }).list();
    }

    void name(long account, String county, long user, KeeperRole role, String name, LocalDate since) {
        jdbc.sql("""
                        insert into ledger.keeper (account_id, county, user_id, role, name, since)
                        values (:account, :county, :user, :role, :name, :since)""")
                .param("account", account).param("county", county).param("user", user).param("role", role.name())
                .param("name", name).param("since", since).update();
    }

    /**
     * Ends a keeper's naming from today: the row named today is withdrawn as if never made; an older one keeps its
     * history and ends yesterday.
     */
    void end(long account, String county, long user, KeeperRole role, LocalDate today) {
        jdbc.sql("""
                        delete from ledger.keeper where account_id = :account and county = :county and user_id = :user
                        and role = :role and since = :today""")
                .param("account", account).param("county", county).param("user", user).param("role", role.name())
                .param("today", today).update();
        jdbc.sql("""
                        update ledger.keeper set until = :yesterday where account_id = :account and county = :county
                        and user_id = :user and role = :role and since < :today and (until is null or until >= :today)""")
                .param("account", account).param("county", county).param("user", user).param("role", role.name())
                .param("today", today).param("yesterday", today.minusDays(1)).update();
    }

    List<Subject> subjects(long account, String county) {
        return jdbc.sql("select code, name, kind from ledger.subject where account_id = :account and county = :county order by code")
                .param("account", account).param("county", county)
                .query((rs, n) -> {
                    SubjectKind kind = SubjectKind.valueOf(rs.getString(3));
                    return new Subject(rs.getString(1), rs.getString(2), kind, kind.label());
                }).list();
    }

    /** Adds a subject; false when the account has that code already. */
    boolean addSubject(long account, String county, String code, String name, SubjectKind kind) {
        return jdbc.sql("""
                        insert into ledger.subject (account_id, county, code, name, kind) values (:account, :county, :code, :name, :kind)
                        on conflict do nothing""")
                .param("account", account).param("county", county).param("code", code).param("name", name)
                .param("kind", kind.name()).update() == 1;
    }

    static Account view(Row row, List<Keeper> keepers) {
        return new Account(row.id(), row.territoryCode(), row.estateId(), row.kind(), row.kind().label(), row.name(),
                row.threshold(), Fen.yuan(row.threshold()), row.headSeq(), row.headHash(), row.createdAt(), keepers);
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), AccountKind.valueOf(rs.getString(4)),
                rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class),
                rs.getString(10));
    }
}
