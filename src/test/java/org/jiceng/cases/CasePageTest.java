package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jiceng.support.Http;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What the case page tests share: a photo, a place in 堂琅社区, filing by the API, posting action forms. */
abstract class CasePageTest {

    @LocalServerPort
    int port;

    /** A small real PNG, as a phone camera would send a photo. */
    static byte[] png() {
        BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 12; y++) {
                image.setRGB(x, y, (x * 16) << 16 | (y * 20) << 8 | 0x40);
            }
        }
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The centroid of one of 堂琅社区's grids. */
    JsonNode centroid(int grid) {
        return Http.as(port, "shequ").get("/api/v1/grids?village=530326001001").json().get("items").get(grid).get("centroid");
    }

    long fileByApi(String user, String category, String description, JsonNode at) {
        var filed = Http.as(port, user).postJson("/api/v1/cases", """
                {"categoryCode": "%s", "description": "%s", "lat": %s, "lon": %s}"""
                .formatted(category, description, at.get("lat").asDouble(), at.get("lon").asDouble()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asLong();
    }

    /** The case a page's redirect leads to. */
    static long idOf(Http.Response redirect) {
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        Matcher m = Pattern.compile("/cases/(\\d+)$").matcher(redirect.location());
        assertThat(m.find()).as(redirect.location()).isTrue();
        return Long.parseLong(m.group(1));
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Posts an action form of the case page, as its button would. */
    Http.Response act(String user, long id, String action, String formBody) {
        return Http.as(port, user).post("/cases/" + id + "/actions/" + action, "application/x-www-form-urlencoded", formBody);
    }

    /** What the tests need of a case, read through the API as the town sees it. */
    record Brief(String number, CaseState state, int version) {
    }

    Brief caseView(long id) {
        JsonNode c = Http.as(port, "gucheng").get("/api/v1/cases/" + id).json();
        return new Brief(c.get("number").asString(), CaseState.valueOf(c.get("state").asString()), c.get("version").asInt());
    }
}
