package org.jiceng.volunteer.internal.demo;

import java.util.List;
import java.util.Optional;
import org.jiceng.CurrentUser;
import org.jiceng.identity.IdentityApi;
import org.jiceng.platform.DatabaseMode;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.volunteer.internal.Volunteers;
import org.jiceng.volunteer.internal.points.PointsAwards;
import org.jiceng.volunteer.internal.store.StoreGoods;
import org.jiceng.volunteer.internal.store.StoreMovements;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only, once (while 堂琅社区's 爱心超市 has no goods): four goods stocked by the community (shequ), a
 * donation in, jumin as a volunteer (taken as found if signed up already) with three deeds' points, and one
 * redemption, so the resident's points page and the store have something to show.
 */
@Component
@Profile("!command")
@Order(91)
class PointsStoreDemoSeeder implements ApplicationRunner {

    static final String TANGLANG = "530326001001";
    static final String YICHE = "530326103";

    private final DatabaseMode mode;
    private final TerritoryApi territory;
    private final IdentityApi identity;
    private final JdbcClient jdbc;
    private final Volunteers volunteers;
    private final PointsAwards awards;
    private final StoreGoods goods;
    private final StoreMovements movements;

    PointsStoreDemoSeeder(DatabaseMode mode, TerritoryApi territory, IdentityApi identity, JdbcClient jdbc,
                          Volunteers volunteers, PointsAwards awards, StoreGoods goods, StoreMovements movements) {
        this.mode = mode;
        this.territory = territory;
        this.identity = identity;
        this.jdbc = jdbc;
        this.volunteers = volunteers;
        this.awards = awards;
        this.goods = goods;
        this.movements = movements;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo() || territory.division(TANGLANG).isEmpty()
                || jdbc.sql("select exists (select 1 from volunteer.store_good where community_code = :c)")
                .param("c", TANGLANG).query(Boolean.class).single()) {
            return;
        }
        Optional<CurrentUser> shequ = identity.findByUsername("shequ");
        Optional<CurrentUser> jumin = identity.findByUsername("jumin");
        if (shequ.isEmpty()) {
            return;
        }
        CurrentUser staff = shequ.get();
        long soap = goods.create(staff, new StoreGoods.GoodForm(TANGLANG, "洗衣液（2 kg）", 20L, 10, true, null)).id();
        goods.create(staff, new StoreGoods.GoodForm(TANGLANG, "大米（5 kg）", 50L, 5, true, null));
        long toothpaste = goods.create(staff, new StoreGoods.GoodForm(TANGLANG, "牙膏", 8L, 20, true, null)).id();
        long towel = goods.create(staff, new StoreGoods.GoodForm(TANGLANG, "毛巾", 10L, 0, true, null)).id();
        movements.donate(staff, towel, new StoreMovements.Donation("县住房和城乡建设局职工", 6, null, null));
        movements.donate(staff, soap, new StoreMovements.Donation("堂琅花园物业", 4, null, null));
        long neighbour = volunteers.register(new Volunteers.NewVolunteer(TANGLANG, null, null, "李桂芳", null,
                List.of("文明劝导"), "工作日上午"));
        deeds(staff, neighbour, List.of("文明劝导"));
        otherTown();
        if (jumin.isEmpty()) {
            return;
        }
        CurrentUser resident = jumin.get();
        long volunteer = volunteers.byUser(resident.id()).map(Volunteers.Volunteer::id).orElseGet(() -> volunteers.register(
                new Volunteers.NewVolunteer(TANGLANG, resident.id(), resident.residentId(), resident.displayName(), null,
                        List.of("邻里互助"), "周末")));
        deeds(staff, volunteer, List.of("邻里互助", "环境整治", "垃圾分类"));
        try {
            movements.redeem(resident, toothpaste, 1);
        } catch (RuntimeException tooFewPoints) {
            // the demo redemption is a nicety; a volunteer with fewer points simply has none
        }
    }

    /** 迤车镇's first village has a store and a volunteer too, so the town's staff see theirs and not 堂琅's. */
    private void otherTown() {
        var village = territory.children(YICHE, null, 1);
        Optional<CurrentUser> yiche = identity.findByUsername("yiche");
        if (village.isEmpty() || yiche.isEmpty()) {
            return;
        }
        String code = village.getFirst().code();
        goods.create(yiche.get(), new StoreGoods.GoodForm(code, "食用油（5 L）", 60L, 4, true, null));
        goods.create(yiche.get(), new StoreGoods.GoodForm(code, "肥皂", 5L, 30, true, null));
        long volunteer = volunteers.register(new Volunteers.NewVolunteer(code, null, null, "张玉兰", null,
                List.of("环境整治"), "周末"));
        deeds(yiche.get(), volunteer, List.of("环境整治"));
    }

    private void deeds(CurrentUser staff, long volunteer, List<String> kinds) {
        for (String kind : kinds) {
            try {
                awards.awardDeed(staff, volunteer, new PointsAwards.NewDeed(kind, null, "演示：社区记录的好人好事"));
            } catch (RuntimeException notInRule) {
                // a county that changed its rule may no longer pay for this kind: the demo goes on without it
            }
        }
    }
}
