package org.jiceng.security;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jiceng.support.Http;
import tools.jackson.databind.JsonNode;

/**
 * The records of the 时间银行, honour lists and claims. In 堂琅社区 the community (shequ) opens an account for a member
 * without a phone, records a service for them, drafts a 红榜 and decides a 黑榜 entry; jumin opens (or has) their own
 * account, is named on a 黑榜 entry and claims a spot; mx-neighbour claims another. In 迤车镇 yiche does the staff's
 * part; no resident there has an account, so claims have no foreign record.
 */
final class VolunteerCommunityFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
        for (String variant : new String[] {"own-territory", "foreign"}) {
            boolean foreign = variant.equals("foreign");
            String community = foreign ? fixtures.foreignVillage : Fixtures.OWN_VILLAGE;
            Http staff = fixtures.as(foreign ? "yiche" : "shequ");
            JsonNode account = staff.postJson("/api/v1/volunteer/time-bank/accounts", """
                    {"communityCode": "%s", "name": "矩阵测试老人"}""".formatted(community)).json();
            String accountId = account.get("id").asString();
            fixtures.put("volunteer/time-bank/accounts", variant, accountId);
            fixtures.put("volunteer/time-bank/services", variant, Fixtures.created(staff.postJson(
                    "/api/v1/volunteer/time-bank/accounts/" + accountId + "/services", """
                    {"servedName": "邻居", "description": "代买药品", "minutes": 30}"""), "time-bank service " + variant));
            fixtures.put("volunteer/honours/red-lists", variant, redList(staff, community, variant));
            fixtures.put("volunteer/honours/black", variant, black(fixtures, staff, community,
                    account.get("volunteerId").asLong(), today, variant));
        }

        Http jumin = fixtures.as("jumin");
        var opened = jumin.postJson("/api/v1/volunteer/time-bank/accounts", "{}");
        long me = jumin.get("/api/v1/me").json().get("id").asLong();
        JsonNode own = opened.status() == 201 ? opened.json()
                : jumin.get("/api/v1/volunteer/time-bank/accounts").json().get("items").valueStream()
                        .filter(a -> a.path("userId").asLong() == me).findFirst().orElseThrow();
        String ownAccount = own.get("id").asString();
        fixtures.put("volunteer/time-bank/accounts", "own-record", ownAccount);
        fixtures.put("volunteer/time-bank/services", "own-record", Fixtures.created(jumin.postJson(
                "/api/v1/volunteer/time-bank/accounts/" + ownAccount + "/services", """
                {"servedName": "隔壁张奶奶", "description": "陪同散步", "minutes": 40}"""), "jumin's service"));
        fixtures.put("volunteer/honours/black", "own-record", black(fixtures, fixtures.as("shequ"), Fixtures.OWN_VILLAGE,
                own.get("volunteerId").asLong(), today, "own-record"));

        Http shequ = fixtures.as("shequ");
        for (String variant : new String[] {"own-territory", "own-record"}) {
            String spot = Fixtures.created(shequ.postJson("/api/v1/volunteer/claims/spots", """
                    {"communityCode": "%s", "kind": "GREEN_SPACE", "name": "矩阵测试绿地%d"}"""
                    .formatted(Fixtures.OWN_VILLAGE, System.nanoTime() % 1_000_000)), "spot " + variant);
            Http claimant = fixtures.as(variant.equals("own-record") ? "jumin" : "mx-neighbour");
            fixtures.put("volunteer/claims", variant, Fixtures.created(claimant.postJson("/api/v1/volunteer/claims",
                    "{\"spotId\": %s}".formatted(spot)), "claim " + variant));
        }
        fixtures.missing().add("volunteer/claims foreign: no resident of 迤车镇 has an account to claim with");
    }

    private static String black(Fixtures fixtures, Http staff, String community, long volunteerId, LocalDate today,
                                String variant) {
        return Fixtures.created(staff.postJson("/api/v1/volunteer/honours/black", """
                {"communityCode": "%s", "volunteerId": %d, "displayName": "矩阵某", "conduct": "乱扔垃圾",
                 "ruleBroken": "村规民约第五条", "decidedBy": "两委会议", "decidedOn": "%s", "endsOn": "%s"}"""
                .formatted(community, volunteerId, today, today.plusDays(30))), "black entry " + variant);
    }

    /**
     * A red list of a month long past. The fixtures are made more than once on one database (the matrix, the fuzz
     * test), so a month already taken (409) is passed over for another; the years are before HonourApiIT's.
     */
    private static String redList(Http staff, String community, String variant) {
        for (int attempt = 1; ; attempt++) {
            var answer = staff.postJson("/api/v1/volunteer/honours/red-lists", """
                    {"communityCode": "%s", "month": "%s"}""".formatted(community, pastMonth()));
            if (answer.status() != 409 || attempt == 20) {
                return Fixtures.created(answer, "red list " + variant);
            }
        }
    }

    /** A month of long ago that no other record is likely to have taken (one 红榜 per community and month). */
    private static String pastMonth() {
        long n = System.nanoTime();
        return "%d-%02d".formatted(1980 + n % 20, 1 + (n / 20) % 12);
    }
}
