package org.jiceng.people.internal.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Where the demo households live. In an urban community (社区, 居民委员会): 小区 → 楼栋 → 单元 → 室, each
 * 楼栋 a BUILDING; in a village (村, 村民委员会): 村民小组 → 院落, each 院落 a COURTYARD named after the family
 * most of its households belong to, houses numbered along the 村民小组.
 */
final class DemoPlaces {

    private static final String[] COMPOUND_NAMES = {"翠屏", "金山", "阳光", "锦绣", "龙泉", "凤凰", "书香", "东城",
            "西苑", "南湖", "北辰", "文庙", "钟屏", "银河", "玉龙", "新城", "华府", "时代", "御景", "滨河", "江南",
            "世纪", "紫云", "春城", "幸福", "和谐", "康乐", "东方", "铜都", "以礼", "金钟", "水城"};
    private static final String[] COMPOUND_KINDS = {"小区", "花园", "苑", "家园", "雅居", "公寓"};
    private static final String[] GROUP_FIRST = {"大", "小", "上", "下", "新", "老", "中", "前", "后", "东", "西",
            "南", "北"};
    private static final String[] GROUP_SECOND = {"寨", "村", "营", "坪子", "沟", "湾", "田", "河", "坝", "箐",
            "冲", "坡", "山", "塘", "街", "岩", "铺", "庄"};

    /** A place to live: the index of its building or courtyard in the layout, and the postal address. */
    record Home(int building, String address) {
    }

    /** Buildings or courtyards of one grid, each with the surname of its main family (courtyards only). */
    record Layout(boolean courtyards, List<String> buildingNames, List<String> clans, List<Home> homes) {
    }

    /** One village's names, drawn without repeats so no two of its grids share a 小区 or 村民小组. */
    static final class Village {
        final String name;
        final String address;
        final boolean urban;
        private final List<String> pool;
        private int next;

        Village(String townName, String villageName, boolean urban, SplittableRandom random) {
            this.name = shortName(villageName);
            this.address = townName + name;
            this.urban = urban;
            this.pool = new ArrayList<>();
            for (String first : urban ? COMPOUND_NAMES : GROUP_FIRST) {
                for (String second : urban ? COMPOUND_KINDS : GROUP_SECOND) {
                    pool.add(first + second);
                }
            }
            for (int i = pool.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                pool.set(i, pool.set(j, pool.get(i)));
            }
        }

        String nextPlace() {
            int n = next++;
            return n < pool.size() ? pool.get(n) : "第" + (n - pool.size() + 1) + (urban ? "小区" : "组");
        }
    }

    private DemoPlaces() {
    }

    /** "青云村村民委员会" → "青云村", "堂琅社区居民委员会" → "堂琅社区". */
    static String shortName(String villageName) {
        for (String suffix : new String[] {"居民委员会", "村民委员会", "居委会", "村委会"}) {
            if (villageName.endsWith(suffix) && villageName.length() > suffix.length()) {
                return villageName.substring(0, villageName.length() - suffix.length());
            }
        }
        return villageName;
    }

    static boolean isUrban(String villageName) {
        return villageName.contains("社区") || villageName.endsWith("居民委员会") || villageName.endsWith("居委会");
    }

    static Layout layout(Village village, int households, SplittableRandom random) {
        return village.urban ? flats(village, households, random) : courtyards(village, households, random);
    }

    private static Layout flats(Village village, int households, SplittableRandom random) {
        List<String> names = new ArrayList<>();
        List<Home> homes = new ArrayList<>(households);
        String compound = village.nextPlace();
        int number = 0;
        while (homes.size() < households) {
            if (number == 8 + random.nextInt(5)) {
                compound = village.nextPlace();
                number = 0;
            }
            number++;
            String building = compound + number + "栋";
            names.add(building);
            boolean tower = random.nextDouble() < 0.2;
            int units = 1 + random.nextInt(tower ? 2 : 3);
            int floors = tower ? 11 + random.nextInt(16) : 5 + random.nextInt(3);
            for (int unit = 1; unit <= units && homes.size() < households; unit++) {
                for (int floor = 1; floor <= floors && homes.size() < households; floor++) {
                    for (int flat = 1; flat <= 2 && homes.size() < households; flat++) {
                        if (random.nextDouble() < 0.88) {   // the rest stand empty or are let to shops
                            homes.add(new Home(names.size() - 1, village.address + building + unit + "单元"
                                    + (floor * 100 + flat) + "室"));
                        }
                    }
                }
            }
        }
        return new Layout(false, names, java.util.Collections.nCopies(names.size(), null), homes);
    }

    private static Layout courtyards(Village village, int households, SplittableRandom random) {
        List<String> names = new ArrayList<>();
        List<String> clans = new ArrayList<>();
        Set<String> taken = new HashSet<>();   // membership only, never iterated
        List<Home> homes = new ArrayList<>(households);
        String group = village.nextPlace() + "村民小组";
        int groupSize = 30 + random.nextInt(31);
        int house = 0;
        while (homes.size() < households) {
            if (house >= groupSize) {
                group = village.nextPlace() + "村民小组";
                groupSize = 30 + random.nextInt(31);
                house = 0;
            }
            String clan = DemoNames.surname(random);
            String name = group + clan + "家院";
            for (int n = 2; !taken.add(name); n++) {
                name = group + clan + "家" + n + "院";
            }
            names.add(name);
            clans.add(clan);
            int size = 2 + random.nextInt(6);
            for (int i = 0; i < size && homes.size() < households; i++) {
                house++;
                homes.add(new Home(names.size() - 1, village.address + group + house + "号"));
            }
        }
        return new Layout(true, names, clans, homes);
    }
}
