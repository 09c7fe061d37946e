package org.jiceng.cases.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiceng.BadInputException;
import org.jiceng.NotFoundException;
import org.jiceng.Redaction;
import org.jiceng.Scope;
import org.jiceng.cases.CaseLevel;
import org.jiceng.cases.CategoryView;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.territory.UnitView;
import org.springframework.stereotype.Service;

/**
 * The read side of Open311 GeoReport v2: services (our active leaf categories) and service requests (public
 * cases) as the public sees them — status open/closed, no reporter, no notes, phone and ID numbers taken out of
 * the texts ({@link Redaction}), the point rounded to about 100 m.
 */
@Service
public class Open311Reader {

    /** The spec's cap on one answer of {@code GET requests}. */
    public static final int MAX_REQUESTS = 1000;
    /** The spec's default window of {@code GET requests} without dates. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(90);

    private final CategoryService categories;
    private final Open311Repository requests;
    private final TerritoryApi territory;

    Open311Reader(CategoryService categories, Open311Repository requests, TerritoryApi territory) {
        this.categories = categories;
        this.requests = requests;
        this.territory = territory;
    }

    /** One service: {@code group} is the parent category's name. */
    public record Service311(String code, String name, String description, String keywords, String group) {
    }

    /** One service request with the spec's fields; {@code open} maps to status open/closed. */
    public record Request311(long id, boolean open, String statusNotes, String serviceName, String serviceCode,
                             String description, String agencyResponsible, String serviceNotice,
                             OffsetDateTime requested, OffsetDateTime updated, OffsetDateTime expected,
                             String address, String addressId, Double lat, Double lon, String mediaUrl) {
    }

    /** {@code GET requests}: ids (when given, nothing else counts), service codes, dates and status (null: both). */
    public record Query(List<Long> ids, List<String> codes, Instant start, Instant end, Boolean open) {
    }

    public List<Service311> services() {
        List<CategoryView> all = categories.all();
        Map<String, String> names = all.stream().collect(Collectors.toMap(CategoryView::code, CategoryView::name));
        return all.stream().filter(c -> c.leaf() && c.active())
                .map(c -> new Service311(c.code(), c.name(), names.get(c.parentCode()) + " · " + c.name() + "。" + notice(c),
                        c.name() + ", " + names.get(c.parentCode()), names.get(c.parentCode())))
                .toList();
    }

    /** A service by code, or 404. */
    public Service311 service(String code) {
        return services().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("没有服务类型 service_code “" + code + "”"));
    }

    public Request311 request(long id) {
        return requests.find(id).map(new Names()::request)
                .orElseThrow(() -> new NotFoundException("诉求 " + id + " 不存在"));
    }

    public List<Request311> requests(Query query, Instant now) {
        Instant end = query.end() == null ? now.plusSeconds(1) : query.end();
        Instant start = query.start() == null ? end.minus(DEFAULT_WINDOW) : query.start();
        if (query.ids().isEmpty() && start.isAfter(end)) {
            throw new BadInputException("start_date 不能晚于 end_date");
        }
        if (query.ids().size() > MAX_REQUESTS) {
            throw new BadInputException("一次最多查询 " + MAX_REQUESTS + " 个 service_request_id");
        }
        Names names = new Names();
        return requests.list(new Open311Repository.Filter(query.ids(), query.codes(), start, end, query.open()), MAX_REQUESTS)
                .stream().map(names::request).toList();
    }

    /** The case filed by the Open311 POST that was given {@code token}, or 404. */
    public long requestOfToken(String token) {
        return requests.caseOfToken(token).orElseThrow(() -> new NotFoundException("令牌 token “" + token + "” 不存在"));
    }

    /** What a new request of this category may expect: the deadlines the case loop gives it. */
    static String notice(CategoryView category) {
        return ("URGENT".equals(category.urgency()) ? "紧急诉求" : "一般诉求") + "：" + category.responseHours()
                + " 小时内响应，" + category.resolveWorkingDays() + " 个工作日内办结";
    }

    /** Names of units and places, looked up once per answer. */
    private final class Names {
        private final Map<String, String> places = new HashMap<>();
        private final Map<Long, String> units = new HashMap<>();
        private final Map<String, CategoryView> categoryByCode = new HashMap<>();

        Request311 request(Open311Repository.Row row) {
            CategoryView category = categoryByCode.computeIfAbsent(row.categoryCode(), c -> categories.find(c).orElse(null));
            String notes = row.mergedInto() != null ? row.state().label() + "：已并入诉求 " + row.mergedInto() + " 一并办理"
                    : row.state().label();
            return new Request311(row.id(), row.state().isOpen(), notes, row.categoryName(), row.categoryCode(),
                    Redaction.redact(row.description()), agency(row), category == null ? null : notice(category),
                    row.receivedAt(), row.updatedAt(), row.resolveDueAt(),
                    row.address() != null ? Redaction.redact(row.address()) : place(row.territoryCode()),
                    row.territoryCode(), Redaction.roundedCoordinate(row.lat()), Redaction.roundedCoordinate(row.lon()),
                    row.mediaUrl());
        }

        private String agency(Open311Repository.Row row) {
            Long unit = row.leadUnitId() != null ? row.leadUnitId() : row.routedUnitId();
            if (unit != null) {
                return units.computeIfAbsent(unit, id -> territory.unit(id).map(UnitView::name).orElse(null));
            }
            String node = CaseLevel.valueOf(row.level()).nodeOf(row.territoryCode());
            return node.length() == 15 ? cached(node, c -> territory.grid(c, Scope.everything()).map(GridView::name).orElse(c))
                    : cached(node, c -> territory.division(c).map(DivisionView::name).orElse(c));
        }

        /** The county-down path of a grid or village: 会泽县古城街道堂琅社区 第一网格. */
        private String place(String code) {
            return cached("path:" + code, key -> {
                String village = code.substring(0, Math.min(12, code.length()));
                List<DivisionView> path = territory.path(village);
                String names = path.stream().skip(Math.max(0, path.size() - 3)).map(DivisionView::name)
                        .collect(Collectors.joining());
                Optional<String> grid = code.length() == 15 ? territory.grid(code, Scope.everything()).map(GridView::name)
                        : Optional.empty();
                return grid.map(g -> names + " " + g).orElse(names);
            });
        }

        private String cached(String key, Function<String, String> lookup) {
            return places.computeIfAbsent(key, lookup);
        }
    }
}
