package org.jiceng.cases;

import java.util.Arrays;
import java.util.Optional;

/** What people do to a case, by the name the API uses ({@code POST /cases/{id}/actions/{action}}). */
public enum CaseAction {
    ACCEPT("accept", "受理"),
    REJECT("reject", "不予受理"),
    HANDLE("handle", "本级办理"),
    DISPATCH("dispatch", "吹哨派遣"),
    CHECK_IN("check-in", "报到签收"),
    RETURN("return", "退回"),
    ESCALATE("escalate", "上报上级"),
    EXTEND("extend", "申请延期"),
    APPROVE_EXTENSION("approve-extension", "批准延期"),
    RESOLVE("resolve", "办结"),
    VERIFY("verify", "核查"),
    REPLY("reply", "回复"),
    RATE("rate", "评价"),
    REOPEN("reopen", "重新办理"),
    MERGE("merge", "合并"),
    AUTO_CLOSE("auto-close", "逾期未评价自动结案");

    private final String path;
    private final String label;

    CaseAction(String path, String label) {
        this.path = path;
        this.label = label;
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    public static Optional<CaseAction> ofPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
    }
}
