package org.jiceng.party.internal.demo;

import org.jiceng.party.internal.MemberRepository;
import org.jiceng.party.internal.OrganisationRepository;
import org.jiceng.party.internal.OrganisationTree;
import org.jiceng.party.internal.PostRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jiceng.Beijing;
import org.jiceng.Scope;
import org.jiceng.party.PostKind;
import org.jiceng.people.PeopleApi;
import org.jiceng.platform.DatabaseMode;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.territory.UnitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the party organisations of the demo county, and, once the people register is there, its
 * members (3% of residents), 双报到 and the 三长/双楼长/网格员 posts. Each step runs only while its table is
 * empty; the tree is rebuilt in memory every time (it is deterministic, so its ids match the stored ones)
 * because the members are placed in it.
 */
@Component
@Profile("!command")
@Order(40)
class PartyDemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PartyDemoSeeder.class);

    /** County bodies besides the departments whose staff are in-service members. */
    static final List<String> INSTITUTIONS = List.of("县人民医院", "县中医医院", "县第一中学", "县妇幼保健院");

    private final DatabaseMode mode;
    private final TerritoryApi territory;
    private final ObjectProvider<PeopleApi> people;
    private final OrganisationRepository organisations;
    private final MemberRepository members;
    private final PostRepository posts;
    private final PartyDemoWriter writer;
    private final String county;
    private final Clock clock;

    PartyDemoSeeder(DatabaseMode mode, TerritoryApi territory, ObjectProvider<PeopleApi> people,
                    OrganisationRepository organisations, MemberRepository members, PostRepository posts,
                    PartyDemoWriter writer, @Value("${jiceng.demo.county}") String county, Clock clock) {
        this.clock = clock;
        this.mode = mode;
        this.territory = territory;
        this.people = people;
        this.organisations = organisations;
        this.members = members;
        this.posts = posts;
        this.writer = writer;
        this.county = county;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!mode.demo() || territory.division(county).isEmpty()) {
            return;
        }
        PeopleApi register = people.getIfAvailable();
        boolean needTree = organisations.count() == 0;
        boolean needMembers = members.count() == 0;
        boolean needPosts = posts.count() == 0;
        boolean fromRegister = register != null && (needMembers || needPosts);
        if (register == null && needMembers) {
            log.info("演示数据：人口模块尚未启用，党员、双报到和三长/楼长需在人口模块就绪后生成");
        }
        if (!needTree && !fromRegister) {
            return;
        }
        long started = System.nanoTime();
        List<OrganisationTree.Town> towns = towns();
        List<String> employers = employers();
        OrganisationTree tree = OrganisationTree.build(territory.division(county).orElseThrow(), towns, employers);
        if (needTree) {
            writer.writeOrganisations(tree.nodes());
            log.info("演示数据：已生成党组织 {} 个（{} ms）", tree.nodes().size(), millisSince(started));
        }
        if (fromRegister) {
            seedFromRegister(register, tree, towns, employers, needMembers, needPosts);
        }
    }

    private void seedFromRegister(PeopleApi register, OrganisationTree tree, List<OrganisationTree.Town> towns,
                                  List<String> employers, boolean needMembers, boolean needPosts) throws Exception {
        long started = System.nanoTime();
        LocalDate today = Beijing.today(clock);
        DemoResidents residents = DemoResidents.gather(register, county, today);
        if (residents.residents() == 0) {
            // members, registrations and posts come from the register: wait until it has people
            log.info("演示数据：户籍中还没有居民，党员、双报到和三长/楼长待居民登记后生成");
            return;
        }
        List<MemberGenerator.Member> generated = MemberGenerator.generate(residents.chosen(), tree, employers, today);
        List<OrganisationTree.Village> villages = towns.stream().flatMap(t -> t.villages().stream()).toList();
        if (needMembers) {
            List<String> communities = villages.stream().map(OrganisationTree.Village::division)
                    .filter(d -> OrganisationTree.shortName(d.name()).endsWith("社区")).map(DivisionView::code).toList();
            var registrations = DualRegistrationGenerator.generate(generated, employers, communities, today);
            writer.writeMembers(generated, registrations);
            log.info("演示数据：{} 名居民中选出党员 {} 名，双报到 {} 项、服务记录 {} 条（{} ms）", residents.residents(),
                    generated.size(), registrations.registrations().size(), registrations.services().size(),
                    millisSince(started));
        }
        if (needPosts) {
            Map<String, List<MemberGenerator.Member>> inService = generated.stream()
                    .filter(MemberGenerator.Member::inService)
                    .collect(Collectors.groupingBy(m -> m.territoryCode().substring(0, 12)));
            List<PostGenerator.Post> generatedPosts = PostGenerator.generate(villages, residents::candidates, inService);
            writer.writePosts(generatedPosts);
            log.info("演示数据：已生成三长、双楼长和网格员 {} 人次（其中网格员 {} 名）", generatedPosts.size(),
                    generatedPosts.stream().filter(p -> p.kind() == PostKind.GRID_WORKER).count());
        }
    }

    private List<OrganisationTree.Town> towns() {
        List<OrganisationTree.Town> towns = new ArrayList<>();
        for (DivisionView town : territory.children(county, null, 10_000)) {
            List<OrganisationTree.Village> villages = new ArrayList<>();
            for (DivisionView village : territory.children(town.code(), null, 10_000)) {
                villages.add(new OrganisationTree.Village(village, territory.grids(village.code(), Scope.everything())));
            }
            towns.add(new OrganisationTree.Town(town, villages));
        }
        return towns;
    }

    private List<String> employers() {
        List<String> employers = new ArrayList<>(territory.units(county, Scope.everything()).stream()
                .filter(u -> u.territoryCode().equals(county)).map(UnitView::name).sorted().toList());
        employers.addAll(INSTITUTIONS);
        return employers;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
