package org.jiceng.party;

import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.Http;
import tools.jackson.databind.JsonNode;

/** The demo's branches in 堂琅社区 and 迤车镇 and their members, found through the API, and member accounts. */
final class BranchLifeSetup {

    static final String OWN_VILLAGE = "530326001001";
    static final String FOREIGN_TOWN = "530326103";
    static final String PASSWORD = "Branch-Life-2026";

    private BranchLifeSetup() {
    }

    /** The first standing 党支部 in the territory. */
    static long branch(int port, String territory) {
        JsonNode items = Http.as(port, "dangjian").get("/api/v1/party/organisations?territory=" + territory + "&limit=500")
                .json().get("items");
        return items.valueStream().filter(o -> o.get("level").asString().equals("BRANCH")
                        && o.get("dissolvedOn").isNull())
                .findFirst().orElseThrow().get("id").asLong();
    }

    /** The ids of the organisation's members (and its groups'). */
    static List<Long> members(int port, long organisation) {
        return Http.as(port, "dangjian").get("/api/v1/party/organisations/" + organisation + "/members?limit=500").json()
                .get("items").valueStream().map(m -> m.get("id").asLong()).toList();
    }

    /** A resident's account linked to a party member, signed in. */
    static Http memberAccount(int port, IdentityApi identity, String username, long memberId) {
        long id = identity.findByUsername(username).map(CurrentUser::id).orElseGet(() -> identity.createUser(
                new IdentityApi.NewUser(username, "党员" + memberId, PASSWORD,
                        List.of(new CurrentUser.Grant(Role.RESIDENT, OWN_VILLAGE, null)))));
        identity.linkPartyMember(id, memberId);
        Http anonymous = Http.anonymous(port);
        var answer = anonymous.postJson("/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        if (answer.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + answer);
        }
        return anonymous.withToken(answer.json().get("token").asString());
    }

    /** Every member present but the first on leave and the second absent, as JSON. */
    static String attendance(List<Long> members) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            String status = i == 0 ? "LEAVE\", \"reason\": \"外出务工" : i == 1 ? "ABSENT" : "PRESENT";
            json.append("{\"memberId\": ").append(members.get(i)).append(", \"status\": \"").append(status).append("\"}");
        }
        return json.append(']').toString();
    }
}
