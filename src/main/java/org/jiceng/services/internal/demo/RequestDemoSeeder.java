package org.jiceng.services.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.identity.IdentityApi;
import org.jiceng.people.PeopleApi;
import org.jiceng.platform.DatabaseMode;
import org.jiceng.services.internal.request.RequestViews.Detail;
import org.jiceng.services.internal.request.RequestViews.Line;
import org.jiceng.services.internal.request.RequestViews.Summary;
import org.jiceng.services.internal.request.RequestWork;
import org.jiceng.services.internal.request.RequestWork.StepInput;
import org.jiceng.services.internal.request.ServiceRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a handful of 代办 requests in 堂琅社区 taken in by the 代办员 (daiban) in different states — a new
 * 高龄津贴 request, a 公租房 application with the department, a 新生儿出生一件事 with one item returned for materials,
 * and jumin's 老年人优待证 done and waiting for a rating. Made through the services as the people who would act, by the
 * shared catalogue codes; an item missing from the catalogue is skipped with one log line.
 */
@Component
@Profile("!command")
@Order(111)
class RequestDemoSeeder implements ApplicationRunner {

    static final String COMMUNITY = "530326001001";
    private static final Logger log = LoggerFactory.getLogger(RequestDemoSeeder.class);

    private final DatabaseMode mode;
    private final JdbcClient jdbc;
    private final ServiceRequests requests;
    private final RequestWork work;
    private final IdentityApi identity;
    private final PeopleApi people;

    RequestDemoSeeder(DatabaseMode mode, JdbcClient jdbc, ServiceRequests requests, RequestWork work,
                      IdentityApi identity, PeopleApi people) {
        this.mode = mode;
        this.jdbc = jdbc;
        this.requests = requests;
        this.work = work;
        this.identity = identity;
        this.people = people;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo() || jdbc.sql("select exists (select 1 from services.request where village_code = :c)")
                .param("c", COMMUNITY).query(Boolean.class).single()) {
            return;
        }
        Optional<CurrentUser> agent = identity.findByUsername("daiban");
        if (agent.isEmpty()) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String code : List.of("GLJT", "GZF-SQ", "YJS-XSE", "LNZ")) {
            if (jdbc.sql("select exists (select 1 from services.item where county = '530326' and code = :code)")
                    .param("code", code).query(Boolean.class).single()) {
                continue;
            }
            missing.add(code);
        }
        if (!missing.isEmpty()) {
            log.info("演示数据：服务事项清单缺少 {}，跳过代办办件演示", missing);
            return;
        }
        List<Long> residents = new ArrayList<>();
        people.forEachResident(COMMUNITY, r -> {
            if (residents.size() < 3 && r.householdId() != null) {
                residents.add(r.id());
            }
        });
        if (residents.size() < 3) {
            return;
        }
        try {
            seed(agent.get(), residents);
        } catch (RuntimeException e) {
            // the demo must never stop the application: a catalogue unlike the one expected leaves fewer requests
            log.warn("演示数据：代办办件未能全部生成：{}", e.getMessage());
        }
    }

    private void seed(CurrentUser daiban, List<Long> residents) {
        ask(daiban, "GLJT", residents.get(0), "VILLAGE_AGENCY", "老人行动不便，请上门收取材料");

        Summary housing = ask(daiban, "GZF-SQ", residents.get(1), "BUILDING_AGENCY", "");
        checkAndHandOver(daiban, housing.id());

        Summary birth = ask(daiban, "YJS-XSE", residents.get(2), "FULL_PROXY", "新生儿出生一件事，全程代理");
        checkAndHandOver(daiban, birth.id());
        Line first = requests.detail(birth.id(), daiban).lines().getFirst();
        work.act(birth.id(), first.id(), "return", new StepInput(first.version(), null,
                "出生医学证明申领须补交父母双方身份证复印件", null, null), office(first));

        identity.findByUsername("jumin").filter(j -> j.residentId() != null).ifPresent(jumin -> {
            Summary card = requests.ask(new ServiceRequests.Ask(null, "LNZ", null, "VILLAGE_AGENCY", ""), jumin);
            checkAndHandOver(daiban, card.id());
            Line line = requests.detail(card.id(), daiban).lines().getFirst();
            Detail decided = work.act(card.id(), line.id(), "decide", new StepInput(line.version(), null, null,
                    "APPROVED", "老年人优待证一本"), office(line));
            Line now = decided.lines().getFirst();
            work.act(card.id(), now.id(), "return-documents", new StepInput(now.version(), null, null, null, null),
                    daiban);
        });
        log.info("演示数据：堂琅社区代办办件已生成");
    }

    private Summary ask(CurrentUser agent, String code, long resident, String channel, String note) {
        return requests.ask(new ServiceRequests.Ask(null, code, resident, channel, note), agent);
    }

    private void checkAndHandOver(CurrentUser agent, long id) {
        for (Line line : requests.detail(id, agent).lines()) {
            Detail checked = work.act(id, line.id(), "check-materials",
                    new StepInput(line.version(), line.materials(), null, null, null), agent);
            Line now = checked.lines().stream().filter(l -> l.id() == line.id()).findFirst().orElseThrow();
            if (now.officeUnitId() != null) {
                work.act(id, now.id(), "hand-over", new StepInput(now.version(), null, null, null, null), agent);
            }
        }
    }

    /** The office a line was handed to, as the demo's stand-in for its staff. */
    private static CurrentUser office(Line line) {
        return new CurrentUser(0, "demo-office", line.officeName() + "工作人员",
                List.of(new CurrentUser.Grant(Role.DEPT_STAFF, "530326", line.officeUnitId())));
    }
}
