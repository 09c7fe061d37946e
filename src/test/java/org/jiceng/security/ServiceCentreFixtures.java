package org.jiceng.security;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jiceng.support.Http;

/**
 * The records of service centres and bookings: a centre open every day with a session the day after tomorrow in
 * 堂琅社区 (shequ) and in a village of 迤车镇 (yiche); jumin's own booking, huzhang's in 堂琅 and in 迤车镇.
 */
final class ServiceCentreFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
        String day = LocalDate.now(ZoneOffset.ofHours(8)).plusDays(2).toString();
        StringBuilder hours = new StringBuilder();
        for (int d = 1; d <= 7; d++) {
            hours.append(d > 1 ? "," : "").append("{\"weekday\": %d, \"opens\": \"07:00\", \"closes\": \"22:00\"}"
                    .formatted(d));
        }
        Http chief = fixtures.as("huzhang");
        for (String variant : new String[] {"own-territory", "foreign"}) {
            boolean foreign = variant.equals("foreign");
            Http staff = fixtures.as(foreign ? "yiche" : "shequ");
            String village = foreign ? fixtures.foreignVillage : Fixtures.OWN_VILLAGE;
            String centre = Fixtures.created(staff.postJson("/api/v1/services/centres", """
                    {"territoryCode": "%s", "name": "矩阵测试服务中心", "address": "村委会一楼", "lat": 26.4, "lon": 103.3,
                     "hours": [%s], "services": [{"kind": "CLASS", "name": "矩阵测试课程"}]}"""
                    .formatted(village, hours)), "centre");
            fixtures.put("services/centres", variant, centre);
            var service = staff.get("/api/v1/services/centres/" + centre).json().get("services").get(0).get("id");
            var sessions = staff.postJson("/api/v1/services/centres/" + centre + "/sessions", """
                    {"serviceId": %s, "day": "%s", "startsAt": "10:00", "endsAt": "11:00", "capacity": 20}"""
                    .formatted(service.asString(), day));
            if (sessions.status() != 201) {
                fixtures.missing().add("services/bookings " + variant + ": session " + sessions.status());
                continue;
            }
            long session = sessions.json().get("items").get(0).get("id").asLong();
            var booked = chief.postJson("/api/v1/services/bookings", "{\"sessionId\": " + session + "}");
            if (booked.status() == 201) {
                fixtures.put("services/bookings", variant, booked.json().get("id").asString());
            } else {
                fixtures.missing().add("services/bookings " + variant + ": booking " + booked.status());
            }
            if (!foreign) {
                var own = fixtures.as("jumin").postJson("/api/v1/services/bookings", "{\"sessionId\": " + session + "}");
                if (own.status() == 201) {
                    fixtures.put("services/bookings", "own-record", own.json().get("id").asString());
                } else {
                    fixtures.missing().add("services/bookings own-record: booking " + own.status());
                }
            }
        }
    }
}
