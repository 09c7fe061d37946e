package org.jiceng.volunteer.internal.timebank;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.jiceng.volunteer.internal.timebank.TimeBankViews.Account;
import org.jiceng.volunteer.internal.timebank.TimeBankViews.Entry;
import org.jiceng.volunteer.internal.timebank.TimeBankViews.Proxy;
import org.jiceng.volunteer.internal.timebank.TimeBankViews.Service;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The time bank's tables: accounts, proxies, services awaiting confirmation and the append-only entries. */
@Repository
class TimeBankRepository {

    private static final String ACCOUNT = """
            select id, community_code, volunteer_id, user_id, name, balance, opened_at, version
            from volunteer.time_account""";
    private static final String SERVICE = """
            select s.id, s.account_id, s.community_code, a.name as member_name, s.served_name, s.served_account_id,
                   s.description, s.served_on, s.minutes, s.status, s.recorded_by_name, s.on_behalf,
                   s.decided_by_name, s.decision_note, s.version
            from volunteer.time_service s join volunteer.time_account a on a.id = s.account_id and a.county = s.county""";
    private static final String ENTRY = """
            select id, account_id, community_code, kind, minutes, balance_after, beneficiary, description, occurred_on,
                   acted_by_name, on_behalf, created_at
            from volunteer.time_entry""";

    private final JdbcClient jdbc;

    TimeBankRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> account(long id) {
        return jdbc.sql(ACCOUNT + " where id = :id").param("id", id).query(TimeBankRepository::account).optional();
    }

    Optional<Account> accountOfVolunteer(String county, long volunteerId) {
        return jdbc.sql(ACCOUNT + " where county = :county and volunteer_id = :v").param("county", county)
                .param("v", volunteerId).query(TimeBankRepository::account).optional();
    }

    /** Takes the account's row lock, so two withdrawals at once see each other's balance. */
    Optional<Account> lockAccount(long id) {
        return jdbc.sql(ACCOUNT + " where id = :id for update").param("id", id).query(TimeBankRepository::account)
                .optional();
    }

    /** Accounts in the scope, or held or kept (as proxy) by the user, newest first. */
    List<Account> accounts(Scope scope, long userId, long idBelow, int limit) {
        return jdbc.sql(ACCOUNT + " where (" + scope.where("community_code", "county") + """
                         or user_id = :user
                         or id in (select account_id from volunteer.time_proxy where proxy_user_id = :user))
                        and id < :below order by id desc limit :limit""")
                .params(scope.params()).param("user", userId).param("below", idBelow).param("limit", limit + 1)
                .query(TimeBankRepository::account).list();
    }

    long open(String community, long volunteerId, Long userId, String name, OffsetDateTime at) {
        return jdbc.sql("""
                        insert into volunteer.time_account (county, community_code, volunteer_id, user_id, name, opened_at)
                        values (:county, :community, :volunteer, :user, :name, :at) returning id""")
                .param("county", community.substring(0, 6)).param("community", community)
                .param("volunteer", volunteerId).param("user", userId).param("name", name).param("at", at)
                .query(Long.class).single();
    }

    boolean isProxy(long accountId, long userId) {
        return jdbc.sql("select exists (select 1 from volunteer.time_proxy where account_id = :a and proxy_user_id = :u)")
                .param("a", accountId).param("u", userId).query(Boolean.class).single();
    }

    List<Proxy> proxies(long accountId) {
        return jdbc.sql("""
                        select id, account_id, proxy_user_id, proxy_name, relation, registered_at
                        from volunteer.time_proxy where account_id = :a order by id""")
                .param("a", accountId)
                .query((rs, n) -> new Proxy(rs.getLong("id"), rs.getLong("account_id"), rs.getLong("proxy_user_id"),
                        rs.getString("proxy_name"), rs.getString("relation"),
                        TimeBankViews.relationName(rs.getString("relation")),
                        rs.getObject("registered_at", OffsetDateTime.class)))
                .list();
    }

    long addProxy(Account account, long proxyUserId, String proxyName, String relation, long by, OffsetDateTime at) {
        return jdbc.sql("""
                        insert into volunteer.time_proxy (county, account_id, proxy_user_id, proxy_name, relation,
                            registered_by, registered_at)
                        values (:county, :a, :u, :name, :relation, :by, :at)
                        on conflict (county, account_id, proxy_user_id) do update set relation = excluded.relation
                        returning id""")
                .param("county", account.communityCode().substring(0, 6)).param("a", account.id())
                .param("u", proxyUserId).param("name", proxyName).param("relation", relation).param("by", by)
                .param("at", at).query(Long.class).single();
    }

