package org.jiceng.reports.internal;

import static org.jiceng.Action.READ;
import static org.jiceng.Resource.REPORT;

import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Scope;

/**
 * Who reads which report, as {@link AccessPolicy} says of {@code REPORT}: those who read a territory's statistics
 * as a territory (village, town and county committees, oversight) read its reports. Not a department: its
 * statistics are its own unit's rates, while a report covers every case of a place and who handled it.
 */
final class ReportAccess {

    private ReportAccess() {
    }

    /** The territory asked for, or the user's own; 400 for a code that is no county, town or village, 403 outside. */
    static String territory(CurrentUser user, String asked) {
        Scope own = AccessPolicy.scope(user, REPORT, READ);
        String code = asked == null || asked.isBlank()
                ? own.prefixes().stream().filter(p -> p.length() >= 6).findFirst()
                        .orElseThrow(() -> AccessPolicy.refusal(REPORT, READ))
                : asked.strip();
        if (!code.matches("[0-9]{6}([0-9]{3}){0,2}")) {
            throw new BadInputException("territory", "territory 须为 6、9 或 12 位区划代码（县、乡镇街道或村社区）");
        }
        if (!AccessPolicy.allows(user, REPORT, READ, Target.at(code))) {
            throw new ForbiddenException("无权查看 " + code + " 的民情分析报告：不在您的辖区内");
        }
        return code;
    }
}
