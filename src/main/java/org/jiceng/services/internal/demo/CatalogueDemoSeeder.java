package org.jiceng.services.internal.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.CurrentUser;
import org.jiceng.Scope;
import org.jiceng.identity.IdentityApi;
import org.jiceng.platform.DatabaseMode;
import org.jiceng.services.internal.catalogue.Catalogue;
import org.jiceng.services.internal.catalogue.ItemForm;
import org.jiceng.services.internal.policy.PolicySheets;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.territory.UnitView;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only, once (while 会泽县 has no catalogue): the county-wide items every other part of the services
 * relies on by code, 古城街道's and 堂琅社区's own items (16 in 堂琅's list), one of 迤车镇's, the bundles
 * 新生儿出生一件事 and 身后一件事, and the 政策一页通 sheets of the county and of 古城街道; all published, written
 * through the catalogue as the county administrator and the town staff would.
 */
@Component
@Profile("!command")
@Order(110)
class CatalogueDemoSeeder implements ApplicationRunner {

    static final String COUNTY = "530326";
    static final String GUCHENG = "530326001";
    static final String TANGLANG = "530326001001";
    static final String YICHE = "530326103";

    private final DatabaseMode mode;
    private final IdentityApi identity;
    private final TerritoryApi territory;
    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final PolicySheets sheets;
    private final Map<String, Long> ids = new HashMap<>();
    private Map<String, Long> units;

    CatalogueDemoSeeder(DatabaseMode mode, IdentityApi identity, TerritoryApi territory, JdbcClient jdbc,
                        Catalogue catalogue, PolicySheets sheets) {
        this.mode = mode;
        this.identity = identity;
        this.territory = territory;
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.sheets = sheets;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo() || territory.division(TANGLANG).isEmpty()
                || jdbc.sql("select exists (select 1 from services.item where county = :c)").param("c", COUNTY)
                .query(Boolean.class).single()) {
            return;
        }
        CurrentUser admin = identity.findByUsername("admin").orElse(null);
        CurrentUser town = identity.findByUsername("gucheng").orElse(null);
        if (admin == null || town == null) {
            return;
        }
        units = new HashMap<>();
        for (UnitView unit : territory.units(COUNTY, Scope.everything())) {
            units.putIfAbsent(unit.name(), unit.id());
        }
        DemoItems.county(this, admin);
        DemoItems.town(this, town);
        identity.findByUsername("yiche").ifPresent(yiche -> DemoItems.otherTown(this, yiche));
        DemoItems.bundles(this, admin);
        DemoSheets.all(this, admin, town);
    }

    /** Creates and publishes an item; the office is a county unit when one has this name, else the name as written. */
    void item(CurrentUser user, String code, String territoryCode, String name, String category, String office,
              int days, boolean agency, String description, String... materials) {
        Long unit = units.get(office);
        long id = catalogue.create(user, new ItemForm(code, "ITEM", territoryCode, name, category, description, unit,
                office, List.of(materials), days, 0L, agency, null, null)).id();
        catalogue.publish(user, id);
        ids.put(code, id);
    }

    void bundle(CurrentUser user, String code, String name, String office, int days, String description,
                String... members) {
        List<Long> memberIds = java.util.Arrays.stream(members).map(ids::get).toList();
        long id = catalogue.create(user, new ItemForm(code, "BUNDLE", COUNTY, name, "一件事", description,
                units.get(office), office, List.of(), days, 0L, true, memberIds, null)).id();
        catalogue.publish(user, id);
        ids.put(code, id);
    }

    Long id(String code) {
        return ids.get(code);
    }

    Catalogue catalogue() {
        return catalogue;
    }

    PolicySheets sheets() {
        return sheets;
    }
}