    long recordService(Account account, String servedName, Long servedAccountId, String description, LocalDate on,
                       int minutes, long by, String byName, boolean onBehalf, OffsetDateTime at) {
        return jdbc.sql("""
                        insert into volunteer.time_service (county, community_code, account_id, served_name,
                            served_account_id, description, served_on, minutes, recorded_by, recorded_by_name, on_behalf,
                            created_at)
                        values (:county, :community, :a, :served, :servedAccount, :description, :on, :minutes, :by,
                            :byName, :onBehalf, :at) returning id""")
                .param("county", account.communityCode().substring(0, 6)).param("community", account.communityCode())
                .param("a", account.id()).param("served", servedName).param("servedAccount", servedAccountId)
                .param("description", description).param("on", on).param("minutes", minutes).param("by", by)
                .param("byName", byName).param("onBehalf", onBehalf).param("at", at).query(Long.class).single();
    }

    Optional<Service> service(long id) {
        return jdbc.sql(SERVICE + " where s.id = :id").param("id", id).query(TimeBankRepository::service).optional();
    }

    List<Service> services(Scope scope, String status, long idBelow, int limit) {
        return jdbc.sql(SERVICE + " where " + scope.where("s.community_code", "s.county")
                        + " and (cast(:status as text) is null or s.status = :status) and s.id < :below"
                        + " order by s.id desc limit :limit")
                .params(scope.params()).param("status", status).param("below", idBelow).param("limit", limit + 1)
                .query(TimeBankRepository::service).list();
    }

    List<Service> servicesOf(long accountId) {
        return jdbc.sql(SERVICE + " where s.account_id = :a order by s.id desc limit 100").param("a", accountId)
                .query(TimeBankRepository::service).list();
    }

    boolean decide(Service service, String status, long by, String byName, String note, OffsetDateTime at) {
        return jdbc.sql("""
                        update volunteer.time_service set status = :status, decided_by = :by, decided_by_name = :byName,
                            decision_note = :note, decided_at = :at, version = version + 1
                        where id = :id and version = :version and status = 'PENDING'""")
                .param("status", status).param("by", by).param("byName", byName).param("note", note).param("at", at)
                .param("id", service.id()).param("version", service.version()).update() == 1;
    }

    /** Appends an entry and sets the account's balance to it, in the caller's transaction. */
    long append(Account account, String community, String kind, int minutes, int balanceAfter, Long serviceId,
                String beneficiary, String description, LocalDate on, long by, String byName, boolean onBehalf,
                OffsetDateTime at) {
        long id = jdbc.sql("""
                        insert into volunteer.time_entry (county, account_id, community_code, kind, minutes,
                            balance_after, service_id, beneficiary, description, occurred_on, acted_by, acted_by_name,
                            on_behalf, created_at)
                        values (:county, :a, :community, :kind, :minutes, :after, :service, :beneficiary, :description,
                            :on, :by, :byName, :onBehalf, :at) returning id""")
                .param("county", account.communityCode().substring(0, 6)).param("a", account.id())
                .param("community", community).param("kind", kind).param("minutes", minutes)
                .param("after", balanceAfter).param("service", serviceId).param("beneficiary", beneficiary)
                .param("description", description).param("on", on).param("by", by).param("byName", byName)
                .param("onBehalf", onBehalf).param("at", at).query(Long.class).single();
        jdbc.sql("""
                        update volunteer.time_account set balance = :balance, community_code = :community,
                            version = version + 1 where id = :id""")
                .param("balance", balanceAfter).param("community", community).param("id", account.id()).update();
        return id;
    }

    /** Entries oldest first after {@code idAbove}, the order a statement reads. */
    List<Entry> entries(long accountId, long idAbove, int limit) {
        return jdbc.sql(ENTRY + " where account_id = :a and id > :above order by id limit :limit")
                .param("a", accountId).param("above", idAbove).param("limit", limit + 1)
                .query(TimeBankRepository::entry).list();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        int balance = rs.getInt("balance");
        return new Account(rs.getLong("id"), rs.getString("community_code"), rs.getLong("volunteer_id"),
                rs.getObject("user_id", Long.class), rs.getString("name"), balance, TimeBankRules.shown(balance),
                rs.getObject("opened_at", OffsetDateTime.class), rs.getInt("version"));
    }

    private static Service service(ResultSet rs, int row) throws SQLException {
        String status = rs.getString("status");
        return new Service(rs.getLong("id"), rs.getLong("account_id"), rs.getString("community_code"),
                rs.getString("member_name"), rs.getString("served_name"), rs.getObject("served_account_id", Long.class),
                rs.getString("description"), rs.getObject("served_on", LocalDate.class), rs.getInt("minutes"), status,
                TimeBankViews.statusName(status), rs.getString("recorded_by_name"), rs.getBoolean("on_behalf"),
                rs.getString("decided_by_name"), rs.getString("decision_note"), rs.getInt("version"));
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("kind");
        return new Entry(rs.getLong("id"), rs.getLong("account_id"), rs.getString("community_code"), kind,
                TimeBankViews.kindName(kind), rs.getInt("minutes"), rs.getInt("balance_after"),
                rs.getString("beneficiary"), rs.getString("description"), rs.getObject("occurred_on", LocalDate.class),
                rs.getString("acted_by_name"), rs.getBoolean("on_behalf"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
