package org.jiceng.cases.web;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes Open311 answers in the format the path asks ({@code .xml}, required by the spec, or {@code .json}).
 * An answer is a tree of maps and lists; in XML a list under {@code endpoints} holds {@code endpoint} elements
 * and so on. Times are ISO-8601 with their offset; characters XML 1.0 cannot carry are dropped.
 */
final class Open311Format {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final MediaType XML = MediaType.parseMediaType("text/xml;charset=UTF-8");
    private static final MediaType JSON = MediaType.parseMediaType("application/json;charset=UTF-8");
    private static final Map<String, String> ITEMS = Map.of("endpoints", "endpoint", "formats", "format",
            "attributes", "attribute", "values", "value", "services", "service", "service_requests", "request",
            "errors", "error");
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final boolean xml;

    private Open311Format(boolean xml) {
        this.xml = xml;
    }

    /** The format named by a path's extension; anything but {@code json} is answered in XML. */
    static Open311Format of(String extension) {
        return new Open311Format(!"json".equalsIgnoreCase(extension));
    }

    /** The format of a request path such as {@code /open311/v2/services.json}. */
    static Open311Format ofPath(String path) {
        return of(path.endsWith(".json") ? "json" : "xml");
    }

    static boolean known(String extension) {
        return "xml".equalsIgnoreCase(extension) || "json".equalsIgnoreCase(extension);
    }

    /** A list answer: JSON array, or an XML root ({@code services}, {@code service_requests}, {@code errors}). */
    ResponseEntity<String> list(HttpStatus status, String root, List<Map<String, Object>> items, JsonMapper json) {
        return answer(status, root, items, json);
    }

    /** An object answer: JSON object, or an XML root element with the fields as children. */
    ResponseEntity<String> object(String root, Map<String, Object> fields, JsonMapper json) {
        return answer(HttpStatus.OK, root, fields, json);
    }

    private ResponseEntity<String> answer(HttpStatus status, String root, Object body, JsonMapper json) {
        if (!xml) {
            return ResponseEntity.status(status).contentType(JSON).body(json.writeValueAsString(plain(body)));
        }
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter writer = FACTORY.createXMLStreamWriter(out);
            writer.writeStartDocument("UTF-8", "1.0");
            element(writer, root, body);
            writer.writeEndDocument();
            writer.close();
            return ResponseEntity.status(status).contentType(XML).body(out.toString());
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void element(XMLStreamWriter writer, String name, Object value) throws XMLStreamException {
        if (value == null || (value instanceof List<?> l && l.isEmpty())) {
            writer.writeEmptyElement(name);
            return;
        }
        writer.writeStartElement(name);
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> field : map.entrySet()) {
                element(writer, field.getKey().toString(), field.getValue());
            }
        } else if (value instanceof List<?> list) {
            String item = ITEMS.getOrDefault(name, "item");
            for (Object each : list) {
                element(writer, item, each);
            }
        } else {
            writer.writeCharacters(xmlSafe(text(value)));
        }
        writer.writeEndElement();
    }

    /** Times and decimals as text, the same in both formats. */
    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k.toString(), plain(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Open311Format::plain).toList();
        }
        return value instanceof OffsetDateTime time ? TIME.format(time) : value;
    }

    private static String text(Object value) {
        return switch (value) {
            case OffsetDateTime time -> TIME.format(time);
            case Double d -> BigDecimal.valueOf(d).toPlainString();
            default -> value.toString();
        };
    }

    /** Drops the characters XML 1.0 cannot hold (most control characters, unpaired surrogates, U+FFFE/FFFF). */
    static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(safe::appendCodePoint);
        return safe.toString();
    }
}
