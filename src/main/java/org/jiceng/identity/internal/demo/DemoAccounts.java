package org.jiceng.identity.internal.demo;

import org.jiceng.identity.internal.AccountService;
import org.jiceng.identity.internal.UserRepository;

import java.util.List;
import org.jiceng.CurrentUser.Grant;
import org.jiceng.Role;
import org.jiceng.Scope;
import org.jiceng.identity.IdentityApi.NewUser;
import org.jiceng.platform.DatabaseMode;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.territory.UnitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: one account per role for 会泽县 (DESIGN §9), created on the first start and printed on
 * every start so a newcomer can sign in. Runs after the territory is seeded.
 */
@Component
@Profile("!command")
@Order(20)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    static final String COUNTY = "530326";
    static final String GUCHENG = "530326001";
    static final String YICHE = "530326103";
    static final String TANGLANG = "530326001001";
    static final String DEPARTMENT = "县住房和城乡建设局";

    private final DatabaseMode mode;
    private final AccountService accounts;
    private final UserRepository users;
    private final TerritoryApi territory;
    private final String password;
    private final String port;

    DemoAccounts(DatabaseMode mode, AccountService accounts, UserRepository users, TerritoryApi territory,
                 @Value("${jiceng.demo.password}") String password, @Value("${server.port:8080}") String port) {
        this.mode = mode;
        this.accounts = accounts;
        this.users = users;
        this.territory = territory;
        this.password = password;
        this.port = port;
    }

    record Demo(String username, String name, Role role, String territory, Long unit) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo()) {
            return;
        }
        List<Demo> demo = accountsToSeed();
        if (users.count() == 0) {
            demo.forEach(d -> accounts.createUser(new NewUser(d.username(), d.name(), password,
                    List.of(new Grant(d.role(), d.territory(), d.unit())))));
        } else {
            // a demo data directory made before an account joined the demo (guanli, huzhang) gets it too
            demo.stream().filter(d -> !users.exists(d.username())).forEach(d -> accounts.createUser(new NewUser(
                    d.username(), d.name(), password, List.of(new Grant(d.role(), d.territory(), d.unit())))));
        }
        StringBuilder table = new StringBuilder("\n演示模式：请在浏览器打开 http://localhost:").append(port)
                .append("\n演示账号（密码均为 ").append(password).append("）：\n");
        demo.forEach(d -> table.append(String.format("  %-9s %-16s %s%n", d.username(), d.role().label(), d.name())));
        log.info(table.toString());
    }

    List<Demo> accountsToSeed() {
        String grid = territory.grids(TANGLANG, Scope.everything()).getFirst().code();
        UnitView department = territory.units(COUNTY, Scope.everything()).stream()
                .filter(u -> u.name().equals(DEPARTMENT)).findFirst()
                .orElseThrow(() -> new IllegalStateException("演示数据缺少部门：" + DEPARTMENT));
        return List.of(
                new Demo("admin", "县级管理员（会泽县）", Role.COUNTY_ADMIN, COUNTY, null),
                new Demo("gucheng", "古城街道工作人员", Role.TOWN_STAFF, GUCHENG, null),
                new Demo("yiche", "迤车镇工作人员", Role.TOWN_STAFF, YICHE, null),
                new Demo("guanli", "古城街道账号管理员", Role.TOWN_ADMIN, GUCHENG, null),
                new Demo("shequ", "堂琅社区两委", Role.VILLAGE_STAFF, TANGLANG, null),
                new Demo("wangge", "堂琅社区网格员", Role.GRID_WORKER, grid, null),
                new Demo("bumen", DEPARTMENT + "工作人员", Role.DEPT_STAFF, COUNTY, department.id()),
                new Demo("jumin", "堂琅社区居民", Role.RESIDENT, TANGLANG, null),
                new Demo("huzhang", "堂琅社区户长", Role.HOUSEHOLD_CHIEF, grid, null),
                new Demo("dangjian", "县委组织部党组织管理员", Role.PARTY_ORG_ADMIN, COUNTY, null),
                new Demo("shuji", "堂琅社区党支部书记", Role.BRANCH_SECRETARY, TANGLANG, null),
                new Demo("yeweihui", "堂琅社区小区业主委员会", Role.OWNERS_COMMITTEE, TANGLANG, null),
                new Demo("wuye", "堂琅社区小区物业服务企业", Role.PROPERTY_COMPANY, TANGLANG, null),
                new Demo("jianwei", "堂琅社区居务监督委员会", Role.VILLAGE_SUPERVISOR, TANGLANG, null),
                new Demo("daiban", "堂琅社区代办员（政务楼长）", Role.SERVICE_AGENT, TANGLANG, null),
                new Demo("xuncha", "县委巡察组", Role.INSPECTOR, COUNTY, null),
                new Demo("jijian", "县纪委监委巡察人员", Role.AUDITOR, COUNTY, null));
    }
}
