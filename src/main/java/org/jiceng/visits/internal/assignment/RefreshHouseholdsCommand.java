package org.jiceng.visits.internal.assignment;

import java.util.List;
import org.jiceng.platform.Command;
import org.jiceng.visits.internal.HouseholdProjection;
import org.springframework.stereotype.Component;

/**
 * {@code ./jiceng refresh-households [区划代码]}: brings the visits module's copy of the register's households
 * level with the register, e.g. after the register was loaded by a tool that bypasses the application.
 */
@Component
class RefreshHouseholdsCommand implements Command {

    private final HouseholdProjection projection;

    RefreshHouseholdsCommand(HouseholdProjection projection) {
        this.projection = projection;
    }

    @Override
    public String name() {
        return "refresh-households";
    }

    @Override
    public String usage() {
        return "refresh-households [区划代码，如 530326；不填为全部]   按户籍重新同步走访关怀的住户";
    }

    @Override
    public int run(List<String> args) {
        if (args.size() > 1 || (args.size() == 1 && !args.getFirst().matches("[0-9]{2,15}"))) {
            System.err.println("用法：./jiceng " + usage());
            return 2;
        }
        int count = projection.refresh(args.isEmpty() ? "" : args.getFirst());
        System.out.println("已同步 " + count + " 户");
        return 0;
    }
}
