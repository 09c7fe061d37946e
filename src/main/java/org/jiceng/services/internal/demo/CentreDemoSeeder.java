package org.jiceng.services.internal.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Scope;
import org.jiceng.identity.IdentityApi;
import org.jiceng.people.PeopleApi;
import org.jiceng.platform.DatabaseMode;
import org.jiceng.services.internal.booking.Bookings;
import org.jiceng.services.internal.booking.SessionView;
import org.jiceng.services.internal.booking.CentreSessions;
import org.jiceng.services.internal.centre.CentreView;
import org.jiceng.services.internal.centre.Centres;
import org.jiceng.territory.GridView;
import org.jiceng.territory.LatLon;
import org.jiceng.territory.TerritoryApi;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: coordinates for the register's buildings; 古城街道党群服务中心 and 堂琅社区党群服务中心 with rooms, 众筹食堂
 * lunches, the 四点半学堂 and 老年大学 classes, and a village 服务站 in 迤车镇; sessions for the coming two weeks and a few
 * bookings of jumin and huzhang. Runs while the county has no centre yet, through the module's own services.
 */
@Component
@Profile("!command")
@Order(112)
class CentreDemoSeeder implements ApplicationRunner {

    static final String COUNTY = "530326";
    static final String GUCHENG = "530326001";
    static final String TANGLANG = "530326001001";
    static final String YICHE = "530326103";
    private static final double METRES_PER_DEGREE = 111_195;

    private record Weekly(long serviceId, List<DayOfWeek> days, LocalTime start, LocalTime end, int capacity) {
    }

    private final DatabaseMode mode;
    private final JdbcClient jdbc;
    private final Centres centres;
    private final CentreSessions sessions;
    private final Bookings bookings;
    private final IdentityApi identity;
    private final PeopleApi people;
    private final TerritoryApi territory;
    private final Clock clock;

    CentreDemoSeeder(DatabaseMode mode, JdbcClient jdbc, Centres centres, CentreSessions sessions, Bookings bookings,
                     IdentityApi identity, PeopleApi people, TerritoryApi territory, Clock clock) {
        this.mode = mode;
        this.jdbc = jdbc;
        this.centres = centres;
        this.sessions = sessions;
        this.bookings = bookings;
        this.identity = identity;
        this.people = people;
        this.territory = territory;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!mode.demo()) {
            return;
        }
        boolean seeded = jdbc.sql("select exists (select 1 from services.centre where county = :c)")
                .param("c", COUNTY).query(Boolean.class).single();
        if (seeded) {
            return;
        }
        new DemoBuildingPlaces(people, territory).place(COUNTY);
        LatLon tanglang = middle(TANGLANG);
        if (tanglang == null) {
            return;
        }
        CurrentUser admin = identity.findByUsername("admin").orElseThrow();
        List<CentreView.Hours> weekdays = week(LocalTime.of(8, 30), LocalTime.of(20, 0), 5);
        List<CentreView.Hours> tanglangHours = new ArrayList<>(weekdays);
        tanglangHours.add(new CentreView.Hours(6, "09:00", "17:00"));
        long community = centres.create(new CentreView.Request(TANGLANG, "CENTRE", "堂琅社区党群服务中心",
                "会泽县古城街道堂琅社区居委会一楼", tanglang.lat(), tanglang.lon(), tanglangHours, List.of(),
                List.of(room("多功能活动室", 40), room("四点半学堂教室", 30), room("社区食堂", 60), room("书画室", 20)),
                List.of(service("MEAL", "众筹食堂午餐", "面向60岁以上老人和困难群众，两荤一素一汤，个人出8元，其余由众筹资金补助", 800),
                        service("AFTER_SCHOOL", "四点半学堂", "放学后作业辅导、阅读和手工，志愿者和社区工作者看护", 0),
                        service("CLASS", "老年大学书法班", "社区教育课程：毛笔楷书入门，自带笔墨，纸张由社区提供", 0),
                        service("CONSULTATION", "法律咨询", "律师驻点，婚姻家庭、劳动、邻里纠纷咨询", 0)), null), admin);
        LatLon town = offset(tanglang, 400, 300);
        long street = centres.create(new CentreView.Request(GUCHENG, "CENTRE", "古城街道党群服务中心",
                "会泽县古城街道办事处便民服务大厅", town.lat(), town.lon(),
                week(LocalTime.of(8, 30), LocalTime.of(17, 30), 5), List.of(),
                List.of(room("老年大学教室", 40), room("会议室", 30)),
                List.of(service("CLASS", "老年大学合唱班", "社区教育课程：合唱与发声，每周三下午", 0),
                        service("CONSULTATION", "政策咨询", "社保、医保、民政政策当面咨询，一次讲清", 0)), null), admin);
        String yicheVillage = territory.children(YICHE, null, 1).stream().findFirst().map(d -> d.code()).orElse(null);
        LatLon village = yicheVillage == null ? null : middle(yicheVillage);
        Long station = null;
        if (village != null) {
            station = centres.create(new CentreView.Request(yicheVillage, "STATION", "迤车镇村级便民服务站",
                    "迤车镇村委会办公楼一楼", village.lat(), village.lon(),
                    week(LocalTime.of(9, 0), LocalTime.of(17, 0), 6), List.of(), List.of(room("活动室", 20)),
                    List.of(service("CONSULTATION", "农技咨询", "农技员驻站，种植养殖技术指导", 0)), null), admin);
        }
        LocalDate today = Beijing.today(clock);
        List<SessionView> made = new ArrayList<>();
        var tanglangServices = centres.get(community).services();
        List<DayOfWeek> workdays = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        made.addAll(timetable(community, today, new Weekly(tanglangServices.get(0).id(), workdays,
                LocalTime.of(11, 30), LocalTime.of(13, 0), 40), admin));
        made.addAll(timetable(community, today, new Weekly(tanglangServices.get(1).id(), workdays,
                LocalTime.of(16, 30), LocalTime.of(18, 30), 30), admin));
        made.addAll(timetable(community, today, new Weekly(tanglangServices.get(2).id(),
                List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(9, 0), LocalTime.of(11, 0), 20), admin));
        timetable(community, today, new Weekly(tanglangServices.get(3).id(), List.of(DayOfWeek.SATURDAY),
                LocalTime.of(9, 0), LocalTime.of(11, 30), 6), admin);
        var streetServices = centres.get(street).services();
        timetable(street, today, new Weekly(streetServices.get(0).id(), List.of(DayOfWeek.WEDNESDAY),
                LocalTime.of(14, 30), LocalTime.of(16, 30), 40), admin);
        timetable(street, today, new Weekly(streetServices.get(1).id(), workdays, LocalTime.of(9, 0),
                LocalTime.of(11, 0), 10), admin);
        if (station != null) {
            timetable(station, today, new Weekly(centres.get(station).services().get(0).id(),
                    List.of(DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(11, 0), 10), admin);
        }
        book(made, "jumin", null, 0);
        book(made, "jumin", "王小明", 1);
        book(made, "huzhang", null, 0);
        book(made, "jumin", null, 2);
    }

