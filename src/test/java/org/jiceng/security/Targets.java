package org.jiceng.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiceng.security.ApiOperations.Operation;

/**
 * Turns an operation of the document and a target variant into a concrete request: path ids from the
 * {@link Fixtures}, territory-like query parameters pointing at own or foreign territory, and a minimal body.
 */
final class Targets {

    /** Query parameters that say where: an operation taking one is tried at own and at foreign territory. */
    static final Set<String> WHERE = Set.of("territory", "village", "unit", "lat");
    static final String NO_VARIANT = "-";

    record Request(String method, String path, String contentType, byte[] body) {
    }

    private final Fixtures fixtures;

    Targets(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    Fixtures fixtures() {
        return fixtures;
    }

    /** The family of a path: what lies before its first parameter, e.g. {@code cases} or {@code party/members}. */
    static String family(String path) {
        String head = path.contains("{") ? path.substring(0, path.indexOf('{')) : path;
        head = head.replaceFirst("^/api/v1/", "").replaceFirst("^/", "");
        return head.replaceAll("[/.]+$", "");
    }

    List<String> variants(Operation op) {
        if (op.hasPathIds() && !fixtures.variants(family(op.path())).isEmpty()) {
            return List.copyOf(fixtures.variants(family(op.path())).keySet());
        }
        if (!op.hasPathIds() && op.queryParameters().keySet().stream().anyMatch(WHERE::contains)) {
            return List.of("own-territory", "foreign");
        }
        return List.of(NO_VARIANT);
    }

    Request request(Operation op, String variant) {
        return new Request(op.method(), path(op, variant) + query(op, variant), contentType(op), body(op));
    }

    String path(Operation op, String variant) {
        String path = op.path();
        Map<String, String> ids = fixtures.variants(family(path));
        boolean recordPlaced = false;
        for (String name : op.pathParameters()) {
            // the record goes into the first parameter that names one; GeoReport's {format} is a file suffix
            boolean record = !recordPlaced && !name.equals("format") && ids.containsKey(variant);
            recordPlaced |= record;
            path = path.replace("{" + name + "}", record ? ids.get(variant) : constant(name, path));
        }
        return path;
    }

    private static String constant(String name, String path) {
        return switch (name) {
            case "format" -> "json";
            case "action" -> path.startsWith("/api/v1/topics") ? "confirm" : "accept";
            case "code" -> path.contains("receipts") ? "NOPE" : "0301";
            case "token", "jobId" -> "none";
            // which account's token has id 1 depends on which test signed in first: ask for one nobody has
            default -> path.startsWith("/api/v1/me/tokens") ? "999999999" : "1";
        };
    }

    String query(Operation op, String variant) {
        boolean foreign = variant.equals("foreign");
        List<String> pairs = new ArrayList<>();
        for (var parameter : op.queryParameters().entrySet()) {
            String name = parameter.getKey();
            String value = switch (name) {
                case "territory" -> foreign ? Fixtures.FOREIGN_TOWN : Fixtures.OWN_VILLAGE;
                case "village" -> foreign ? fixtures.foreignVillage : Fixtures.OWN_VILLAGE;
                case "unit" -> String.valueOf(foreign ? fixtures.otherUnit : fixtures.ownUnit);
                case "lat", "lon" -> (foreign ? fixtures.foreignGrid : fixtures.ownGrid).get("centroid").get(name).asString();
                case "q" -> "张";
                case "categoryCode" -> "0301";
                case "from" -> "2026-01-05";
                case "workingDays" -> "5";
                default -> op.requiredQuery().contains(name) ? (parameter.getValue().equals("string") ? "x" : "1") : null;
            };
            if (value != null) {
                pairs.add(name + "=" + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    static String contentType(Operation op) {
        if (op.consumes().isEmpty()) {
            return op.reads() ? null : "application/json";
        }
        if (op.consumes().contains("application/json")) {
            return "application/json";
        }
        String first = op.consumes().getFirst();
        return first.equals("multipart/form-data") ? "multipart/form-data; boundary=" + BOUNDARY : first;
    }

    static final String BOUNDARY = "matrix-boundary";

    /** A minimal body: {@code {}} for JSON; a one-line file for uploads; an empty collection for GeoJSON. */
    static byte[] body(Operation op) {
        String type = contentType(op);
        if (type == null) {
            return null;
        }
        String body;
        if (type.startsWith("multipart/")) {
            body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n";
        } else if (type.contains("geo+json")) {
            body = "{\"type\":\"FeatureCollection\",\"features\":[]}";
        } else if (type.startsWith("text/")) {
            body = "x\n";
        } else {
            body = "{}";
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
