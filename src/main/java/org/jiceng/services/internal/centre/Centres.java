package org.jiceng.services.internal.centre;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.County;
import org.jiceng.Cursor;
import org.jiceng.CurrentUser;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Centres: read by everyone (they are public), written by the committees of their place (MANAGE SERVICE_CENTRE),
 * with their opening hours, closed days, rooms and services.
 */
@Service
public class Centres {

    private final CentreRepository centres;
    private final TerritoryApi territory;
    private final Clock clock;

    Centres(CentreRepository centres, TerritoryApi territory, Clock clock) {
        this.centres = centres;
        this.territory = territory;
        this.clock = clock;
    }

    public Page<CentreView> list(String territoryCode, String after, int limit) {
        Scope scope = Scope.everything().askedFor(territoryCode);
        List<CentreView> views = centres.list(scope, Cursor.idAbove(after), limit + 1).stream().map(this::view).toList();
        return Page.byId(views, limit, CentreView::id);
    }

    public CentreView get(long id) {
        return view(row(id));
    }

    /** The row of a centre, for sessions and bookings in this module. */
    public CentreRow row(long id) {
        return centres.find(id).orElseThrow(() -> new NotFoundException("服务中心 " + id + " 不存在"));
    }

    public boolean mayManage(CurrentUser user, String territoryCode) {
        return AccessPolicy.allows(user, Resource.SERVICE_CENTRE, Action.MANAGE, Target.at(territoryCode));
    }

    @Transactional
    public long create(CentreView.Request request, CurrentUser user) {
        if (request == null) {
            throw new BadInputException("name", "请填写服务中心信息");
        }
        String code = request.territoryCode() == null ? "" : request.territoryCode().strip();
        if (!code.matches("\\d{9}|\\d{12}")) {
            throw new BadInputException("territoryCode", "所在区域须为乡镇（街道）或村（社区）代码（9 或 12 位数字）");
        }
        if (territory.division(code).isEmpty()) {
            throw new BadInputException("territoryCode", "区划 " + code + " 不存在");
        }
        AccessPolicy.check(user, Resource.SERVICE_CENTRE, Action.MANAGE, Target.at(code));
        Checked c = checked(request);
        long id = centres.insert(County.of(code), code, c.kind, c.name, c.address, c.lat, c.lon, user.id(),
                OffsetDateTime.now(clock).withOffsetSameInstant(Beijing.OFFSET));
        CentreRow row = centres.find(id).orElseThrow();
        centres.replaceHours(row, c.hours, c.closed);
        putRoomsAndServices(row, request);
        return id;
    }

    @Transactional
    public CentreView update(long id, CentreView.Request request, CurrentUser user) {
        CentreRow row = centres.lock(id).orElseThrow(() -> new NotFoundException("服务中心 " + id + " 不存在"));
        AccessPolicy.check(user, Resource.SERVICE_CENTRE, Action.MANAGE, Target.at(row.territoryCode()));
        if (request == null) {
            throw new BadInputException("name", "请填写服务中心信息");
        }
        if (request.territoryCode() != null && !request.territoryCode().strip().equals(row.territoryCode())) {
            throw new BadInputException("territoryCode", "服务中心所在区域不能更改");
        }
        int version = request.version() == null ? row.version() : request.version();
        Checked c = checked(request);
        if (!centres.update(id, version, c.kind, c.name, c.address, c.lat, c.lon)) {
            throw new ConflictException("服务中心信息刚被他人修改，请刷新后再试");
        }
        centres.replaceHours(row, c.hours, c.closed);
        putRoomsAndServices(row, request);
        return get(id);
    }

    /** The centre's week and closed days, to check a session against. */
    public OpeningHours openingHours(long centreId) {
        var week = new java.util.EnumMap<DayOfWeek, OpeningHours.Interval>(DayOfWeek.class);
        for (var h : centres.hours(centreId)) {
            week.put(DayOfWeek.of(h.weekday()), new OpeningHours.Interval(h.opens(), h.closes()));
        }
        Set<LocalDate> closed = new HashSet<>();
        centres.closedDays(centreId, LocalDate.MIN.plusYears(1)).forEach(d -> closed.add(d.day()));
        return new OpeningHours(week, closed);
    }

    private record Checked(CentreKind kind, String name, String address, double lat, double lon, OpeningHours hours,
                           List<CentreView.ClosedDay> closed) {
    }

