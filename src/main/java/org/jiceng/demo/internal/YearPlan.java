package org.jiceng.demo.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jiceng.Beijing;
import org.jiceng.cases.CaseChannel;

/**
 * The year as a plan: which cases are filed on which day, where, about what, through which channel, and the life
 * each one is meant to lead. Pure and deterministic: the same inputs and seed give the same plan, case for case
 * ({@link #digest}). Volume follows the days (fewer on weekends, more in the rainy season and around the Spring
 * Festival), places follow their residents, and a few hotspots (the same grid and category) come back all year.
 */
public final class YearPlan {

    /** A grid where cases happen; {@code residents} weighs how many. */
    public record Place(String gridCode, String gridName, String villageCode, String townCode, double lat, double lon,
                        int residents) {
    }

    /** A leaf category and its deadlines (hours to respond and to check in, working days to resolve). */
    public record Category(String code, int responseHours, int checkInHours, int resolveDays) {

        static Category of(org.jiceng.cases.CategoryView view) {
            return new Category(view.code(), view.responseHours(), view.checkInHours(), view.resolveWorkingDays());
        }
    }

    /** Everything the plan depends on; {@code until} is the end of the year (the moment of generation). */
    public record Inputs(long seed, Instant until, List<Place> places, List<Category> categories, int casesPerYear,
                         Set<LocalDate> springFestival) {
    }

    /** A hotspot: the same grid and category again and again (未诉先办 candidates). */
    public record Hotspot(Place place, String categoryCode) {
    }

    /** How many hotspots a plan has, and the chance a day brings a case to each. */
    static final int HOTSPOTS = 5;
    static final double HOTSPOT_DAILY = 0.3;

    private final Inputs in;
    private final Map<String, Category> categories;

