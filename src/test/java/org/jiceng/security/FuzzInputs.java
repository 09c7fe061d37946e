package org.jiceng.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jiceng.security.ApiOperations.Operation;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bad inputs of {@link FuzzIT} for one operation, drawn from a seeded {@link Random}: each request breaks one
 * thing (a body property, a query parameter, the path id, or the body's syntax) in an otherwise plausible request.
 */
final class FuzzInputs {

    record Input(String kind, String label, String path, String contentType, byte[] body) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] CONTROL = {"路灯\u0000坏了", "\u0001\u0002\u001f\u007f", "a\u202Eb\u2028c\u0000"};
    private static final int[] ASTRAL_LENGTHS = {1, 16, 31, 33, 61, 64, 101, 129, 256, 501, 1001};
    private static final String[] DATES = {"+999999999-12-31", "0000-01-01", "-999999999-01-01T00:00:00+08:00",
            "+999999999-12-31T23:59:59Z"};
    private static final String[] NUMBERS = {"9223372036854775808", "-1", "1e309", "\"NaN\"", "-9223372036854775809"};
    private static final String[] MALFORMED = {"{\"a\":", "[1,2", "{\"x\":1}}", "\"\\ud800\""};
    private static final String[] PATH_IDS = {"-1", "0", "9223372036854775808", "abc", "%00", "%F0%A0%AE%B7", "1e309", "%%%"};

    private final ApiOperations document;
    private final Targets targets;
    private final Random random;

    FuzzInputs(ApiOperations document, Targets targets, Random random) {
        this.document = document;
        this.targets = targets;
        this.random = random;
    }

    List<Input> of(Operation op) {
        String variant = targets.variants(op).contains("own-territory") ? "own-territory" : targets.variants(op).getFirst();
        String path = targets.path(op, variant);
        Map<String, String> query = parse(targets.query(op, variant));
        List<Input> inputs = new ArrayList<>();
        String type = Targets.contentType(op);
        Map<String, String> base = baseBody(op);
        String url = path + render(query);
        if (type != null && type.contains("json")) {
            for (String bad : sample(MALFORMED, 2)) {
                inputs.add(new Input("malformed-json", bad, url, type, bytes(bad)));
            }
            inputs.add(new Input("malformed-json", "invalid UTF-8", url, type, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'}));
            List<String> strings = names(op, base, "string");
            List<String> numbers = names(op, base, "integer", "number");
            for (String property : sample(base.keySet(), 3)) {
                inputs.add(body("wrong-type", property, url, type, base, property, wrongType(op, property)));
            }
            for (String property : sample(strings, 1)) {
                inputs.add(body("huge-string", property + "=100k", url, type, base, property, json("路".repeat(100_000))));
            }
            for (String property : sample(strings, 3)) {
                String value = CONTROL[random.nextInt(CONTROL.length)];
                inputs.add(body("control-chars", property, url, type, base, property, json(value)));
                for (int i = 0; i < 2; i++) {
                    int n = ASTRAL_LENGTHS[random.nextInt(ASTRAL_LENGTHS.length)];
                    inputs.add(body("astral", property + "×" + n, url, type, base, property, json("𠮷野家😀".repeat(n))));
                }
            }
            List<String> dates = strings.stream().filter(FuzzInputs::looksLikeTime).toList();
            for (String property : sample(dates.isEmpty() ? strings : dates, 3)) {
                String value = DATES[random.nextInt(DATES.length)];
                inputs.add(body("extreme-date", property + "=" + value, url, type, base, property, json(value)));
            }
            for (String property : sample(numbers, 2)) {
                for (String value : sample(NUMBERS, 2)) {
                    inputs.add(body("extreme-number", property + "=" + value, url, type, base, property, value));
                }
            }
        } else if (type != null) {
            inputs.addAll(otherBodies(op, url, type));
        }
        for (String name : sample(op.queryParameters().keySet(), 4)) {
            for (String value : queryValues(name, op.queryParameters().get(name))) {
                Map<String, String> changed = new LinkedHashMap<>(query);
                changed.put(name, value);
                inputs.add(new Input("query", name + "=" + abbreviate(value), path + render(changed), type, validBody(op, base, type)));
            }
        }
        if (op.hasPathIds()) {
            String name = op.pathParameters().getFirst();
            for (String bad : sample(PATH_IDS, 3)) {
                String badPath = op.path().replace("{" + name + "}", bad);
                for (String other : op.pathParameters().subList(1, op.pathParameters().size())) {
                    badPath = badPath.replace("{" + other + "}", constantOf(op, other));
                }
                inputs.add(new Input("bad-path-id", name + "=" + bad, badPath + render(query), type, validBody(op, base, type)));
            }
        }
        return inputs;
    }

    private String constantOf(Operation op, String name) {
        return name.equals("format") ? "json" : name.equals("action") ? (op.path().startsWith("/api/v1/topics") ? "confirm" : "accept") : "x";
    }

    private byte[] validBody(Operation op, Map<String, String> base, String type) {
        if (type == null) {
            return null;
        }
        return type.contains("json") ? bytes(renderJson(base)) : Targets.body(op);
    }

    private List<Input> otherBodies(Operation op, String url, String type) {
        List<Input> inputs = new ArrayList<>();
        if (type.startsWith("multipart/")) {
            for (String name : List.of("𠮷野家😀.jpg", "a\u0000b.csv", "x".repeat(5000) + ".jpg")) {
                String part = "--" + Targets.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: text/csv\r\n\r\n工单号,内容\r\n\u0000,𠮷野家😀\r\n--" + Targets.BOUNDARY + "--\r\n";
                inputs.add(new Input("multipart", abbreviate(name), url, type, bytes(part)));
            }
            inputs.add(new Input("multipart", "unterminated", url, type, bytes("--" + Targets.BOUNDARY + "\r\nContent-Disp")));
        } else {
            for (String text : List.of("\u0000", "𠮷野家😀".repeat(300), "+999999999-12-31,春节\n", "9223372036854775808\n",
                    "年".repeat(100_000))) {
                inputs.add(new Input("text-body", abbreviate(text), url, type, bytes(text)));
            }
        }
        return inputs;
    }

    private List<String> queryValues(String name, String type) {
        if (name.equals("after")) {
            return List.of("%%%", "zzz", "-1");
        }
        if (!type.equals("string")) {
            return sample(new String[] {"9223372036854775808", "-1", "1e309", "NaN", "abc"}, 2);
        }
        List<String> values = new ArrayList<>();
        values.add(encode(CONTROL[random.nextInt(CONTROL.length)]));
        values.add(encode("𠮷野家😀".repeat(ASTRAL_LENGTHS[random.nextInt(6)])));
        values.add(encode(DATES[random.nextInt(DATES.length)]));
        return sample(values, 2);
    }

    /** A plausible body: what the filing and creating operations accept, plausible defaults elsewhere. */
    private Map<String, String> baseBody(Operation op) {
        Map<String, String> body = new LinkedHashMap<>();
        String today = LocalDate.now(ZoneOffset.ofHours(8)).toString();
        document.properties(op).forEach((name, type) -> body.put(name, switch (type) {
            // 0 names no record, so a plausible body cannot move or change one the other harness aims at
            case "integer" -> "0";
            case "number" -> "1.5";
            case "boolean" -> "false";
            case "array" -> "[]";
            case "object" -> "{}";
            default -> json(switch (name) {
                case "territoryCode", "territoryPrefix" -> Fixtures.OWN_VILLAGE;
                case "categoryCode", "categoryPrefix" -> "0301";
                case "startTime" -> "08:00";
                case "username" -> "fuzz-nobody";
                default -> looksLikeTime(name) ? today : "模糊测试的内容文字";
            });
        }));
        if (op.key().equals("POST /api/v1/cases")) {
            body.put("lat", targets.fixtures().ownGrid.get("centroid").get("lat").asString());
            body.put("lon", targets.fixtures().ownGrid.get("centroid").get("lon").asString());
            body.remove("photoIds");
            body.remove("channel");
        }
        return body;
    }

    private List<String> names(Operation op, Map<String, String> base, String... types) {
        Map<String, String> properties = document.properties(op);
        return base.keySet().stream().filter(n -> List.of(types).contains(properties.getOrDefault(n, "string"))).toList();
    }

    private String wrongType(Operation op, String property) {
        return switch (document.properties(op).getOrDefault(property, "string")) {
            case "string" -> random.nextBoolean() ? "12345" : "{\"a\":[]}";
            case "integer", "number" -> random.nextBoolean() ? "\"abc\"" : "true";
            case "boolean" -> "\"yes\"";
            case "array" -> "\"x\"";
            default -> "7";
        };
    }

    private Input body(String kind, String label, String url, String type, Map<String, String> base, String property, String value) {
        Map<String, String> changed = new LinkedHashMap<>(base);
        changed.put(property, value);
        return new Input(kind, label, url, type, bytes(renderJson(changed)));
    }

    static boolean looksLikeTime(String name) {
        return name.matches("(?i).*(date|on|at|from|to|month|day|time|year).*") && !name.matches("(?i).*(reason|notes?|location|action|description|title|territory|organisation|station|relation|mediators?|caption)$");
    }

    private <T> List<T> sample(java.util.Collection<T> from, int n) {
        List<T> all = new ArrayList<>(from);
        java.util.Collections.shuffle(all, random);
        return all.subList(0, Math.min(n, all.size()));
    }

    private <T> List<T> sample(T[] from, int n) {
        return sample(List.of(from), n);
    }

    private static Map<String, String> parse(String query) {
        Map<String, String> map = new LinkedHashMap<>();
        if (!query.isEmpty()) {
            for (String pair : query.substring(1).split("&")) {
                int eq = pair.indexOf('=');
                map.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return map;
    }

    private static String render(Map<String, String> query) {
        if (query.isEmpty()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        query.forEach((k, v) -> pairs.add(k + "=" + v));
        return "?" + String.join("&", pairs);
    }

    private static String renderJson(Map<String, String> body) {
        List<String> fields = new ArrayList<>();
        body.forEach((k, v) -> fields.add(json(k) + ":" + v));
        return "{" + String.join(",", fields) + "}";
    }

    static String json(String text) {
        return JSON.writeValueAsString(text);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String value) {
        String shown = value.replace("\u0000", "\\0").replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 40 ? shown.substring(0, 40) + "…(" + value.length() + ")" : shown;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
