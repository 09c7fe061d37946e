package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;

/** The Open311 GeoReport v2 contract (http://wiki.open311.org/GeoReport_v2), as a civic-tech client sees it. */
@AppTest
class Open311ContractIT {

    static final String KEY = "demo-open311-key";

    @LocalServerPort
    int port;

    Http anonymous() {
        return Http.anonymous(port);
    }

    JsonNode tanglangCentroid() {
        return Http.as(port, "shequ").get("/api/v1/grids?village=530326001001").json().get("items").get(0).get("centroid");
    }

    Map<String, String> streetLight(String description) {
        JsonNode at = tanglangCentroid();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", KEY);
        form.put("service_code", "0301");
        form.put("lat", at.get("lat").asString());
        form.put("long", at.get("lon").asString());
        form.put("description", description);
        form.put("first_name", "三");
        form.put("last_name", "张");
        form.put("email", "zhangsan@example.org");
        form.put("phone", "13800000000");
        return form;
    }

    /** Files through Open311 in JSON, publishes the case, and answers {service_request_id, token}. */
    JsonNode file(Map<String, String> form) {
        var answer = anonymous().postForm("/open311/v2/requests.json", form);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        // an Open311 filing is private; the county publishes it so that Open311 may show it
        long id = answer.json().get(0).get("service_request_id").asLong();
        assertThat(Http.as(port, "admin").patchJson("/api/v1/cases/" + id, "{\"publicCase\": true}").status()).isEqualTo(200);
        return answer.json().get(0);
    }

