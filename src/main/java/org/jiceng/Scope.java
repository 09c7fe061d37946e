package org.jiceng;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The territory a user may see: a set of code prefixes (DESIGN §1). Every repository method that reads
 * people's data takes one and puts it into its SQL with {@link #where(String)} and {@link #params()}.
 * <p>
 * A prefix becomes a half-open range {@code column >= prefix AND column < successor(prefix)} rather than a
 * {@code LIKE}: on a {@code COLLATE "C"} column the range uses the b-tree even in a generic prepared
 * plan, where {@code LIKE :param} would not.
 */
public record Scope(List<String> prefixes) {

    private static final Scope EVERYTHING = new Scope(List.of(""));
    private static final Scope NOTHING = new Scope(List.of());

    public Scope {
        prefixes = normalise(prefixes);
    }

    public static Scope of(String... prefixes) {
        return new Scope(List.of(prefixes));
    }

    /** For the system itself (imports, seeding, listeners): never for a request. */
    public static Scope everything() {
        return EVERYTHING;
    }

    public static Scope nothing() {
        return NOTHING;
    }

    public boolean covers(String code) {
        if (code == null) {
            return false;
        }
        for (String prefix : prefixes) {
            if (code.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return prefixes.isEmpty();
    }

    /** The narrowest scope that is inside both, or {@link #nothing()}. */
    public Scope narrowedTo(String prefix) {
        List<String> result = new ArrayList<>();
        for (String own : prefixes) {
            if (prefix.startsWith(own)) {
                result.add(prefix);
            } else if (own.startsWith(prefix)) {
                result.add(own);
            }
        }
        return new Scope(result);
    }

    /**
     * The scope a list asked for one territory may read: the whole scope when none is asked, else the part inside it;
     * a code that is no division or grid code is a 400, one wholly outside the scope a 403 (so a person learns that
     * they asked beyond their reach, never an empty list that looks like "nothing there").
     */
    public Scope askedFor(String territory) {
        if (territory == null || territory.isBlank()) {
            return this;
        }
        String code = territory.strip();
        if (!code.matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}|\\d{15}")) {
            throw new BadInputException("territory", "territory 须为区划或网格代码（2、4、6、9、12 或 15 位数字）");
        }
        Scope narrowed = narrowedTo(code);
        if (narrowed.isEmpty()) {
            throw new ForbiddenException("区域 " + code + " 不在您的辖区内");
        }
        return narrowed;
    }

    /** An SQL predicate over {@code column}; bind {@link #params()} with it. */
    public String where(String column) {
        if (prefixes.isEmpty()) {
            return "(false)"; // parenthesised like the other answers, so it never runs into a preceding word
        }
        StringBuilder sql = new StringBuilder("(");
        for (int i = 0; i < prefixes.size(); i++) {
            if (i > 0) {
                sql.append(" or ");
            }
            if (prefixes.get(i).isEmpty()) {
                sql.append("true");
            } else {
                sql.append('(').append(column).append(" >= :scope_lo_").append(i)
                        .append(" and ").append(column).append(" < :scope_hi_").append(i).append(')');
            }
        }
        return sql.append(')').toString();
    }

    /**
     * Like {@link #where(String)}, and when every prefix lies in one county also {@code countyColumn = :scope_county},
     * so Citus sends the statement to that county's shard group (docs/scale-out.md). A scope wider than one county
     * gets the plain range and reads every shard, by design.
     */
    public String where(String column, String countyColumn) {
        String range = where(column);
        String county = county();
        return county == null ? range : "(" + countyColumn + " = :scope_county and " + range + ")";
    }

    /** The one county every prefix lies in, or null when the scope is empty, wider than a county or spans two. */
    public String county() {
        String county = null;
        for (String prefix : prefixes) {
            if (prefix.length() < 6 || (county != null && !county.equals(prefix.substring(0, 6)))) {
                return null;
            }
            county = prefix.substring(0, 6);
        }
        return county;
    }

    /** The values {@link #where(String)} and {@link #where(String, String)} name; a name a statement does not use is ignored. */
    public Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        String county = county();
        if (county != null) {
            params.put("scope_county", county);
        }
        for (int i = 0; i < prefixes.size(); i++) {
            String prefix = prefixes.get(i);
            if (!prefix.isEmpty()) {
                params.put("scope_lo_" + i, prefix);
                params.put("scope_hi_" + i, successor(prefix));
            }
        }
        return params;
    }

    /** The smallest string greater than every string that starts with {@code prefix} (codes are ASCII). */
    static String successor(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }

    /** Drops prefixes already covered by a shorter one, so a user with nested grants has no redundant ranges. */
    private static List<String> normalise(List<String> prefixes) {
        List<String> sorted = prefixes.stream().distinct().sorted().toList();
        List<String> result = new ArrayList<>();
        for (String prefix : sorted) {
            if (result.stream().noneMatch(prefix::startsWith)) {
                result.add(prefix);
            }
        }
        return List.copyOf(result);
    }
}
