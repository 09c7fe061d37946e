package org.jiceng.ledger;

import java.time.LocalDate;
import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.Http;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ledger accounts for the payment and voucher tests, made by SQL: an account in 堂琅社区 (a village collective's, so
 * its residents read it) with a bank subject 1002 and an expense subject 5101, and the people named on it.
 */
final class PaymentBooks {

    static final String TANGLANG = "530326001001";

    private final JdbcClient jdbc;
    private final IdentityApi identity;

    PaymentBooks(JdbcClient jdbc, IdentityApi identity) {
        this.jdbc = jdbc;
        this.identity = identity;
    }

    /** A new account in 堂琅社区 above whose threshold (in fen) payments need two keys. */
    long account(long threshold) {
        long id = jdbc.sql("""
                        insert into ledger.account (county, territory_code, kind, name, approval_threshold, created_by)
                        values ('530326', :territory, 'COLLECTIVE_FUNDS', :name, :threshold, 0) returning id""")
                .param("territory", TANGLANG).param("name", "测试账本" + System.nanoTime() % 1_000_000)
                .param("threshold", threshold).query(Long.class).single();
        for (String[] subject : List.of(new String[] {"1002", "银行存款", "ASSET"}, new String[] {"5101", "维修支出", "EXPENSE"})) {
            jdbc.sql("insert into ledger.subject (account_id, county, code, name, kind) values (:a, '530326', :c, :n, :k)")
                    .param("a", id).param("c", subject[0]).param("n", subject[1]).param("k", subject[2]).update();
        }
        return id;
    }

    /** Names {@code username} on the account in {@code role} (a keeper role) from the start of the year. */
    PaymentBooks keeper(long account, String username, String role) {
        CurrentUser user = identity.findByUsername(username).orElseThrow();
        jdbc.sql("""
                        insert into ledger.keeper (account_id, county, user_id, role, name, since)
                        values (:a, '530326', :u, :r, :n, :since)""")
                .param("a", account).param("u", user.id()).param("r", role).param("n", user.displayName())
                .param("since", LocalDate.of(2000, 1, 1)).update();
        return this;
    }

    /** A person of the test holding these roles in 堂琅社区, who signs in with the demo password. */
    String person(String username, Role... roles) {
        if (identity.findByUsername(username).isEmpty()) {
            identity.createUser(new IdentityApi.NewUser(username, "测试" + username, Http.DEMO_PASSWORD,
                    java.util.Arrays.stream(roles).map(r -> new CurrentUser.Grant(r, TANGLANG, null)).toList()));
        }
        return username;
    }

    long entriesWithVoucher(long account, long voucher) {
        return jdbc.sql("select count(*) from ledger.entry where account_id = :a and voucher_id = :v")
                .param("a", account).param("v", voucher).query(Long.class).single();
    }

    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    /** Uploads a receipt to the account as {@code as}; its id. */
    static long voucher(Http as, long account) {
        var answer = as.postFile("/api/v1/ledger/vouchers", java.util.Map.of("accountId", String.valueOf(account)),
                "file", "receipt.png", "image/png", PNG);
        if (answer.status() != 201) {
            throw new IllegalStateException("voucher not uploaded: " + answer.status() + " " + answer.body());
        }
        return answer.json().get("id").asLong();
    }

    static String ask(long account, String amount, long voucher) {
        return """
                {"accountId": %d, "amount": "%s", "payee": "会泽县安达电梯工程有限公司", "purpose": "电梯维修",
                 "payFrom": "1002", "lines": [{"subject": "5101", "amount": "%s"}], "voucherId": %d}"""
                .formatted(account, amount, amount, voucher);
    }
}
