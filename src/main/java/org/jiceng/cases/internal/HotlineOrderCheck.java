package org.jiceng.cases.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.Beijing;
import org.jiceng.Scope;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.CategoryView;
import org.jiceng.cases.ExternalIntake;
import org.jiceng.territory.TerritoryApi;

/**
 * Checks one hotline work order and turns it into an {@link ExternalIntake}, or names every field that is wrong
 * and why, in Chinese. One instance serves one import: categories and places are looked up once.
 */
final class HotlineOrderCheck {

    private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"),
            DateTimeFormatter.ofPattern("yyyy/M/d H:mm:ss"), DateTimeFormatter.ofPattern("yyyy/M/d H:mm"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    /** A wrong field of a row. */
    record Problem(String field, String message) {
    }

    /** A good order: what to file and the hotline's urgency flag. */
    record Checked(ExternalIntake intake, boolean urgent) {
    }

    private final Scope scope;
    private final TerritoryApi territory;
    private final Instant now;
    private final Map<String, CategoryView> byCode = new HashMap<>();
    private final Map<String, List<CategoryView>> byName = new HashMap<>();
    private final Map<String, Boolean> knownPlaces = new HashMap<>();

    HotlineOrderCheck(Scope scope, TerritoryApi territory, List<CategoryView> categories, Instant now) {
        this.scope = scope;
        this.territory = territory;
        this.now = now;
        categories.stream().filter(c -> c.leaf() && c.active()).forEach(c -> {
            byCode.put(c.code(), c);
            byName.computeIfAbsent(c.name(), n -> new ArrayList<>()).add(c);
        });
    }

    /** The order to file, or the problems of the row (never both). */
    Optional<Checked> check(HotlineRows.Row row, List<Problem> problems) {
        if (row.problem() != null) {
            problems.add(new Problem("row", row.problem()));
            return Optional.empty();
        }
        String orderId = row.get("orderId");
        if (orderId == null) {
            problems.add(new Problem("orderId", "缺少工单编号"));
        } else if (orderId.length() > 64 || !orderId.matches("\\S+")) {
            problems.add(new Problem("orderId", "工单编号须为不含空格的 1 到 64 个字符"));
        }
        Instant received = receivedAt(row.get("receivedAt"), problems);
        CategoryView category = category(row.get("categoryCode"), row.get("categoryName"), problems);
        String content = row.get("content");
        if (content == null || org.jiceng.Text.length(content) < 5 || org.jiceng.Text.length(content) > 2000) {
            problems.add(new Problem("content", "诉求内容须为 5 到 2000 个字"));
        }
        String caller = row.get("callerName");
        if (caller != null && org.jiceng.Text.length(caller) > 50) {
            problems.add(new Problem("callerName", "来电人姓名不能超过 50 个字"));
        }
        String address = row.get("address");
        if (address != null && org.jiceng.Text.length(address) > 500) {
            problems.add(new Problem("address", "地址不能超过 500 个字"));
        }
        Boolean urgent = urgent(row.get("urgent"), problems);
        Place place = place(row, problems);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Checked(new ExternalIntake(CaseChannel.HOTLINE, orderId, category.code(), content,
                place.lat(), place.lon(), address, place.lat() == null ? place.code() : null, caller, received), urgent));
    }

    private Instant receivedAt(String value, List<Problem> problems) {
        if (value == null) {
            problems.add(new Problem("receivedAt", "缺少受理时间"));
            return null;
        }
        Instant at = null;
        try {
            at = OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            for (DateTimeFormatter format : LOCAL_TIMES) {
                try {
                    at = LocalDateTime.parse(value, format).atZone(Beijing.ZONE).toInstant();
                    break;
                } catch (DateTimeParseException ignored) {
                    // the next format
                }
            }
        }
        if (at == null) {
            problems.add(new Problem("receivedAt", "受理时间“" + value + "”格式不对，应为 2026-11-20 09:30:00（北京时间）或带时区的 ISO-8601"));
        } else if (org.jiceng.Ranges.problem(at) != null) {
            problems.add(new Problem("receivedAt", "受理时间" + org.jiceng.Ranges.problem(at)));
            return null;
        } else if (at.isAfter(now.plusSeconds(300))) {
            problems.add(new Problem("receivedAt", "受理时间晚于当前时间"));
            return null;
        }
        return at;
    }

