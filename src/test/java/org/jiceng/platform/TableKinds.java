package org.jiceng.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The classification of every table, read from {@code db/table-kinds.tsv}: schema, table, kind and why, tab-separated,
 * after a header line; lines starting with {@code #} are comments. A malformed line is an error naming its line.
 */
record TableKinds(Map<String, Kind> kinds) {

    static final String FILE = "src/main/resources/db/table-kinds.tsv";

    enum Kind { DISTRIBUTED, REFERENCE, LOCAL }

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final String HEADER = "schema\ttable\tkind\twhy";

    /** The file on the class path, as the build ships it. */
    static TableKinds load() {
        var in = TableKinds.class.getResourceAsStream("/db/table-kinds.tsv");
        if (in == null) {
            throw new IllegalStateException(FILE + " is missing");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TableKinds read(Reader source) throws IOException {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        boolean header = false;
        int number = 0;
        var lines = new BufferedReader(source);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    errors.add("line " + number + ": the header must be \"" + HEADER.replace("\t", "<tab>") + "\"");
                }
                header = true;
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 4) {
                errors.add("line " + number + ": " + fields.length + " fields, want 4 separated by tabs: schema, table, kind, why");
                continue;
            }
            if (!NAME.matcher(fields[0]).matches() || !NAME.matcher(fields[1]).matches()) {
                errors.add("line " + number + ": schema and table must be lower-case SQL names, not \"" + fields[0]
                        + "\" and \"" + fields[1] + "\"");
            }
            Kind kind = switch (fields[2]) {
                case "distributed" -> Kind.DISTRIBUTED;
                case "reference" -> Kind.REFERENCE;
                case "local" -> Kind.LOCAL;
                default -> null;
            };
            if (kind == null) {
                errors.add("line " + number + ": kind \"" + fields[2] + "\" is none of distributed, reference, local");
            }
            if (fields[3].isBlank()) {
                errors.add("line " + number + ": say in one line why " + fields[0] + "." + fields[1] + " is " + fields[2]);
            }
            if (kinds.put(fields[0] + "." + fields[1], kind) != null) {
                errors.add("line " + number + ": " + fields[0] + "." + fields[1] + " is classified twice");
            }
        }
        if (!header) {
            errors.add("the header line \"" + HEADER.replace("\t", "<tab>") + "\" is missing");
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(FILE + " is malformed:\n  " + String.join("\n  ", errors));
        }
        return new TableKinds(kinds);
    }

    Kind of(String table) {
        return kinds.get(table);
    }
}
