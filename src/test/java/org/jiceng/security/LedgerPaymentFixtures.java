package org.jiceng.security;

import java.util.Map;

/**
 * The records of ledger vouchers and payments: on the demo's 堂琅花园 account, wuye (the property company, a keeper)
 * pays a small sum with a receipt anyone who reads the account may see, and asks a payment above the threshold,
 * which waits for the owners' committee. 迤车镇 has no demo account with a bookkeeper, so these families have no foreign variant:
 * another town is refused by the own-territory record.
 */
final class LedgerPaymentFixtures implements FixtureSet {

    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    @Override
    public void make(Fixtures fixtures) {
        var wuye = fixtures.as("wuye");
        // the demo's 公共收益 account (the first opened), not whichever account a test made payments on before
        var demoAccount = wuye.get("/api/v1/ledger/accounts?limit=100").json().path("items").valueStream()
                .filter(a -> a.path("kind").asString().equals("PUBLIC_INCOME")).mapToLong(a -> a.get("id").asLong())
                .min();
        if (demoAccount.isEmpty()) {
            fixtures.missing().add("ledger/payments own-territory: wuye keeps no 公共收益 account");
            return;
        }
        var pending = wuye.get("/api/v1/ledger/payments?account=" + demoAccount.getAsLong() + "&state=PENDING&limit=1");
        if (pending.status() != 200 || pending.json().path("items").isEmpty()) {
            fixtures.missing().add("ledger/payments own-territory: wuye keeps no account → " + pending.status());
            return;
        }
        var account = pending.json().get("items").get(0);
        long accountId = account.get("accountId").asLong();
        var line = account.get("lines").get(0).get("subject").asString();
        // a receipt in the journal (a payment within the threshold posts as asked), public as it is
        String paid = voucher(wuye, accountId);
        Fixtures.created(wuye.postJson("/api/v1/ledger/payments", """
                {"accountId": %d, "amount": "1.00", "payee": "矩阵测试收款人", "purpose": "矩阵测试小额支出", "payFrom": "%s",
                 "lines": [{"subject": "%s", "amount": "1.00"}], "voucherId": %s}"""
                .formatted(accountId, account.get("payFrom").asString(), line, paid)), "payment within the threshold");
        fixtures.put("ledger/vouchers", "own-territory", paid);
        String voucher = voucher(wuye, accountId);
        long above = account.get("thresholdFen").asLong() + 100_00;
        fixtures.put("ledger/payments", "own-territory", Fixtures.created(wuye.postJson("/api/v1/ledger/payments", """
                {"accountId": %d, "amount": "%s", "payee": "矩阵测试收款人", "purpose": "矩阵测试支出", "payFrom": "%s",
                 "lines": [{"subject": "%s", "amount": "%s"}], "voucherId": %s}"""
                .formatted(accountId, org.jiceng.Fen.yuan(above), account.get("payFrom").asString(), line,
                        org.jiceng.Fen.yuan(above), voucher)), "payment"));
        fixtures.missing().add("ledger/vouchers and ledger/payments foreign: no bookkeeper of an account in 迤车镇");
    }

    private static String voucher(org.jiceng.support.Http as, long accountId) {
        return Fixtures.created(as.postFile("/api/v1/ledger/vouchers",
                Map.of("accountId", String.valueOf(accountId), "publicAsIs", "true"), "file", "receipt.png",
                "image/png", PNG), "voucher");
    }
}