    private CategoryView category(String code, String name, List<Problem> problems) {
        if (code != null) {
            CategoryView category = byCode.get(code);
            if (category == null) {
                problems.add(new Problem("categoryCode", "分类代码“" + code + "”不是可用的具体分类（4 位小类代码）"));
            } else if (name != null && !name.equals(category.name())) {
                problems.add(new Problem("categoryName", "分类名称“" + name + "”与分类代码 " + code + "（" + category.name() + "）不一致"));
            }
            return category;
        }
        if (name == null) {
            problems.add(new Problem("categoryCode", "须填写分类代码 categoryCode 或分类名称 categoryName"));
            return null;
        }
        List<CategoryView> named = byName.getOrDefault(name, List.of());
        if (named.size() != 1) {
            problems.add(new Problem("categoryName", named.isEmpty() ? "没有名为“" + name + "”的具体分类"
                    : "分类名称“" + name + "”对应多个分类，请改填分类代码"));
            return null;
        }
        return named.getFirst();
    }

    private static Boolean urgent(String value, List<Problem> problems) {
        if (value == null) {
            return false;
        }
        switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "是", "y", "yes", "紧急" -> {
                return true;
            }
            case "false", "0", "否", "n", "no", "一般" -> {
                return false;
            }
            default -> {
                problems.add(new Problem("urgent", "是否紧急须填“是”或“否”（true/false）"));
                return false;
            }
        }
    }

    private record Place(String code, Double lat, Double lon) {
    }

    private Place place(HotlineRows.Row row, List<Problem> problems) {
        String lat = row.get("lat");
        String lon = row.get("lon");
        if (lat != null || lon != null) {
            Double la = degrees(lat, 90);
            Double lo = degrees(lon, 180);
            if (la == null || lo == null) {
                problems.add(new Problem(la == null ? "lat" : "lon", "经纬度须同时填写，且为 WGS-84 十进制度数"));
                return null;
            }
            Optional<String> grid = territory.gridCodeAt(la, lo);
            if (grid.isEmpty()) {
                problems.add(new Problem("lat", "该经纬度不在本系统管理的任何网格内"));
                return null;
            }
            return inScope(new Place(grid.get(), la, lo), "lat", problems);
        }
        String code = row.get("territoryCode");
        if (code == null) {
            problems.add(new Problem("territoryCode", row.get("address") == null
                    ? "须填写经纬度 lat/lon，或区划代码 territoryCode（村(社区) 12 位或网格 15 位）"
                    : "只有地址无法确定所属村(社区)，请补充区划代码 territoryCode"));
            return null;
        }
        boolean known = code.matches("[0-9]{12}([0-9]{3})?") && knownPlaces.computeIfAbsent(code, c -> c.length() == 12
                ? territory.division(c).isPresent() : territory.grid(c, Scope.everything()).isPresent());
        if (!known) {
            problems.add(new Problem("territoryCode", "区划代码“" + code + "”须为本系统中的村(社区) 12 位代码或网格 15 位代码"));
            return null;
        }
        return inScope(new Place(code, null, null), "territoryCode", problems);
    }

    private Place inScope(Place place, String field, List<Problem> problems) {
        if (!scope.covers(place.code())) {
            problems.add(new Problem(field, "不在您的辖区（所属区划 " + place.code() + "）"));
            return null;
        }
        return place;
    }

    private static Double degrees(String value, int limit) {
        if (value == null) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(value);
            return Double.isFinite(parsed) && Math.abs(parsed) <= limit ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
