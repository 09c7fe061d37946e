package org.jiceng.ledger;

import org.jiceng.support.Http;
import tools.jackson.databind.JsonNode;

/** Accounts the ledger's tests make for themselves through the API, on estates of their own in 堂琅社区. */
final class AccountFixtures {

    static final String TANGLANG = "530326001001";

    private AccountFixtures() {
    }

    /** A new estate of three homes in 堂琅社区, none of them jumin's; its id. */
    static long estate(int port, String name) {
        Http.Response made = Http.as(port, "shequ").postJson("/api/v1/estates", """
                {"name": "%s%d", "territoryCode": "%s", "units": [{"unit": "1-1", "owner": "业主甲", "area": "90"},
                 {"unit": "1-2", "owner": "业主乙", "area": "90"}, {"unit": "1-3", "owner": "业主丙", "area": "90"}]}"""
                .formatted(name, System.nanoTime() % 1_000_000, TANGLANG));
        if (made.status() != 201 && made.status() != 200) {
            throw new IllegalStateException("estate not made: " + made);
        }
        return made.json().get("id").asLong();
    }

    /** A 物业费 account of a new estate, kept by yeweihui and wuye, opened by shequ. */
    static JsonNode propertyFeeAccount(int port) {
        long estate = estate(port, "账本测试小区");
        Http.Response opened = Http.as(port, "shequ").postJson("/api/v1/ledger/accounts", """
                {"kind": "PROPERTY_FEE", "estateId": %d, "approvalThresholdFen": 300000,
                 "keepers": [{"username": "yeweihui", "role": "OWNERS_COMMITTEE"}, {"username": "wuye", "role": "PROPERTY_COMPANY"}]}"""
                .formatted(estate));
        if (opened.status() != 201) {
            throw new IllegalStateException("account not opened: " + opened);
        }
        return opened.json();
    }

    /** A 资产 account of 堂琅社区 kept by shequ and jianwei. */
    static JsonNode communityAccount(int port) {
        Http.Response opened = Http.as(port, "shequ").postJson("/api/v1/ledger/accounts", """
                {"kind": "COLLECTIVE_ASSETS", "territoryCode": "%s", "name": "堂琅社区集体资产（测试）",
                 "keepers": [{"username": "shequ", "role": "VILLAGE_COMMITTEE"}, {"username": "jianwei", "role": "VILLAGE_SUPERVISOR"}]}"""
                .formatted(TANGLANG));
        if (opened.status() != 201) {
            throw new IllegalStateException("account not opened: " + opened);
        }
        return opened.json();
    }

    /** An entry of {@code fen} from the bank to {@code expense}, as JSON for the API. */
    static String entry(String date, String memo, String debit, String credit, long fen) {
        return """
                {"date": "%s", "memo": "%s", "lines": [{"subject": "%s", "debitFen": %d}, {"subject": "%s", "creditFen": %d}]}"""
                .formatted(date, memo, debit, fen, credit, fen);
    }
}