    private static Checked checked(CentreView.Request r) {
        CentreKind kind = Input.oneOf(CentreKind.class, r.kind(), "kind", "类型", CentreKind::label, CentreKind.CENTRE);
        String name = Input.text(r.name(), "name", "名称", 1, 60);
        String address = Input.text(r.address(), "address", "地址", 1, 100);
        if (r.lat() == null || r.lon() == null || r.lat() < 18 || r.lat() > 54 || r.lon() < 73 || r.lon() > 136) {
            throw new BadInputException("lat", "请填写服务中心的位置（纬度 lat、经度 lon，WGS84，须在我国境内）");
        }
        List<CentreView.ClosedDay> closed = r.closedDays() == null ? List.of() : r.closedDays();
        Set<LocalDate> days = new HashSet<>();
        for (CentreView.ClosedDay day : closed) {
            if (day == null || day.day() == null) {
                throw new BadInputException("closedDays", "闭馆日须填写日期（YYYY-MM-DD）");
            }
            if (day.reason() != null && day.reason().length() > 40) {
                throw new BadInputException("closedDays", "闭馆原因不能超过 40 个字");
            }
            days.add(day.day());
        }
        return new Checked(kind, name, address, round(r.lat()), round(r.lon()), OpeningHours.of(r.hours(), days), closed);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1_000_000d) / 1_000_000d;
    }

    private void putRoomsAndServices(CentreRow centre, CentreView.Request r) {
        Set<Long> rooms = new HashSet<>();
        for (CentreView.Room room : r.rooms() == null ? List.<CentreView.Room>of() : r.rooms()) {
            if (room == null) {
                throw new BadInputException("rooms", "场室列表中有空项");
            }
            String name = Input.text(room.name(), "rooms", "场室名称", 1, 40);
            if (room.capacity() == null || room.capacity() < 1 || room.capacity() > 1000) {
                throw new BadInputException("rooms", "场室“" + name + "”的容纳人数须为 1 到 1000");
            }
            centres.putRoom(centre, room.id(), name, room.capacity());
        }
        centres.rooms(centre.id()).forEach(room -> rooms.add(room.id()));
        for (CentreView.Service s : r.services() == null ? List.<CentreView.Service>of() : r.services()) {
            if (s == null) {
                throw new BadInputException("services", "服务列表中有空项");
            }
            ServiceKind kind = Input.oneOf(ServiceKind.class, s.kind(), "services", "服务类型", ServiceKind::label, null);
            String name = Input.text(s.name(), "services", "服务名称", 1, 40);
            String description = Input.optionalText(s.description(), "services", "服务说明", 500);
            long price = s.priceFen() == null ? 0 : s.priceFen();
            if (price < 0 || price > 100_000 || (kind != ServiceKind.MEAL && price != 0)) {
                throw new BadInputException("services", "“" + name + "”的价格须为 0 到 1000 元，且只有众筹食堂收费");
            }
            if (s.roomId() != null && !rooms.contains(s.roomId())) {
                throw new BadInputException("services", "“" + name + "”的场室不属于本服务中心");
            }
            centres.putService(centre, s.id(), kind, name, description == null ? "" : description, price, s.roomId(),
                    s.active() == null || s.active());
        }
    }

    CentreView view(CentreRow row) {
        var hours = centres.hours(row.id()).stream()
                .map(h -> new CentreView.Hours(h.weekday(), h.opens().toString(), h.closes().toString())).toList();
        OpeningHours week = openingHours(row.id());
        return new CentreView(row.id(), row.territoryCode(), row.kind().name(), row.kind().label(), row.name(),
                row.address(), row.lat(), row.lon(), hours, centres.closedDays(row.id(), Beijing.today(clock)),
                week.week().isEmpty() ? "" : week.summary(), centres.rooms(row.id()), centres.services(row.id()),
                row.version());
    }

    /** A centre and how far it is from a place, in whole metres and minutes' walk. */
    public record Near(CentreView centre, long metres, long minutes) {
    }

    /** The centres within 15 minutes' walk (1,000 m in a straight line) of a point, nearest first. */
    public List<Near> withinWalk(double lat, double lon) {
        double reach = WalkingDistance.FIFTEEN_MINUTES_METRES * 1.01;
        return centres.inBox(lat, lon, WalkingDistance.latitudeDegrees(reach),
                        WalkingDistance.longitudeDegrees(reach, lat)).stream()
                .map(c -> new Object[] {c, WalkingDistance.metres(lat, lon, c.lat(), c.lon())})
                .filter(x -> WalkingDistance.withinFifteenMinutes((Long) x[1]))
                .sorted(java.util.Comparator.comparingLong(x -> (Long) x[1]))
                .map(x -> new Near(view((CentreRow) x[0]), (Long) x[1], WalkingDistance.minutes((Long) x[1])))
                .toList();
    }
}
