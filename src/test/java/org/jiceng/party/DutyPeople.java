package org.jiceng.party;

import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.Http;
import tools.jackson.databind.JsonNode;

/**
 * The people the 设岗定责, pledge and 三长 tests act as: demo party members of 堂琅社区 and accounts of residents
 * linked to a member or to the resident who holds a post, signed in with a token.
 */
final class DutyPeople {

    static final String TANGLANG = "530326001001";
    static final String YICHE = "530326103";
    static final String PASSWORD = "Duty-Tests-2026";

    private final int port;
    private final IdentityApi identity;

    DutyPeople(int port, IdentityApi identity) {
        this.port = port;
        this.identity = identity;
    }

    /** The {@code index}-th demo party member of 堂琅社区 (each test class uses its own indexes). */
    JsonNode member(int index) {
        JsonNode items = Http.as(port, "dangjian").get("/api/v1/party/members?territory=" + TANGLANG + "&limit=40")
                .json().get("items");
        return items.get(index);
    }

    /** A resident's account of 堂琅社区 that is the party member given. */
    Http memberAccount(String username, JsonNode member) {
        long id = account(username, member.get("name").asString());
        identity.linkResident(id, member.get("residentId").asLong());
        identity.linkPartyMember(id, member.get("id").asLong());
        return signIn(username);
    }

    /** A resident's account of 堂琅社区 that is the resident given (e.g. the holder of a post). */
    Http residentAccount(String username, String displayName, long residentId) {
        long id = account(username, displayName);
        identity.linkResident(id, residentId);
        return signIn(username);
    }

    private long account(String username, String displayName) {
        return identity.findByUsername(username).map(CurrentUser::id).orElseGet(() -> identity.createUser(
                new IdentityApi.NewUser(username, displayName, PASSWORD,
                        List.of(new CurrentUser.Grant(Role.RESIDENT, TANGLANG, null)))));
    }

    Http signIn(String username) {
        var answer = Http.anonymous(port).postJson("/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        if (answer.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + answer.status());
        }
        return Http.anonymous(port).withToken(answer.json().get("token").asString());
    }
}
