package org.jiceng.visits.internal.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;

/**
 * The rules of 包保 chains (seed 003's 四级包点 and 十户一长), as functions of the facts, without Spring:
 * which holder suits which level, the dates, the hand-over of a household from one holder to the next, the load
 * of a 户长 and which households and places nobody holds. The service reads the facts and asks these.
 */
public final class AssignmentRules {

    /** A 户长 looks after "about ten" households; above this many the page warns, it does not refuse. */
    public static final int CHIEF_LOAD_WARNING_ABOVE = 15;

    private AssignmentRules() {
    }

    public enum HolderKind {
        ACCOUNT("干部账号"), RESIDENT("居民（户长）"), PARTY_MEMBER("党员");

        private final String label;

        HolderKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What an assignment holds, the length of the code it lies at, and who may hold it. */
    public enum Level {
        TOWN("包乡镇", "县级领导", 9, EnumSet.of(HolderKind.ACCOUNT)),
        VILLAGE("包村(社区)", "乡镇干部", 12, EnumSet.of(HolderKind.ACCOUNT)),
        GROUP("包组(院落)", "村(社区)两委委员", 15, EnumSet.of(HolderKind.ACCOUNT, HolderKind.RESIDENT)),
        CHIEF("党员联户长", "党员", 15, EnumSet.of(HolderKind.PARTY_MEMBER)),
        HOUSEHOLD("包户", "户长或干部", 15, EnumSet.of(HolderKind.RESIDENT, HolderKind.ACCOUNT));

        private final String label;
        private final String heldBy;
        private final int codeLength;
        private final Set<HolderKind> holders;

        Level(String label, String heldBy, int codeLength, Set<HolderKind> holders) {
            this.label = label;
            this.heldBy = heldBy;
            this.codeLength = codeLength;
            this.holders = holders;
        }

        public String label() {
            return label;
        }

        public String heldBy() {
            return heldBy;
        }

        public int codeLength() {
            return codeLength;
        }

        public boolean suits(HolderKind kind) {
            return holders.contains(kind);
        }

        /** The level named {@code name}, or a Chinese refusal naming the levels there are. */
        public static Level parse(String field, String name) {
            for (Level level : values()) {
                if (level.name().equalsIgnoreCase(name == null ? "" : name.strip()) || level.label.equals(name)) {
                    return level;
                }
            }
            throw new BadInputException(field, "包保层级须为 TOWN（包乡镇）、VILLAGE（包村）、GROUP（包组/院落）、"
                    + "CHIEF（党员联户长）或 HOUSEHOLD（包户）之一");
        }
    }

    /** One assignment's days: it is active from {@code startsOn} to {@code endsOn} inclusive, open when null. */
    public record Span(long id, LocalDate startsOn, LocalDate endsOn) {

        public boolean activeOn(LocalDate day) {
            return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
        }

        public boolean overlaps(LocalDate start, LocalDate end) {
            return (endsOn == null || !endsOn.isBefore(start)) && (end == null || !end.isBefore(startsOn));
        }
    }

    /** An earlier assignment ended by a new one: it ends the day before the new one starts. */
    public record Ending(long id, LocalDate endsOn) {
    }

    /** Refuses, in Chinese, a holder who does not suit the level, a code of the wrong length or dates out of order. */
    public static void checkShape(Level level, HolderKind kind, String territoryCode, LocalDate startsOn,
                                  LocalDate endsOn) {
        if (!level.suits(kind)) {
            throw new BadInputException("holderKind", level.label() + "应由" + level.heldBy() + "担任，不能由"
                    + kind.label() + "担任");
        }
        if (territoryCode == null || !territoryCode.matches("[0-9]{" + level.codeLength() + "}")) {
            throw new BadInputException("territoryCode", level.label() + "的区划代码须为 " + level.codeLength() + " 位"
                    + (level.codeLength() == 15 ? "网格代码" : level.codeLength() == 12 ? "村(社区)代码" : "乡镇(街道)代码"));
        }
        if (startsOn == null) {
            throw new BadInputException("startsOn", "请填写开始日期");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new BadInputException("endsOn", "结束日期不能早于开始日期");
        }
    }

    /**
     * A new holder of a household from {@code startsOn}: one household has one holder at a time, so each
     * assignment of it still running then ends the day before. One that starts on or after that day cannot be
     * handed over (it would end before it began): refused as a clash.
     */
    public static List<Ending> handOver(Collection<Span> ofTheHousehold, LocalDate startsOn) {
        List<Ending> endings = new ArrayList<>();
        for (Span span : ofTheHousehold) {
            if (span.endsOn() != null && span.endsOn().isBefore(startsOn)) {
                continue;
            }
            if (!span.startsOn().isBefore(startsOn)) {
                throw new ConflictException("该户已有自 " + span.startsOn() + " 起的包户人，新的包户开始日期须晚于该日");
            }
            endings.add(new Ending(span.id(), startsOn.minusDays(1)));
        }
        return endings;
    }

    /** The same holder over the same place twice at once says nothing new: refused as a clash. */
    public static void checkNotHeldTwice(Collection<Span> sameHolderSamePlace, LocalDate startsOn, LocalDate endsOn) {
        for (Span span : sameHolderSamePlace) {
            if (span.overlaps(startsOn, endsOn)) {
                throw new ConflictException("此人已在这段时间包保该处（自 " + span.startsOn() + " 起），无需重复登记");
            }
        }
    }

    /** Ending on {@code endsOn}: not before it began, and only shortening what is still running then. */
    public static void checkEnd(Span span, LocalDate endsOn) {
        if (endsOn == null) {
            throw new BadInputException("endsOn", "请填写结束日期");
        }
        if (endsOn.isBefore(span.startsOn())) {
            throw new BadInputException("endsOn", "结束日期不能早于开始日期 " + span.startsOn());
        }
        if (span.endsOn() != null && !endsOn.isBefore(span.endsOn())) {
            throw new ConflictException("该包保已于 " + span.endsOn() + " 结束");
        }
    }

    /** A warning when a 户长 would hold more than about ten households; empty when the load is fine. */
    public static Optional<String> loadWarning(int householdsHeld) {
        return householdsHeld > CHIEF_LOAD_WARNING_ABOVE
                ? Optional.of("该户长已包 " + householdsHeld + " 户，超过 " + CHIEF_LOAD_WARNING_ABOVE + " 户（十户一长约十户），请考虑调整")
                : Optional.empty();
    }

    /** The households nobody holds on {@code day}: those without an assignment active then. */
    public static List<Long> unheld(Collection<Long> households, Map<Long, ? extends Collection<Span>> spansByHousehold,
                                    LocalDate day) {
        return households.stream()
                .filter(h -> {
                    Collection<Span> spans = spansByHousehold.get(h);
                    return spans == null || spans.stream().noneMatch(s -> s.activeOn(day));
                })
                .toList();
    }
}