    static Document xml(Http.Response response) throws Exception {
        assertThat(response.contentType()).startsWith("text/xml");
        assertThat(response.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    static String text(Element parent, String name) {
        return children(parent, name).getFirst().getTextContent();
    }

    @Test
    void discoveryNamesTheEndpointAndBothFormats() throws Exception {
        Element discovery = xml(anonymous().get("/open311/v2/discovery.xml")).getDocumentElement();
        assertThat(discovery.getTagName()).isEqualTo("discovery");
        Element endpoint = children(children(discovery, "endpoints").getFirst(), "endpoint").getFirst();
        assertThat(text(endpoint, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(text(endpoint, "url")).endsWith("/open311/v2");
        assertThat(children(children(endpoint, "formats").getFirst(), "format")).extracting(Element::getTextContent)
                .containsExactly("text/xml", "application/json");
        JsonNode json = anonymous().get("/open311/v2/discovery.json").json();
        assertThat(json.get("endpoints").get(0).get("formats").get(1).asString()).isEqualTo("application/json");
        assertThat(json.get("changeset").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*\\+08:00");
    }

    @Test
    void servicesAreTheLeafCategoriesInXmlAndJson() throws Exception {
        Element services = xml(anonymous().get("/open311/v2/services.xml")).getDocumentElement();
        assertThat(services.getTagName()).isEqualTo("services");
        List<Element> all = children(services, "service");
        assertThat(all).hasSizeGreaterThan(40);
        Element lamps = all.stream().filter(s -> text(s, "service_code").equals("0301")).findFirst().orElseThrow();
        assertThat(text(lamps, "service_name")).isEqualTo("路灯故障");
        assertThat(text(lamps, "metadata")).isEqualTo("false");
        assertThat(text(lamps, "type")).isEqualTo("realtime");
        assertThat(text(lamps, "group")).isEqualTo("公用设施");
        assertThat(text(lamps, "keywords")).contains("路灯故障");
        assertThat(all).noneMatch(s -> text(s, "service_code").equals("03"));

        var response = anonymous().get("/open311/v2/services.json");
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode json = response.json();
        assertThat(json.isArray()).isTrue();
        assertThat(json.size()).isEqualTo(all.size());
        JsonNode first = json.valueStream().filter(s -> s.get("service_code").asString().equals("0301")).findFirst().orElseThrow();
        assertThat(first.get("metadata").asBoolean()).isFalse();
        assertThat(first.get("group").asString()).isEqualTo("公用设施");
    }

    @Test
    void aServiceDefinitionHasNoAttributesAndAnUnknownServiceIs404() throws Exception {
        Element definition = xml(anonymous().get("/open311/v2/services/0301.xml")).getDocumentElement();
        assertThat(definition.getTagName()).isEqualTo("service_definition");
        assertThat(text(definition, "service_code")).isEqualTo("0301");
        assertThat(children(definition, "attributes")).hasSize(1);
        assertThat(anonymous().get("/open311/v2/services/0301.json").json().get("attributes").size()).isZero();

        var unknown = anonymous().get("/open311/v2/services/9999.xml");
        assertThat(unknown.status()).isEqualTo(404);
        Element error = children(xml(unknown).getDocumentElement(), "error").getFirst();
        assertThat(text(error, "code")).isEqualTo("404");
        assertThat(text(error, "description")).contains("9999");
    }

    @Test
    void aClientWithAKeyFilesAndReadsItBackOpen() throws Exception {
        JsonNode filed = file(streetLight("Open311 客户端报告：路灯不亮"));
        long id = filed.get("service_request_id").asLong();
        assertThat(filed.get("service_notice").asString()).contains("个工作日内办结");

        Element request = children(xml(anonymous().get("/open311/v2/requests/" + id + ".xml")).getDocumentElement(), "request").getFirst();
        assertThat(text(request, "service_request_id")).isEqualTo(String.valueOf(id));
        assertThat(text(request, "status")).isEqualTo("open");
        assertThat(text(request, "service_code")).isEqualTo("0301");
        assertThat(text(request, "service_name")).isEqualTo("路灯故障");
        assertThat(text(request, "description")).isEqualTo("Open311 客户端报告：路灯不亮");
        assertThat(text(request, "requested_datetime")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00");
        assertThat(text(request, "expected_datetime")).endsWith("+08:00");
        assertThat(text(request, "agency_responsible")).isNotBlank();
        assertThat(text(request, "address_id")).startsWith("530326001001").hasSize(15);
        assertThat(Double.parseDouble(text(request, "lat"))).isBetween(20.0, 30.0);

        JsonNode json = anonymous().get("/open311/v2/requests/" + id + ".json").json().get(0);
        assertThat(json.get("status").asString()).isEqualTo("open");
        assertThat(json.get("long").asDouble()).isBetween(100.0, 110.0);
        assertThat(json.toString()).doesNotContain("张三").doesNotContain("zhangsan").doesNotContain("13800000000");

        JsonNode stored = Http.as(port, "gucheng").get("/api/v1/cases/" + id).json();
        assertThat(stored.get("channel").asString()).isEqualTo("OPEN311");
        assertThat(stored.get("reporterName").asString()).isEqualTo("张三");
        assertThat(stored.toString()).doesNotContain("zhangsan").doesNotContain("13800000000");
    }

    @Test
    void aPostAnswersInXmlWithTheSpecsElements() throws Exception {
        var answer = anonymous().postForm("/open311/v2/requests.xml", streetLight("路灯整晚闪烁，影响休息"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Element root = xml(answer).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_requests");
        Element request = children(root, "request").getFirst();
        assertThat(text(request, "service_request_id")).matches("\\d+");
        assertThat(text(request, "service_notice")).isNotBlank();
        assertThat(children(request, "account_id")).hasSize(1);
    }

    @Test
    void twoPostsOfTheSameReportFileTwoRequests() {
        Map<String, String> form = streetLight("同一份报告发送两次");
        assertThat(file(form).get("service_request_id").asLong()).isNotEqualTo(file(form).get("service_request_id").asLong());
    }

    @Test
    void aPostWithoutAKeyOrWithAWrongKeyIsRefused() throws Exception {
        Map<String, String> form = streetLight("没有密钥的请求");
        form.remove("api_key");
        var missing = anonymous().postForm("/open311/v2/requests.xml", form);
        assertThat(missing.status()).isEqualTo(401);
        Element error = children(xml(missing).getDocumentElement(), "error").getFirst();
        assertThat(text(error, "code")).isEqualTo("401");
        assertThat(text(error, "description")).contains("api_key");

        form.put("api_key", "not-a-key");
        var wrong = anonymous().postForm("/open311/v2/requests.json", form);
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.json().get(0).get("code").asInt()).isEqualTo(403);
        assertThat(wrong.json().get(0).get("description").asString()).contains("无效");
    }

    @Test
    void aMissingServiceCodeOrLocationIs400() {
        Map<String, String> noCode = streetLight("缺少服务类型的请求");
        noCode.remove("service_code");
        var missingCode = anonymous().postForm("/open311/v2/requests.json", noCode);
        assertThat(missingCode.status()).isEqualTo(400);
        assertThat(missingCode.json().get(0).get("code").asInt()).isEqualTo(400);
        assertThat(missingCode.json().get(0).get("description").asString()).contains("service_code");

        Map<String, String> nowhere = streetLight("缺少位置的请求");
        nowhere.remove("lat");
        nowhere.remove("long");
        var missingPlace = anonymous().postForm("/open311/v2/requests.json", nowhere);
        assertThat(missingPlace.status()).isEqualTo(400);
        assertThat(missingPlace.json().get(0).get("description").asString()).contains("位置");

        nowhere.put("address_string", "堂琅社区菜市场门口");
        assertThat(anonymous().postForm("/open311/v2/requests.json", nowhere).json().get(0).get("description").asString())
                .contains("address_id");
        nowhere.put("address_id", "530326001001");
        JsonNode filed = file(nowhere);
        JsonNode read = anonymous().get("/open311/v2/requests/" + filed.get("service_request_id").asLong() + ".json").json().get(0);
        assertThat(read.get("address").asString()).isEqualTo("堂琅社区菜市场门口");
        assertThat(read.get("address_id").asString()).isEqualTo("530326001001");
    }

    @Test
    void aClosedCaseIsClosedAndAnUnknownIdIs404() {
        long id = file(streetLight("路灯报修，后经核实不属实")).get("service_request_id").asLong();
        var rejected = Http.as(port, "gucheng").postJson("/api/v1/cases/" + id + "/actions/reject",
                "{\"reason\": \"经现场核实路灯正常\"}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        JsonNode read = anonymous().get("/open311/v2/requests/" + id + ".json").json().get(0);
        assertThat(read.get("status").asString()).isEqualTo("closed");
        assertThat(read.get("status_notes").asString()).isEqualTo("不予受理");
        assertThat(read.toString()).doesNotContain("经现场核实路灯正常");

        var unknown = anonymous().get("/open311/v2/requests/999999999.json");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get(0).get("code").asInt()).isEqualTo(404);
        assertThat(anonymous().get("/open311/v2/requests/abc.xml").status()).isEqualTo(404);
    }

    @Test
    void aCaseHandledAroundTheLoopReadsOpenUntilItCloses() {
        long id = file(streetLight("路灯坏了要修")).get("service_request_id").asLong();
        Http gucheng = Http.as(port, "gucheng");
        for (String[] step : new String[][] {{"accept", "{}"}, {"handle", "{}"}, {"resolve", "{\"note\":\"已修好\"}"},
                {"verify", "{}"}, {"reply", "{\"note\":\"路灯已修复\"}"}}) {
            assertThat(gucheng.postJson("/api/v1/cases/" + id + "/actions/" + step[0], step[1]).status()).isEqualTo(200);
        }
        JsonNode read = anonymous().get("/open311/v2/requests/" + id + ".json").json().get(0);
        assertThat(read.get("status").asString()).as("replied, waiting for the 7-day auto-close").isEqualTo("open");
        assertThat(read.get("status_notes").asString()).isEqualTo("已回复");
        assertThat(read.get("updated_datetime").asString()).isGreaterThanOrEqualTo(read.get("requested_datetime").asString());
    }

    @Test
    void theListFiltersByIdCodeStatusAndDate() {
        long open = file(streetLight("列表筛选：仍在办理")).get("service_request_id").asLong();
        long closed = file(streetLight("列表筛选：不予受理")).get("service_request_id").asLong();
        Http.as(port, "gucheng").postJson("/api/v1/cases/" + closed + "/actions/reject", "{\"reason\": \"重复反映\"}");

        JsonNode both = anonymous().get("/open311/v2/requests.json?service_request_id=" + open + "," + closed).json();
        assertThat(both.valueStream().map(r -> r.get("service_request_id").asLong())).containsExactlyInAnyOrder(open, closed);

        List<Long> openOnes = ids(anonymous().get("/open311/v2/requests.json?service_code=0301&status=open").json());
        assertThat(openOnes).contains(open).doesNotContain(closed);
        List<Long> closedOnes = ids(anonymous().get("/open311/v2/requests.json?status=closed").json());
        assertThat(closedOnes).contains(closed).doesNotContain(open);
        assertThat(ids(anonymous().get("/open311/v2/requests.json?service_code=0102").json())).doesNotContain(open, closed);
        assertThat(ids(anonymous().get("/open311/v2/requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z")
                .json())).isEmpty();
        assertThat(ids(anonymous().get("/open311/v2/requests.json").json())).contains(open, closed);
        List<Long> newestFirst = ids(anonymous().get("/open311/v2/requests.json").json());
        assertThat(newestFirst.indexOf(closed)).isLessThan(newestFirst.indexOf(open));

        assertThat(anonymous().get("/open311/v2/requests.json?start_date=yesterday").status()).isEqualTo(400);
        assertThat(anonymous().get("/open311/v2/requests.json?status=pending").json().get(0).get("description").asString())
                .contains("open");
    }

    static List<Long> ids(JsonNode requests) {
        return requests.valueStream().map(r -> r.get("service_request_id").asLong()).toList();
    }

    @Test
    void aTokenAnswersTheRequestItStandsFor() throws Exception {
        JsonNode filed = file(streetLight("通过令牌查询编号"));
        String token = filed.get("token").asString();
        Element request = children(xml(anonymous().get("/open311/v2/tokens/" + token + ".xml")).getDocumentElement(), "request")
                .getFirst();
        assertThat(text(request, "service_request_id")).isEqualTo(filed.get("service_request_id").asString());
        assertThat(text(request, "token")).isEqualTo(token);
        assertThat(anonymous().get("/open311/v2/tokens/00000000-0000-0000-0000-000000000000.json").status()).isEqualTo(404);
    }

    @Test
    void aKeyScopedToYicheCannotFileInGucheng() {
        var issued = Http.as(port, "admin").postJson("/api/v1/open311/clients",
                "{\"name\": \"迤车镇便民小程序\", \"territoryCode\": \"530326103\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String key = issued.json().get("apiKey").asString();
        Map<String, String> form = streetLight("迤车镇的客户端报古城街道的路灯");
        form.put("api_key", key);
        var refused = anonymous().postForm("/open311/v2/requests.json", form);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get(0).get("description").asString()).contains("迤车镇").contains("古城街道");

        assertThat(Http.as(port, "gucheng").postJson("/api/v1/open311/clients",
                "{\"name\": \"x\", \"territoryCode\": \"530326001\"}").status()).isEqualTo(403);
        assertThat(Http.as(port, "admin").get("/api/v1/open311/clients").body()).contains("迤车镇便民小程序").doesNotContain(key);
        long id = issued.json().get("client").get("id").asLong();
        assertThat(Http.as(port, "admin").postJson("/api/v1/open311/clients/" + id + "/revoke", "{}").status()).isEqualTo(200);
        assertThat(anonymous().postForm("/open311/v2/requests.json", form).status()).as("revoked").isEqualTo(403);
    }

    @Test
    void readingNeedsNoLoginButAnUnknownFormatIsRefused() {
        assertThat(anonymous().get("/open311/v2/services.xml").status()).isEqualTo(200);
        assertThat(anonymous().get("/open311/v2/services.yaml").status()).isEqualTo(404);
    }
}