    private YearPlan(Inputs in) {
        this.in = in;
        this.categories = in.categories().stream().collect(java.util.stream.Collectors.toMap(Category::code, c -> c,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    public static YearPlan of(Inputs inputs) {
        if (inputs.places().isEmpty()) {
            throw new IllegalArgumentException("没有可生成诉求的网格");
        }
        return new YearPlan(inputs);
    }

    /** The first day of the year planned (a year before the last). */
    public LocalDate firstDay() {
        return lastDay().minusYears(1).plusDays(1);
    }

    public LocalDate lastDay() {
        return LocalDate.ofInstant(in.until(), Beijing.ZONE);
    }

    /** Every case of the year in the order filed, each with its index. */
    public List<CaseLife> lives() {
        SplittableRandom random = new SplittableRandom(in.seed());
        Picker<Place> places = new Picker<>(in.places(), Place::residents);
        Map<Season, Picker<String>> mixes = Map.of(
                Season.ORDINARY, mix(Map.of()), Season.RAINY, mix(CaseMix.RAINY),
                Season.SPRING_FESTIVAL, mix(CaseMix.SPRING_FESTIVAL));
        Picker<CaseChannel> channels = new Picker<>(List.copyOf(CaseMix.CHANNEL.keySet().stream()
                .sorted().toList()), CaseMix.CHANNEL::get);
        List<Hotspot> hotspots = hotspots(random, places);
        CaseScript script = new CaseScript(categories);

        List<LocalDate> days = firstDay().datesUntil(lastDay().plusDays(1)).toList();
        double weightSum = days.stream().mapToDouble(this::dayWeight).sum();
        double hotspotCases = hotspots.size() * HOTSPOT_DAILY * days.size();
        double perWeight = Math.max(0, in.casesPerYear() - hotspotCases) / weightSum;

        List<CaseLife> lives = new ArrayList<>();
        List<CaseLife> draft = new ArrayList<>();
        for (LocalDate day : days) {
            double expected = dayWeight(day) * perWeight;
            int count = (int) expected + (random.nextDouble() < expected - (int) expected ? 1 : 0);
            Picker<String> mix = mixes.get(season(day));
            for (int i = 0; i < count; i++) {
                draft.add(script.life(random, at(random, day), channels.pick(random), mix.pick(random),
                        places.pick(random)));
            }
            for (Hotspot spot : hotspots) {
                if (random.nextDouble() < HOTSPOT_DAILY) {
                    draft.add(script.life(random, at(random, day), channels.pick(random), spot.categoryCode(), spot.place()));
                }
            }
        }
        draft.sort(Comparator.comparing(CaseLife::filedAt));
        for (CaseLife life : draft) {
            if (life.filedAt().isBefore(in.until())) {
                lives.add(script.finish(life, lives.size(), in.until()));
            }
        }
        return lives;
    }

    /** The hotspots of this seed: busy grids with a category that keeps coming back there. */
    public List<Hotspot> hotspots() {
        SplittableRandom random = new SplittableRandom(in.seed());
        return hotspots(random, new Picker<>(in.places(), Place::residents));
    }

    private List<Hotspot> hotspots(SplittableRandom random, Picker<Place> places) {
        List<String> recurring = List.of("0305", "0101", "0203", "0105", "0301", "0501", "0103");
        List<Hotspot> spots = new ArrayList<>();
        for (int i = 0; i < HOTSPOTS; i++) {
            String category = recurring.get(random.nextInt(recurring.size()));
            if (categories.containsKey(category)) {
                spots.add(new Hotspot(places.pick(random), category));
            }
        }
        return spots;
    }

    enum Season { ORDINARY, RAINY, SPRING_FESTIVAL }

    /** The Spring Festival season: from two weeks before its holidays to their end. */
    Season season(LocalDate day) {
        for (LocalDate holiday : in.springFestival()) {
            if (!day.isAfter(holiday) && day.isAfter(holiday.minusDays(15))) {
                return Season.SPRING_FESTIVAL;
            }
        }
        int month = day.getMonthValue();
        return month >= 6 && month <= 9 ? Season.RAINY : Season.ORDINARY;
    }

    /** How busy a day is, relative to an ordinary weekday. */
    double dayWeight(LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        double season = switch (season(day)) {
            case ORDINARY -> 1.0;
            case RAINY -> 1.25;
            case SPRING_FESTIVAL -> 1.35;
        };
        return (weekend ? 0.7 : 1.0) * season;
    }

    /** A moment of the day, mostly in waking hours. */
    private static Instant at(SplittableRandom random, LocalDate day) {
        int hour = random.nextDouble() < 0.9 ? 8 + random.nextInt(13) : random.nextInt(24);
        return day.atTime(LocalTime.of(hour, random.nextInt(60), random.nextInt(60))).atZone(Beijing.ZONE).toInstant();
    }

    private Picker<String> mix(Map<String, Integer> boost) {
        List<String> codes = CaseMix.CATEGORY.keySet().stream().filter(categories::containsKey).toList();
        return new Picker<>(codes, code -> CaseMix.CATEGORY.get(code) * boost.getOrDefault(code, 100));
    }

    /** A fingerprint of the plan: equal plans, equal digests. */
    public static String digest(List<CaseLife> lives) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (CaseLife life : lives) {
                sha.update(life.toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The months of a plan's steps, for progress: the month of an instant in Beijing. */
    static java.time.YearMonth month(Instant at) {
        return java.time.YearMonth.from(at.atZone(Beijing.ZONE));
    }

    static Duration hours(double h) {
        return Duration.ofSeconds(Math.max(60, Math.round(h * 3600)));
    }

    /** Picks items by integer weight, the same way for the same random sequence. */
    static final class Picker<T> {
        private final List<T> items;
        private final long[] cumulative;

        Picker(List<T> items, java.util.function.ToIntFunction<T> weight) {
            this.items = items;
            this.cumulative = new long[items.size()];
            long sum = 0;
            for (int i = 0; i < items.size(); i++) {
                sum += Math.max(1, weight.applyAsInt(items.get(i)));
                cumulative[i] = sum;
            }
        }

        T pick(SplittableRandom random) {
            long r = random.nextLong(cumulative[cumulative.length - 1]);
            int i = java.util.Arrays.binarySearch(cumulative, r + 1);
            return items.get(i >= 0 ? i : -i - 1);
        }
    }
}
