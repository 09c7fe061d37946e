package org.jiceng.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

class Open311FormatTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static Map<String, Object> request() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", 42L);
        request.put("description", "井盖 <松动> & \"危险\"\u0007");
        request.put("requested_datetime", OffsetDateTime.of(2026, 11, 20, 9, 30, 0, 0, ZoneOffset.ofHours(8)));
        request.put("lat", 26.4171234);
        request.put("zipcode", null);
        return request;
    }

    @Test
    void xmlEscapesTextDropsControlCharactersAndWritesNullsAsEmptyElements() {
        String xml = Open311Format.of("xml").list(HttpStatus.OK, "service_requests", List.of(request()), JSON).getBody();
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><service_requests><request>")
                .contains("<description>井盖 &lt;松动&gt; &amp; \"危险\"</description>")
                .contains("<requested_datetime>2026-11-20T09:30:00+08:00</requested_datetime>")
                .contains("<lat>26.4171234</lat>")
                .contains("<zipcode/>")
                .doesNotContain("\u0007");
    }

    @Test
    void jsonIsAnArrayWithTheSameTimeFormat() {
        String json = Open311Format.of("json").list(HttpStatus.OK, "service_requests", List.of(request()), JSON).getBody();
        assertThat(json).startsWith("[{\"service_request_id\":42,")
                .contains("\"requested_datetime\":\"2026-11-20T09:30:00+08:00\"")
                .contains("\"zipcode\":null");
    }

    @Test
    void nestedListsTakeTheSingularElementName() {
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("endpoints", List.of(Map.of("formats", List.of("text/xml", "application/json"))));
        String xml = Open311Format.of("xml").object("discovery", discovery, JSON).getBody();
        assertThat(xml).contains("<endpoints><endpoint><formats><format>text/xml</format><format>application/json</format>"
                + "</formats></endpoint></endpoints>");
        assertThat(Open311Format.of("xml").object("service_definition", Map.of("attributes", List.of()), JSON).getBody())
                .contains("<attributes/>");
    }

    @Test
    void theFormatFollowsThePathsExtension() {
        assertThat(Open311Format.known("xml")).isTrue();
        assertThat(Open311Format.known("json")).isTrue();
        assertThat(Open311Format.known("yaml")).isFalse();
        assertThat(Open311Format.ofPath("/open311/v2/services.json").list(HttpStatus.OK, "services", List.of(), JSON)
                .getHeaders().getContentType().toString()).startsWith("application/json");
        assertThat(Open311Format.ofPath("/open311/v2/services.xml").list(HttpStatus.OK, "services", List.of(), JSON)
                .getHeaders().getContentType().toString()).startsWith("text/xml");
    }
}
