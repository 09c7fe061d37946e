package org.jiceng.deliberation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Owners' decisions under Civil Code art. 278 and the Supreme People's Court's interpretation on building
 * ownership (法释〔2009〕7号) art. 8–9:
 * <ul>
 *   <li>quorum: owners holding two thirds or more of the exclusive area <b>and</b> two thirds or more of the
 *       owners take part;</li>
 *   <li>matters 6–8 of art. 278 ({@link BallotMatter#MAJOR}): three quarters or more of the participating area
 *       <b>and</b> of the participating owners approve;</li>
 *   <li>every other matter: more than half (过半数, the half itself is not enough) of both;</li>
 *   <li>area is the registered exclusive area; the owners are counted by unit, except that the units of one
 *       buyer count as one owner and the developer's unsold or undelivered units count as one owner. An owner
 *       casts one vote for all of their units, weighed with the sum of their areas;</li>
 *   <li>an abstention takes part but does not approve.</li>
 * </ul>
 * Areas are exact hundredths of a square metre; nothing here is floating point.
 */
public final class Art278 {

    public static final String LAW = "《民法典》第二百七十八条，法释〔2009〕7号第八条、第九条";
    public static final VoteThreshold QUORUM = VoteThreshold.atLeast(2, 3, "三分之二以上");
    public static final VoteThreshold MAJOR_APPROVAL = VoteThreshold.atLeast(3, 4, "四分之三以上");
    public static final VoteThreshold ORDINARY_APPROVAL = VoteThreshold.moreThan(1, 2, "过半数");
    /** Largest area of one unit, 100,000 m²: keeps every sum and cross product of an estate far inside a long. */
    public static final long MAX_UNIT_AREA = 10_000_000L;

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private Art278() {
    }

    /** A unit of the roster; {@code owner} names its owner (the same name is the same owner). */
    public record Unit(String unit, String owner, long area, boolean developerUnsold) {
    }

    /** An owner as art. 9 counts them: all their units, the sum of their areas. */
    public record Owner(String name, long area, int units, boolean developer) {
    }

    public static VoteRule rule(BallotMatter matter) {
        return new VoteRule(LAW, QUORUM, matter == BallotMatter.MAJOR ? MAJOR_APPROVAL : ORDINARY_APPROVAL, true,
                "业主", "人");
    }

    /**
     * The owners of a roster, in the order they first appear. The developer's unsold or undelivered units must
     * stand under one name (they are one owner), and that name may hold no delivered unit.
     *
     * @throws IllegalArgumentException with a Chinese message when the roster breaks that
     */
    public static List<Owner> owners(List<Unit> units) {
        Map<String, long[]> sums = new LinkedHashMap<>();   // area, units, developer (1/0)
        String developer = null;
        for (Unit unit : units) {
            long[] sum = sums.computeIfAbsent(unit.owner(), k -> new long[] {0, 0, unit.developerUnsold() ? 1 : 0});
            if ((sum[2] == 1) != unit.developerUnsold()) {
                throw new IllegalArgumentException("“" + unit.owner() + "”既登记有开发建设单位未售出或未交付的房屋，"
                        + "又登记有已交付的房屋，请核对");
            }
            if (unit.developerUnsold()) {
                if (developer != null && !developer.equals(unit.owner())) {
                    throw new IllegalArgumentException("开发建设单位未售出或未交付的房屋按一名业主计算，须登记在同一名称下"
                            + "（现有“" + developer + "”和“" + unit.owner() + "”）");
                }
                developer = unit.owner();
            }
            sum[0] = Math.addExact(sum[0], unit.area());
            sum[1]++;
        }
        List<Owner> owners = new ArrayList<>(sums.size());
        sums.forEach((name, sum) -> owners.add(new Owner(name, sum[0], (int) sum[1], sum[2] == 1)));
        return owners;
    }

    /** Sums the votes of owners (by name) over the roll of {@code owners}; names not on the roll are refused. */
    public static VoteCount count(List<Owner> owners, Map<String, VoteChoice> votes) {
        long total = 0;
        long[] area = new long[3];
        long[] voters = new long[3];
        int matched = 0;
        for (Owner owner : owners) {
            total = Math.addExact(total, owner.area());
            VoteChoice choice = votes.get(owner.name());
            if (choice != null) {
                area[choice.ordinal()] += owner.area();
                voters[choice.ordinal()]++;
                matched++;
            }
        }
        if (matched != votes.size()) {
            throw new IllegalArgumentException("some votes are not of owners on the roll");
        }
        return new VoteCount(total, owners.size(), area[0], voters[0], area[1], voters[1], area[2], voters[2]);
    }

    /** The whole decision from a roster of units and the owners' votes. */
    public static VoteOutcome decide(List<Unit> units, Map<String, VoteChoice> votes, BallotMatter matter) {
        return rule(matter).decide(count(owners(units), votes));
    }

    /**
     * A registered area, square metres with at most two decimals ("89.5", "120.36"), as exact hundredths.
     *
     * @throws IllegalArgumentException with a Chinese message for anything else
     */
    public static long parseArea(String text) {
        String value = text == null ? "" : text.strip();
        if (!DECIMAL.matcher(value).matches()) {
            throw new IllegalArgumentException("面积“" + value + "”不是数字，请填写平方米数，如 89.56");
        }
        BigDecimal area = new BigDecimal(value);
        if (area.signum() < 0) {
            throw new IllegalArgumentException("面积“" + value + "”不能为负数");
        }
        if (area.scale() > 2) {
            throw new IllegalArgumentException("面积“" + value + "”最多保留两位小数");
        }
        if (area.signum() == 0) {
            throw new IllegalArgumentException("面积须大于 0");
        }
        if (area.compareTo(BigDecimal.valueOf(MAX_UNIT_AREA, 2)) > 0) {
            throw new IllegalArgumentException("面积“" + value + "”超过一套房屋可能的面积（100000 ㎡），请核对");
        }
        return area.movePointRight(2).longValueExact();
    }

    /** Hundredths as the API writes areas: "89.50". */
    public static String formatArea(long hundredths) {
        return BigDecimal.valueOf(hundredths, 2).toPlainString();
    }
}
