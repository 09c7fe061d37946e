package org.jiceng.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.volunteer.internal.Volunteers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** 认领 through the API: a green space and a 微心愿 claimed, reported with a photo and confirmed; who is refused. */
@AppTest
class ClaimApiIT {

    static final String TANGLANG = TimeBankPeople.TANGLANG;
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    @Autowired
    Volunteers volunteers;

    TimeBankPeople people;

    @BeforeEach
    void setUp() {
        people = new TimeBankPeople(port, identity, volunteers);
    }

    long spot(String name) {
        var published = Http.as(port, "shequ").postJson("/api/v1/volunteer/claims/spots", """
                {"communityCode": "%s", "kind": "GREEN_SPACE", "name": "%s", "description": "小区东侧"}"""
                .formatted(TANGLANG, name));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        return published.json().get("id").asLong();
    }

    void photoAndReport(Http as, long claim) {
        var photo = as.postFile("/api/v1/volunteer/claims/" + claim + "/photos", Map.of(), "file", "done.png",
                "image/png", PNG);
        assertThat(photo.status()).as(photo.body()).isEqualTo(201);
        var reported = as.postJson("/api/v1/volunteer/claims/" + claim + "/report", "{\"report\": \"已完成\"}");
        assertThat(reported.status()).as(reported.body()).isEqualTo(200);
    }

    @Test
    void aVolunteerClaimsAGreenSpaceReportsWithAPhotoAndTheCommunityConfirms() {
        var volunteer = people.resident("绿地认领人");
        long spot = spot("东侧绿地" + TimeBankPeople.unique());
        var claimed = volunteer.http().postJson("/api/v1/volunteer/claims", "{\"spotId\": %d, \"note\": \"每周浇水\"}"
                .formatted(spot));
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(201);
        long claim = claimed.json().get("id").asLong();
        assertThat(Http.as(port, "jumin").postJson("/api/v1/volunteer/claims", "{\"spotId\": %d}".formatted(spot))
                .status()).as("claimed once").isEqualTo(409);

        assertThat(volunteer.http().postJson("/api/v1/volunteer/claims/" + claim + "/report", "{\"report\": \"完成\"}")
                .status()).as("a photo first").isEqualTo(409);
        assertThat(volunteer.http().postFile("/api/v1/volunteer/claims/" + claim + "/photos", Map.of(), "file", "a.png",
                "image/png", "not an image".getBytes()).status()).isEqualTo(400);
        assertThat(Http.as(port, "jumin").postFile("/api/v1/volunteer/claims/" + claim + "/photos", Map.of(), "file",
                "a.png", "image/png", PNG).status()).as("another resident: the claim is not theirs to see").isEqualTo(404);
        assertThat(Http.as(port, "jumin").get("/api/v1/volunteer/claims/" + claim).status())
                .as("a neighbour's claim is not another resident's to read").isEqualTo(404);
        assertThat(Http.as(port, "shequ").get("/api/v1/volunteer/claims/" + claim).status()).isEqualTo(200);
        photoAndReport(volunteer.http(), claim);

        assertThat(Http.as(port, "yiche").postJson("/api/v1/volunteer/claims/" + claim + "/confirm", "{}").status())
                .isEqualTo(404);
        var confirmed = Http.as(port, "shequ").postJson("/api/v1/volunteer/claims/" + claim + "/confirm", "{}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");
        long photo = confirmed.json().get("photoIds").get(0).asLong();
        assertThat(Http.as(port, "shequ").download("/api/v1/volunteer/claims/" + claim + "/photos/" + photo).status())
                .isEqualTo(200);
        assertThat(Http.as(port, "jumin").get("/api/v1/volunteer/claims/spots?village=" + TANGLANG).json().get("items")
                .valueStream().filter(s -> s.get("id").asLong() == spot).findFirst().orElseThrow()
                .get("status").asString()).as("open for the next claim").isEqualTo("OPEN");
    }

    @Test
    void aClaimedWishIsMarkedClaimedThenFulfilledInThePartyNeedsList() {
        var volunteer = people.resident("心愿认领人");
        var need = Http.as(port, "shequ").postJson("/api/v1/party/needs", """
                {"communityCode": "%s", "title": "想要一个新书包", "description": "留守儿童小明", "kind": "WISH"}"""
                .formatted(TANGLANG));
        long needId = need.json().get("id").asLong();
        assertThat(volunteer.http().get("/api/v1/volunteer/claims/wishes?village=" + TANGLANG).json().get("items")
                .valueStream().map(w -> w.get("id").asLong())).contains(needId);

        var claimed = volunteer.http().postJson("/api/v1/volunteer/claims", "{\"needId\": %d}".formatted(needId));
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(201);
        long claim = claimed.json().get("id").asLong();
        JsonNode inParty = Http.as(port, "shequ").get("/api/v1/party/needs/" + needId).json();
        assertThat(inParty.get("status").asString()).isEqualTo("CLAIMED");
        assertThat(inParty.get("claimedBy").asString()).isEqualTo("心愿认领人");
        assertThat(volunteer.http().get("/api/v1/volunteer/claims/wishes?village=" + TANGLANG).json().get("items")
                .valueStream().map(w -> w.get("id").asLong())).doesNotContain(needId);

        photoAndReport(volunteer.http(), claim);
        assertThat(Http.as(port, "shequ").postJson("/api/v1/volunteer/claims/" + claim + "/confirm", "{}").status())
                .isEqualTo(200);
        assertThat(Http.as(port, "shequ").get("/api/v1/party/needs/" + needId).json().get("status").asString())
                .isEqualTo("FULFILLED");
        assertThat(volunteer.http().get("/api/v1/volunteer/claims?mine=true").json().get("items").valueStream()
                .map(c -> c.get("id").asLong())).contains(claim);
    }

    @Test
    void anotherTownADepartmentAndAResidentAreRefusedWhereTheyMustBe() {
        long spot = spot("西侧花坛" + TimeBankPeople.unique());
        assertThat(Http.as(port, "yiche").postJson("/api/v1/volunteer/claims", "{\"spotId\": %d}".formatted(spot))
                .status()).isEqualTo(403);
        assertThat(Http.as(port, "bumen").get("/api/v1/volunteer/claims/spots?village=" + TANGLANG).status())
                .isEqualTo(403);
        assertThat(Http.as(port, "jumin").postJson("/api/v1/volunteer/claims/spots", """
                {"communityCode": "%s", "name": "我自己的绿地"}""".formatted(TANGLANG)).status()).isEqualTo(403);
        assertThat(Http.as(port, "yiche").postJson("/api/v1/volunteer/claims/spots", """
                {"communityCode": "%s", "name": "越界"}""".formatted(TANGLANG)).status()).isEqualTo(403);
        assertThat(Http.as(port, "yiche").get("/api/v1/volunteer/claims/spots?village=" + TANGLANG).status())
                .as("another town's community is not theirs to list").isEqualTo(403);
        assertThat(Http.as(port, "yiche").get("/api/v1/volunteer/claims?territory=" + TANGLANG).status())
                .isEqualTo(403);
        var bad = Http.as(port, "shequ").postJson("/api/v1/volunteer/claims/spots", """
                {"communityCode": "%s", "kind": "PARK"}""".formatted(TANGLANG));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.detail()).contains("类别");
    }
}
