package org.jiceng.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jiceng.Scope;
import org.jiceng.people.IdNumber;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.ResidentSummary;
import org.jiceng.people.ResidentView;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A people register for the party tests: {@value #PER_GRID} residents in every grid of 堂琅社区 (古城街道)
 * and of 迤车镇's first village, born 1935 to 2015, ids from 1 in grid order. Primary, so the tests see
 * the same residents once the real people module runs too.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakePeople {

    public static final String TANGLANG = "530326001001";
    public static final String YICHE_VILLAGE = "530326103001";
    static final int PER_GRID = 100;
    private static final String[] SURNAMES = {"张", "李", "王", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"建国", "秀英", "志强", "丽华", "国庆", "春梅", "文华", "海燕", "永红", "明"};

    @Bean
    @Primary
    PeopleApi fakePeopleRegister(TerritoryApi territory) {
        return new Register(territory);
    }

    static final class Register implements RegisterStub {
        private final TerritoryApi territory;
        private List<ResidentSummary> residents;

        Register(TerritoryApi territory) {
            this.territory = territory;
        }

        @Override
        public Optional<ResidentView> resident(long id, Scope scope) {
            return all().stream().filter(r -> r.id() == id && scope.covers(r.territoryCode())).findFirst()
                    .map(r -> new ResidentView(r.id(), r.householdId(), r.territoryCode(), r.name(), "户主", r.gender(),
                            r.birthDate(), "5303**********001X", null, List.of(), 0));
        }

        @Override
        public void forEachHousehold(String territoryPrefix, Consumer<org.jiceng.people.HouseholdSummary> consumer) {
        }

        @Override
        public Optional<org.jiceng.people.HouseholdSummary> householdSummary(long id) {
            return Optional.empty();
        }

        @Override
        public void forEachResident(String territoryPrefix, Consumer<ResidentSummary> consumer) {
            all().stream().filter(r -> r.territoryCode().startsWith(territoryPrefix)).forEach(consumer);
        }

        /** Built on first use: the grids exist only once the territory demo data is seeded. */
        private synchronized List<ResidentSummary> all() {
            if (residents == null) {
                List<ResidentSummary> list = new ArrayList<>();
                for (String village : List.of(TANGLANG, YICHE_VILLAGE)) {
                    for (GridView grid : territory.grids(village, Scope.everything())) {
                        for (int i = 0; i < PER_GRID; i++) {
                            long id = list.size() + 1;
                            LocalDate birth = LocalDate.of(1935, 1, 1).plusDays((id * 7919) % (80 * 365));
                            list.add(new ResidentSummary(id, id / 3 + 1, grid.code(),
                                    SURNAMES[(int) (id % 10)] + GIVEN[(int) (id / 10 % 10)],
                                    id % 2 == 0 ? IdNumber.Gender.FEMALE : IdNumber.Gender.MALE, birth));
                        }
                    }
                }
                residents = List.copyOf(list);
            }
            return residents;
        }
    }
}