    /** The n-th upcoming session of the made ones of this kind that has not started, booked by an account. */
    private void book(List<SessionView> made, String username, String attendee, int kindIndex) {
        String kind = List.of("MEAL", "AFTER_SCHOOL", "CLASS").get(kindIndex);
        CurrentUser user = identity.findByUsername(username).orElse(null);
        made.stream().filter(s -> s.serviceKind().equals(kind)).filter(s -> s.startsAt().toInstant().isAfter(
                        clock.instant().plusSeconds(3600))).findFirst()
                .ifPresent(s -> {
                    if (user != null) {
                        bookings.book(new Bookings.Request(s.id(), attendee), user);
                    }
                });
    }

    private List<SessionView> timetable(long centre, LocalDate today, Weekly weekly, CurrentUser admin) {
        List<SessionView> made = new ArrayList<>();
        for (int d = 0; d < 14; d++) {
            LocalDate day = today.plusDays(d);
            if (weekly.days().contains(day.getDayOfWeek())
                    && day.atTime(weekly.start()).atZone(Beijing.ZONE).toInstant().isAfter(clock.instant())) {
                made.addAll(sessions.create(centre, new CentreSessions.Request(weekly.serviceId(), null, day.toString(),
                        weekly.start().toString(), weekly.end().toString(), weekly.capacity(), null, 1), admin));
            }
        }
        return made;
    }

    private LatLon middle(String villageCode) {
        List<GridView> grids = territory.grids(villageCode, Scope.everything());
        if (grids.isEmpty()) {
            return null;
        }
        double lat = grids.stream().mapToDouble(g -> g.centroid().lat()).average().orElseThrow();
        double lon = grids.stream().mapToDouble(g -> g.centroid().lon()).average().orElseThrow();
        return new LatLon(DemoBuildingPlaces.round(lat), DemoBuildingPlaces.round(lon));
    }

    private static LatLon offset(LatLon from, double northMetres, double eastMetres) {
        return new LatLon(DemoBuildingPlaces.round(from.lat() + northMetres / METRES_PER_DEGREE),
                DemoBuildingPlaces.round(from.lon() + eastMetres
                        / (METRES_PER_DEGREE * Math.cos(Math.toRadians(from.lat())))));
    }

    private static List<CentreView.Hours> week(LocalTime opens, LocalTime closes, int days) {
        List<CentreView.Hours> hours = new ArrayList<>();
        for (int d = 1; d <= days; d++) {
            hours.add(new CentreView.Hours(d, opens.toString(), closes.toString()));
        }
        return hours;
    }

    private static CentreView.Room room(String name, int capacity) {
        return new CentreView.Room(null, name, capacity);
    }

    private static CentreView.Service service(String kind, String name, String description, long priceFen) {
        return new CentreView.Service(null, kind, null, name, description, priceFen, null, true);
    }
}
