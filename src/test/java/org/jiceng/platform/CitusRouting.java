package org.jiceng.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jiceng.platform.TableKinds.Kind;

/**
 * Which of the application's SQL statements Citus could send to the one node of a county: read from the source, every
 * {@code jdbc.sql(…)} whose text names a distributed table, sorted by what its text filters on. This reads text, not
 * plans: a statement that names {@code county} is counted as routed even if it binds it to a range, and one built
 * from pieces outside the call is judged by the pieces inside it (docs/scale-out.md says what that leaves out).
 */
final class CitusRouting {

    static final Path SOURCES = Path.of("src/main/java");

    /** What a statement over distributed tables filters on, from best to worst for Citus. */
    enum Route {
        /** names county: one shard group when the county is one value. */
        COUNTY,
        /** a place code bound to one value (community_code = :c): one county, but Citus cannot see it until county is added. */
        PLACE,
        /** Scope's territory ranges: a town's or county's list, fanned out to every shard until county is added. */
        SCOPE,
        /** by id (or ids) alone: every shard looks the id up in its key's index. */
        ID,
        /** no place at all: background sweeps over every county, counts, seeders' checks, sequences. */
        EVERYWHERE
    }

    record Statement(Path file, int line, String sql, Route route) {
    }

    private static final Pattern CALL = Pattern.compile("\\.sql\\(");
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern TABLE = Pattern.compile("\\b([a-z_]+\\.[a-z_0-9]+)\\b");
    private static final Pattern COUNTY = Pattern.compile("\\bcounty\\b");
    private static final Pattern PLACE = Pattern.compile("\\b[a-z_]*(territory|community|village|grid|place|town)[a-z_]*\\s*=\\s*[:?]");
    private static final Pattern SCOPE = Pattern.compile("\\.where\\(|scope", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("\\b(id|[a-z_]+_id)\\s*(=\\s*[:?]|=\\s*any\\s*\\(|in\\s*\\(\\s*:)");

    private CitusRouting() {
    }

    static List<Statement> statements(TableKinds kinds) {
        Set<String> distributed = new java.util.HashSet<>();
        kinds.kinds().forEach((table, kind) -> {
            if (kind == Kind.DISTRIBUTED) {
                distributed.add(table);
            }
        });
        List<Statement> statements = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher call = CALL.matcher(source);
                while (call.find()) {
                    String argument = argument(source, call.end());
                    StringBuilder sql = new StringBuilder();
                    Matcher literal = LITERAL.matcher(argument);
                    while (literal.find()) {
                        sql.append(literal.group(1) != null ? literal.group(1) : literal.group(2)).append(' ');
                    }
                    String text = sql.toString().toLowerCase(Locale.ROOT);
                    Matcher table = TABLE.matcher(text);
                    boolean touches = false;
                    while (table.find() && !touches) {
                        touches = distributed.contains(table.group(1));
                    }
                    if (touches) {
                        int line = (int) source.substring(0, call.start()).chars().filter(c -> c == '\n').count() + 1;
                        statements.add(new Statement(SOURCES.relativize(file), line, text.strip(), route(text, argument)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return statements;
    }

    static Route route(String sql, String argument) {
        if (COUNTY.matcher(sql).find()) {
            return Route.COUNTY;
        }
        if (SCOPE.matcher(argument).find()) {
            return Route.SCOPE;
        }
        if (PLACE.matcher(sql).find()) {
            return Route.PLACE;
        }
        if (ID.matcher(sql).find()) {
            return Route.ID;
        }
        return Route.EVERYWHERE;
    }

    /** How many statements of each file take each route other than county: the count the layout is held to. */
    static Map<String, Integer> unrouted(List<Statement> statements) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Statement statement : statements) {
            if (statement.route() != Route.COUNTY) {
                counts.merge(statement.file().toString().replace('\\', '/') + "\t" + statement.route().name().toLowerCase(Locale.ROOT),
                        1, Integer::sum);
            }
        }
        return counts;
    }

    /** The text between the parenthesis opened at {@code from} and the one that closes it, strings skipped whole. */
    private static String argument(String source, int from) {
        int depth = 1;
        int at = from;
        while (at < source.length() && depth > 0) {
            if (source.startsWith("\"\"\"", at)) {
                int end = source.indexOf("\"\"\"", at + 3);
                at = end < 0 ? source.length() : end + 3;
                continue;
            }
            char c = source.charAt(at);
            if (c == '"') {
                at++;
                while (at < source.length() && source.charAt(at) != '"') {
                    at += source.charAt(at) == '\\' ? 2 : 1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            at++;
        }
        return source.substring(from, Math.max(from, at - 1));
    }
}
