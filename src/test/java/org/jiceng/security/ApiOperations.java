package org.jiceng.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations of the OpenAPI document ({@code /v3/api-docs}) as both harnesses see them: read from the running
 * application, so an endpoint added tomorrow is in the next run without anyone listing it here.
 */
record ApiOperations(List<Operation> all, JsonNode schemas) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** One operation: its key ({@code GET /api/v1/cases/{id}}), permission, parameters and request body. */
    record Operation(String method, String path, String permission, List<String> pathParameters,
                     Map<String, String> queryParameters, List<String> requiredQuery, List<String> consumes,
                     JsonNode bodySchema) {

        String key() {
            return method + " " + path;
        }

        boolean reads() {
            return method.equals("GET");
        }

        /** Whether the path names a record ({@code {format}}, GeoReport's file suffix, names none). */
        boolean hasPathIds() {
            return pathParameters.stream().anyMatch(name -> !name.equals("format"));
        }

        boolean takesJson() {
            return consumes.stream().anyMatch(c -> c.contains("json"));
        }
    }

    static ApiOperations parse(String document) {
        JsonNode root = JSON.readTree(document);
        List<Operation> operations = new ArrayList<>();
        root.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            JsonNode op = entry.getValue();
            Map<String, String> query = new LinkedHashMap<>();
            List<String> required = new ArrayList<>();
            for (JsonNode parameter : op.path("parameters")) {
                String type = parameter.path("schema").path("type").asString("");
                // the signed-in person is resolved by the application, never sent; the document lists it by mistake
                if (!parameter.path("in").asString().equals("query") || type.isEmpty()) {
                    continue;
                }
                query.put(parameter.get("name").asString(), type);
                if (parameter.path("required").asBoolean(false)) {
                    required.add(parameter.get("name").asString());
                }
            }
            List<String> names = new ArrayList<>();
            Matcher m = PATH_PARAMETER.matcher(path.getKey());
            while (m.find()) {
                names.add(m.group(1));
            }
            List<String> consumes = new ArrayList<>();
            JsonNode body = null;
            for (var content : op.path("requestBody").path("content").properties()) {
                consumes.add(content.getKey());
                if (body == null) {
                    body = content.getValue().path("schema");
                }
            }
            JsonNode permission = op.get("x-permission");
            operations.add(new Operation(entry.getKey().toUpperCase(), path.getKey(),
                    permission == null ? null : permission.asString(), names, query, required, consumes, body));
        }));
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return new ApiOperations(List.copyOf(operations), root.path("components").path("schemas"));
    }

    /** The properties of a request body's schema, following one {@code $ref}: name → type. */
    Map<String, String> properties(Operation operation) {
        Map<String, String> result = new LinkedHashMap<>();
        JsonNode schema = operation.bodySchema();
        if (schema == null) {
            return result;
        }
        if (schema.has("$ref")) {
            schema = schemas.path(schema.get("$ref").asString().replace("#/components/schemas/", ""));
        }
        schema.path("properties").properties().forEach(p -> {
            if (!p.getKey().equals("user")) {
                result.put(p.getKey(), p.getValue().path("type").asString("object"));
            }
        });
        return result;
    }
}
