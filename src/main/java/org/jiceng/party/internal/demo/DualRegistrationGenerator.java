package org.jiceng.party.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 双报到 of the demo: every employer's party organisation registers with one or two urban communities, and
 * a little over half of the in-service members with the community they live in (seed 003: "2500余名在职党员
 * 到社区报到服务"); each registration has recorded none to two services.
 */
final class DualRegistrationGenerator {

    record Registration(long id, String communityCode, String unitName, Long memberId, LocalDate registeredOn) {
    }

    record Service(long id, long registrationId, LocalDate servedOn, int minutes, String description) {
    }

    record Result(List<Registration> registrations, List<Service> services) {
    }

    static final double REGISTERED_SHARE = 0.55;
    private static final LocalDate STARTED = LocalDate.of(2023, 3, 1);
    private static final int[] MINUTES = {60, 90, 120, 180, 240};
    private static final List<String> SERVICES = List.of(
            "参加小区环境卫生整治", "走访慰问独居老人", "协助开展政策宣传", "参加楼长日例会",
            "协助调解邻里纠纷", "义务讲解医保政策", "参与文明交通劝导", "帮助清理楼道杂物");

    private DualRegistrationGenerator() {
    }

    static Result generate(List<MemberGenerator.Member> members, List<String> employers, List<String> communities,
                           LocalDate today) {
        List<Registration> registrations = new ArrayList<>();
        for (int i = 0; i < employers.size() && !communities.isEmpty(); i++) {
            String first = communities.get(i * 7 % communities.size());
            String second = communities.get((i * 7 + 3) % communities.size());
            registrations.add(new Registration(registrations.size() + 1, first, employers.get(i), null,
                    registeredOn(i, null, today)));
            if (i % 2 == 0 && !second.equals(first)) {
                registrations.add(new Registration(registrations.size() + 1, second, employers.get(i), null,
                        registeredOn(i + 1000, null, today)));
            }
        }
        List<MemberGenerator.Member> serving = members.stream().filter(MemberGenerator.Member::inService)
                .sorted(Comparator.comparingLong(m -> DemoHash.of(m.id(), 9))).toList();
        int registering = (int) Math.round(serving.size() * REGISTERED_SHARE);
        serving.stream().limit(registering).sorted(Comparator.comparingLong(MemberGenerator.Member::id))
                .forEach(m -> registrations.add(new Registration(registrations.size() + 1,
                        m.territoryCode().substring(0, 12), null, m.id(), registeredOn(m.id(), m.joinedOn(), today))));

        List<Service> services = new ArrayList<>();
        for (Registration r : registrations) {
            for (int s = 0; s < DemoHash.below(r.id(), 11, 3); s++) {
                LocalDate served = r.registeredOn().plusDays(1 + DemoHash.below(r.id() * 3 + s, 12, 300));
                services.add(new Service(services.size() + 1, r.id(), served.isAfter(today) ? today : served,
                        MINUTES[DemoHash.below(r.id() * 3 + s, 13, MINUTES.length)],
                        SERVICES.get(DemoHash.below(r.id() * 3 + s, 14, SERVICES.size()))));
            }
        }
        return new Result(registrations, services);
    }

    private static LocalDate registeredOn(long key, LocalDate joinedOn, LocalDate today) {
        LocalDate on = STARTED.plusDays(DemoHash.below(key, 10, 700));
        if (joinedOn != null && on.isBefore(joinedOn)) {
            on = joinedOn;
        }
        return on.isAfter(today) ? today : on;
    }
}
