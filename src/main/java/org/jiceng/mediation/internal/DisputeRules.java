package org.jiceng.mediation.internal;

import static org.jiceng.mediation.DisputeState.AGREED;
import static org.jiceng.mediation.DisputeState.FULFILLED;
import static org.jiceng.mediation.DisputeState.MEDIATING;
import static org.jiceng.mediation.DisputeState.REFERRED;
import static org.jiceng.mediation.DisputeState.REGISTERED;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiceng.Role;
import org.jiceng.mediation.DisputeState;
import org.jiceng.mediation.MediationLevel;

/**
 * The rules of a dispute as one table a reader can check: in which states each step may be taken and where it
 * leads, and which role runs a dispute at which level. Pure: no Spring, no database.
 */
public final class DisputeRules {

    /** What people do to a dispute, by the name the API and the history use. */
    public enum Step {
        REGISTER("register", "登记"),
        ADD_PARTY("add-party", "添加当事人"),
        ADD_MEDIATOR("add-mediator", "添加调解员"),
        RECORD_SESSION("record-session", "记录调解"),
        ESCALATE("escalate", "上交上一级"),
        AGREE("agree", "达成调解协议"),
        REFER("refer", "调解不成并引导"),
        FOLLOW_UP("follow-up", "回访");

        private final String path;
        private final String label;

        Step(String path, String label) {
            this.path = path;
            this.label = label;
        }

        public String path() {
            return path;
        }

        public String label() {
            return label;
        }
    }

    /** One row: the states a step starts from and the state it leads to ({@code null}: the state stays). */
    public record Rule(Step step, Set<DisputeState> from, DisputeState to) {
    }

    static final List<Rule> TABLE = List.of(
            new Rule(Step.ADD_PARTY, EnumSet.of(REGISTERED, MEDIATING), null),
            new Rule(Step.ADD_MEDIATOR, EnumSet.of(REGISTERED, MEDIATING), null),
            new Rule(Step.RECORD_SESSION, EnumSet.of(REGISTERED, MEDIATING), MEDIATING),
            new Rule(Step.ESCALATE, EnumSet.of(REGISTERED, MEDIATING), null),
            new Rule(Step.AGREE, EnumSet.of(MEDIATING), AGREED),
            new Rule(Step.REFER, EnumSet.of(REGISTERED, MEDIATING), REFERRED),
            new Rule(Step.FOLLOW_UP, EnumSet.of(AGREED, FULFILLED), null));

    private DisputeRules() {
    }

    public static Rule of(Step step) {
        return TABLE.stream().filter(r -> r.step() == step).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule for " + step));
    }

    /** Why {@code step} may not be taken in {@code state} (answered as 409), or empty when it may. */
    public static Optional<String> refusal(Step step, DisputeState state) {
        Rule rule = of(step);
        if (rule.from().contains(state)) {
            return Optional.empty();
        }
        if (step == Step.AGREE && state == REGISTERED) {
            return Optional.of("尚未记录任何调解，不能达成协议：请先记录调解过程");
        }
        return Optional.of("纠纷当前状态为“" + state.label() + "”，不能" + step.label() + "；可" + step.label() + "的状态："
                + rule.from().stream().map(DisputeState::label).collect(Collectors.joining("、")));
    }

    /** The state after {@code step}; a follow-up that finds the agreement carried out makes it fulfilled. */
    public static DisputeState after(Step step, DisputeState state, boolean fulfilled) {
        if (step == Step.FOLLOW_UP) {
            return fulfilled ? FULFILLED : state;
        }
        DisputeState to = of(step).to();
        return to == null ? state : to;
    }

    /** The highest level a role runs disputes at; grid workers, departments, auditors and residents run none. */
    public static Optional<MediationLevel> runsUpTo(Role role) {
        return switch (role) {
            case VILLAGE_STAFF -> Optional.of(MediationLevel.VILLAGE);
            case TOWN_STAFF -> Optional.of(MediationLevel.TOWN);
            case COUNTY_ADMIN -> Optional.of(MediationLevel.COUNTY);
            default -> Optional.empty();
        };
    }

    /** Whether someone holding {@code role} (over the dispute's territory) runs a dispute mediated at {@code level}. */
    public static boolean runs(Role role, MediationLevel level) {
        return runsUpTo(role).map(top -> level.ordinal() <= top.ordinal()).orElse(false);
    }

    /** The level a new dispute starts at when the person registering it does not say. */
    public static MediationLevel startsAt(Role role, String territoryCode) {
        return switch (role) {
            case TOWN_STAFF -> MediationLevel.TOWN;
            case COUNTY_ADMIN -> MediationLevel.COUNTY;
            case GRID_WORKER -> MediationLevel.GRID;
            default -> territoryCode.length() == 15 ? MediationLevel.GRID : MediationLevel.VILLAGE;
        };
    }

    /** Why {@code role} may not register a dispute at {@code level} in {@code territoryCode}, or empty. */
    public static Optional<String> registrationRefusal(Role role, MediationLevel level, String territoryCode) {
        if (level == MediationLevel.GRID && territoryCode.length() != 15) {
            return Optional.of("网格调解须指定所在网格（15 位网格编码）");
        }
        if (role == Role.GRID_WORKER) {
            return level == MediationLevel.GRID ? Optional.empty() : Optional.of("网格员登记的纠纷从网格调解开始，上交由村(社区)办理");
        }
        if (!runs(role, level)) {
            return Optional.of(role.label() + "不能在“" + level.label() + "”登记纠纷");
        }
        return Optional.empty();
    }

    /** The refusal for someone who may read but not run a dispute at {@code level}. */
    public static String notYoursToRun(MediationLevel level) {
        return switch (level) {
            case GRID, VILLAGE -> "该纠纷由村(社区)调解，只有村(社区)两委、乡镇(街道)和县级工作人员可以办理，您可以查看";
            case TOWN -> "该纠纷已上交至乡镇(街道)矛盾调解中心，由乡镇(街道)工作人员办理，您可以查看";
            case COUNTY -> "该纠纷已上交至县矛盾纠纷联合调处中心，由县级工作人员办理，您可以查看";
        };
    }
}
