package org.jiceng.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The centres' pages: a resident sees the centres near home and the map, books a session for a family member on the
 * session's page, finds it among their bookings and cancels it; the desk sees the list to check people in.
 */
@AppTest
class CentrePagesIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    @Test
    void aResidentSeesTheCentresNearHomeAndTheDemoCentresOnTheMap() {
        Http jumin = Http.as(port, "jumin");
        var list = jumin.get("/services/centres");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("我家附近15分钟服务圈", "堂琅社区党群服务中心", "古城街道党群服务中心");
        var map = jumin.get("/services/centres/map");
        assertThat(map.status()).isEqualTo(200);
        assertThat(map.body()).contains("id=\"map\"", "centre-map.js", "堂琅社区党群服务中心");
        var staff = Http.as(port, "gucheng").get("/services/centres/map");
        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.body()).contains("household-id");
    }

    @Test
    void aResidentBooksForAFamilyMemberOnThePageAndTheDeskSeesThemToCheckIn() {
        CentrePeople people = new CentrePeople(port, identity);
        var centre = people.centre("页面测试中心" + System.nanoTime() % 10000, 26.43, 103.31);
        long session = people.session(centre, 2, "14:00", "15:00", 1, 2).get("id").asLong();
        var page = people.shequ.get("/services/centres/" + centre.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("测试课程", "名单与签到");

        Http resident = people.resident("page");
        var booked = resident.postForm("/services/sessions/" + session + "/book", Map.of("attendee", "李小红"));
        assertThat(booked.status()).isEqualTo(302);
        String mine = resident.get("/services/bookings").body();
        assertThat(mine).contains("测试课程", "为李小红预约", "已预约");
        var full = people.resident("page-late").postForm("/services/sessions/" + session + "/book", Map.of());
        assertThat(full.status()).isEqualTo(302);

        String desk = people.shequ.get("/services/sessions/" + session).body();
        assertThat(desk).contains("预约名单与签到", "李小红", "候补第 1 位", "check-in-");
        String own = resident.get("/services/sessions/" + session).body();
        assertThat(own).contains("取消预约").doesNotContain("预约名单与签到");
    }

    @Test
    void everyDemoAccountOpensTheCentresPage() {
        for (String user : new String[] {"admin", "yiche", "bumen", "wangge", "daiban", "jijian", "huzhang"}) {
            assertThat(Http.as(port, user).get("/services/centres").status()).as(user).isEqualTo(200);
        }
    }
}
