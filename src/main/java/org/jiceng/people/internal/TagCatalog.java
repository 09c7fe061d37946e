package org.jiceng.people.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The configurable list of resident tags (people.tag); accepts a tag by its code or its Chinese name. */
@Component
public class TagCatalog {

    private final JdbcClient jdbc;

    TagCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Tag(String code, String name, boolean care) {
    }

    public List<Tag> all() {
        return jdbc.sql("select code, name, care from people.tag order by sort_order, code").query(Tag.class).list();
    }

    /** Code by code or name; unknown entries are returned as they are, for the caller to refuse. */
    Map<String, String> codesByCodeOrName() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (Tag tag : all()) {
            codes.put(tag.code(), tag.code());
            codes.put(tag.name(), tag.code());
        }
        return codes;
    }

    public Map<String, String> namesByCode() {
        Map<String, String> names = new LinkedHashMap<>();
        all().forEach(t -> names.put(t.code(), t.name()));
        return names;
    }
}
