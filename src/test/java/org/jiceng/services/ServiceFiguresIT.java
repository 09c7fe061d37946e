package org.jiceng.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.jiceng.Scope;
import org.jiceng.XlsxSheet;
import org.jiceng.identity.IdentityApi;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.territory.UnitView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A month of items handled and bookings closed in two villages of 古城街道, published as the services module's events,
 * read back as the figures per village and office, by a department (its own office only), in the monthly report and
 * in the assessment's indicators; a second delivery counts once, and another town and a resident are refused.
 */
@AppTest
class ServiceFiguresIT {

    static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 10);
    static final String GUCHENG = "530326001";
    static final String TANGLANG = "530326001001";
    static final String MONTH = "2019-07";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    IdentityApi identity;

    @Autowired
    TerritoryApi territory;

    long housing;
    long civil;

    ServiceItemHandled item(long request, String village, long item, long office, boolean agency, String outcome,
                            int days, boolean onTime, String at) {
        return new ServiceItemHandled(village.substring(0, 6), request, village, item, "事项" + item, office,
                office == housing ? "县住房和城乡建设局" : "县民政局", agency, outcome, days, onTime,
                Instant.parse(at).minusSeconds(86_400L * days), Instant.parse(at));
    }

    static BookingClosed booking(String community, String outcome, String at) {
        return new BookingClosed(community.substring(0, 6), IDS.incrementAndGet(), community, 7, "党群服务中心",
                "政策咨询", LocalDate.parse(at.substring(0, 10)), outcome, Instant.parse(at));
    }

    void publish(List<Object> all) {
        transactions.executeWithoutResult(s -> all.forEach(events::publishEvent));
    }

    static JsonNode await(Http as, String path, Predicate<JsonNode> ready) throws InterruptedException {
        JsonNode answer = null;
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            Http.Response r = as.get(path);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            answer = r.json();
            if (ready.test(answer)) {
                return answer;
            }
            Thread.sleep(200);
        }
        return answer;
    }

    static JsonNode row(JsonNode rows, String key) {
        return rows.valueStream().filter(r -> r.get("key").asString().equals(key)).findFirst().orElseThrow();
    }

    static String percent(JsonNode line, String rate) {
        return line.get(rate).get("shown").asString();
    }

    @Test
    void aMonthOfServicesIsCountedPerVillageAndOfficeAndFeedsTheReportAndTheAssessment() throws Exception {
        housing = identity.findByUsername("bumen").orElseThrow().unitId().orElseThrow();
        civil = territory.units("530326", Scope.everything()).stream().mapToLong(UnitView::id)
                .filter(id -> id != housing).findFirst().orElseThrow();
        String other = Http.as(port, "admin").get("/api/v1/divisions/" + GUCHENG + "/children").json().get("items")
                .valueStream().map(d -> d.get("code").asString()).filter(c -> !c.equals(TANGLANG))
                .findFirst().orElseThrow();
        long r1 = IDS.incrementAndGet();
        ServiceItemHandled first = item(r1, TANGLANG, 1, housing, true, "DONE", 5, true, "2019-07-10T02:00:00Z");
        List<Object> month = new ArrayList<>(List.of(first,
                item(r1, TANGLANG, 2, civil, true, "DONE", 12, false, "2019-07-20T02:00:00Z"),
                // 00:30 on 1 July in Beijing: July's
                item(IDS.incrementAndGet(), TANGLANG, 1, housing, false, "DONE", 3, true, "2019-06-30T16:30:00Z"),
                item(IDS.incrementAndGet(), TANGLANG, 3, civil, true, "ENDED", 0, false, "2019-07-11T02:00:00Z"),
                item(IDS.incrementAndGet(), other, 1, housing, true, "DONE", 4, true, "2019-07-12T02:00:00Z"),
                // 00:30 on 1 August in Beijing: not July's
                item(IDS.incrementAndGet(), other, 1, civil, false, "DONE", 8, true, "2019-07-31T16:30:00Z")));
        BookingClosed attended = booking(TANGLANG, "ATTENDED", "2019-07-05T02:00:00Z");
        month.addAll(List.of(attended, booking(TANGLANG, "ATTENDED", "2019-07-06T02:00:00Z"),
                booking(TANGLANG, "NO_SHOW", "2019-07-07T02:00:00Z"), booking(TANGLANG, "CANCELLED", "2019-07-08T02:00:00Z"),
                booking(other, "NO_SHOW", "2019-07-09T02:00:00Z")));
        publish(month);
        publish(List.of(first, attended)); // delivered again: counted once

        Http gucheng = Http.as(port, "gucheng");
        String path = "/api/v1/services/figures?territory=" + GUCHENG + "&month=" + MONTH;
        JsonNode table = await(gucheng, path, t -> t.get("total").get("handled").asLong() == 4
                && t.get("total").get("bookings").asLong() == 5);
        JsonNode total = table.get("total");
        assertThat(total.get("handled").asLong()).isEqualTo(4);
        assertThat(total.get("ended").asLong()).isEqualTo(1);
        assertThat(percent(total, "onTimeRate")).isEqualTo("75.0%");
        assertThat(percent(total, "agencyShare")).isEqualTo("75.0%");
        assertThat(total.get("averageWorkingDays").get("shown").asString()).isEqualTo("6.0");
        assertThat(total.get("bookings").asLong()).isEqualTo(5);
        assertThat(percent(total, "attendanceRate")).isEqualTo("50.0%");

        JsonNode tanglang = row(table.get("villages"), TANGLANG);
        assertThat(tanglang.get("handled").asLong()).isEqualTo(3);
        assertThat(tanglang.get("onTimeRate").get("part").asLong()).isEqualTo(2);
        assertThat(percent(tanglang, "onTimeRate")).isEqualTo("66.7%");
        assertThat(tanglang.get("averageWorkingDays").get("shown").asString()).isEqualTo("6.7");
        assertThat(percent(tanglang, "attendanceRate")).isEqualTo("66.7%");
        JsonNode otherRow = row(table.get("villages"), other);
        assertThat(otherRow.get("handled").asLong()).isEqualTo(1);
        assertThat(percent(otherRow, "attendanceRate")).isEqualTo("0.0%");
        JsonNode housingRow = row(table.get("offices"), String.valueOf(housing));
        assertThat(housingRow.get("handled").asLong()).isEqualTo(3);
        assertThat(percent(housingRow, "agencyShare")).isEqualTo("66.7%");
        assertThat(percent(housingRow, "attendanceRate")).isEqualTo("—");
        JsonNode civilRow = row(table.get("offices"), String.valueOf(civil));
        assertThat(civilRow.get("handled").asLong()).isEqualTo(1);
        assertThat(civilRow.get("ended").asLong()).isEqualTo(1);
        assertThat(percent(civilRow, "onTimeRate")).isEqualTo("0.0%");

        // a department reads its own office's items only, wherever it reads
        JsonNode own = Http.as(port, "bumen").get(path).json();
        assertThat(own.get("offices").valueStream().map(o -> o.get("key").asString()).toList())
                .containsExactly(String.valueOf(housing));
        assertThat(own.get("total").get("handled").asLong()).isEqualTo(3);
        assertThat(own.get("total").get("bookings").asLong()).isZero();
        assertThat(row(own.get("villages"), TANGLANG).get("handled").asLong()).isEqualTo(2);

        assertThat(Http.as(port, "yiche").get(path).status()).isEqualTo(403);
        assertThat(Http.as(port, "jumin").get(path).status()).isEqualTo(403);
        Http.Response badMonth = gucheng.get("/api/v1/services/figures?territory=" + GUCHENG + "&month=2019-13");
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(badMonth.detail()).contains("月份");

        Http.Download xlsx = gucheng.download("/api/v1/services/figures.xlsx?territory=" + GUCHENG + "&month=" + MONTH);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith(XlsxSheet.CONTENT_TYPE);
        Http.Response page = gucheng.get("/services/figures?territory=" + GUCHENG + "&month=" + MONTH);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("为民服务统计").contains("66.7%").contains("县住房和城乡建设局");

        // the monthly 民情分析 of the town carries the section 为民服务
        JsonNode services = gucheng.get("/api/v1/reports/monthly?territory=" + GUCHENG + "&month=" + MONTH).json()
                .get("services");
        assertThat(services.get("handled").asLong()).isEqualTo(4);
        assertThat(services.get("onTime").get("percent").decimalValue()).isEqualByComparingTo("75.0");
        assertThat(services.get("agency").get("percent").decimalValue()).isEqualByComparingTo("75.0");
        assertThat(services.get("averageWorkingDays").decimalValue()).isEqualByComparingTo("6.0");
        assertThat(services.get("bookings").asLong()).isEqualTo(5);
        assertThat(services.get("attendance").get("percent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(gucheng.get("/reports/monthly?territory=" + GUCHENG + "&month=" + MONTH).body())
                .contains("为民服务").contains("按时办结率");

        // the assessment counts the same events into its own tally: 代办按时办结率 1 ÷ 2, 预约到场率 2 ÷ 3
        long agency = indicator("代办按时办结率", "AGENCY_ON_TIME");
        long attendance = indicator("预约到场率", "BOOKING_ATTENDANCE");
        JsonNode card = await(gucheng, "/api/v1/assessment/scorecards/" + TANGLANG + "?period=2019-Q3",
                c -> "50".equals(exact(c, agency)) && "200/3".equals(exact(c, attendance)));
        assertThat(exact(card, agency)).isEqualTo("50");
        assertThat(exact(card, attendance)).isEqualTo("200/3");
    }

    long indicator(String name, String source) {
        Http.Response created = Http.as(port, "admin").postJson("/api/v1/assessment/indicators", """
                {"name": "%s%d", "source": "%s", "level": "VILLAGE", "period": "QUARTER", "direction": "HIGHER",
                 "target": "90", "weight": 10}""".formatted(name, IDS.incrementAndGet(), source));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    static String exact(JsonNode card, long indicator) {
        JsonNode value = card.get("lines").valueStream().filter(l -> l.get("indicatorId").asLong() == indicator)
                .findFirst().orElseThrow().get("valueExact");
        return value.isNull() ? null : value.asString();
    }
}
