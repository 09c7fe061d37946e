package org.jiceng.party;

import org.jiceng.support.Http;
import tools.jackson.databind.JsonNode;

/**
 * New party members for the membership tests, made through the API as a branch would: a resident of the register
 * in the village who is not a member yet (the shared database holds other tests' members) is admitted.
 */
public final class MembershipTestMembers {

    private MembershipTestMembers() {
    }

    /** The id of a member newly admitted by {@code as} to {@code organisationId} from the residents of {@code village}. */
    public static long admit(Http as, Http registerReader, String village, long organisationId) {
        return admit(as, registerReader, village, organisationId, "2021-06-01");
    }

    /** As {@link #admit(Http, Http, String, long)}, joined on {@code joinedOn}. */
    public static long admit(Http as, Http registerReader, String village, long organisationId, String joinedOn) {
        String after = "";
        for (int pages = 0; pages < 20; pages++) {
            JsonNode page = registerReader.get("/api/v1/households?territory=" + village + "&limit=50"
                    + (after.isEmpty() ? "" : "&after=" + after)).json();
            for (JsonNode household : page.get("items")) {
                JsonNode members = registerReader.get("/api/v1/households/" + household.get("id").asLong()).json()
                        .get("members");
                for (JsonNode resident : members) {
                    var admitted = as.postJson("/api/v1/party/members", """
                            {"residentId": %d, "organisationId": %d, "joinedOn": "%s"}"""
                            .formatted(resident.get("id").asLong(), organisationId, joinedOn));
                    if (admitted.status() == 201) {
                        return admitted.json().get("id").asLong();
                    }
                }
            }
            if (page.get("next").isNull()) {
                break;
            }
            after = page.get("next").asString();
        }
        throw new IllegalStateException("no resident of " + village + " left to admit as a party member");
    }

    /** A branch of the village that enrols members: the organisation of one of its members. */
    public static long branchOf(Http partyReader, String village) {
        return partyReader.get("/api/v1/party/members?territory=" + village + "&limit=1").json().get("items").get(0)
                .get("organisationId").asLong();
    }
}
