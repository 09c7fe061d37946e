package org.jiceng.security;

import org.jiceng.support.Http;

/**
 * The records of 代办 and 全程代理 requests and their items: one taken in by the 代办员 (daiban) for a resident of
 * 堂琅社区 (own territory), one taken in by 迤车镇's staff for a resident of theirs (foreign), and jumin's own; made
 * by the shared catalogue code {@code GLJT} (高龄津贴申领), which the catalogue's demo publishes county-wide.
 */
final class ServiceRequestFixtures implements FixtureSet {

    static final String FAMILY = "services/requests";
    static final String ITEM = "GLJT";

    @Override
    public void make(Fixtures fixtures) {
        make(fixtures, "own-territory", "daiban", fixtures.variants("residents").get("own-territory"));
        make(fixtures, "foreign", "yiche", fixtures.variants("residents").get("foreign"));
        make(fixtures, "own-record", "jumin", null);
    }

    private static void make(Fixtures fixtures, String variant, String user, String resident) {
        Http http = fixtures.as(user);
        String body = resident == null ? "{\"itemCode\": \"%s\"}".formatted(ITEM)
                : "{\"itemCode\": \"%s\", \"residentId\": %s}".formatted(ITEM, resident);
        var asked = http.postJson("/api/v1/" + FAMILY, body);
        if (asked.status() == 201) {
            fixtures.put(FAMILY, variant, asked.json().get("id").asString());
        } else {
            fixtures.missing().add(FAMILY + " " + variant + ": " + asked.status() + " " + asked.body());
        }
    }
}
