package org.jiceng.volunteer.internal.timebank;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What the time bank answers: accounts, proxies, services waiting for confirmation and the entries of a statement. */
public final class TimeBankViews {

    private TimeBankViews() {
    }

    public record Account(long id, String communityCode, long volunteerId, Long userId, String name, int balance,
                          String balanceShown, OffsetDateTime openedAt, int version) {
    }

    public record Proxy(long id, long accountId, long proxyUserId, String proxyName, String relation,
                        String relationName, OffsetDateTime registeredAt) {
    }

    public record Service(long id, long accountId, String communityCode, String memberName, String servedName,
                          Long servedAccountId, String description, LocalDate servedOn, int minutes, String status,
                          String statusName, String recordedByName, boolean onBehalf, String decidedByName,
                          String decisionNote, int version) {
    }

    public record Entry(long id, long accountId, String communityCode, String kind, String kindName, int minutes,
                        int balanceAfter, String beneficiary, String description, LocalDate occurredOn,
                        String actedByName, boolean onBehalf, OffsetDateTime createdAt) {
    }

    static String kindName(String kind) {
        return switch (kind) {
            case "DEPOSIT" -> "存入";
            case "WITHDRAWAL" -> "支取";
            default -> "转移";
        };
    }

    static String statusName(String status) {
        return switch (status) {
            case "PENDING" -> "待确认";
            case "CONFIRMED" -> "已确认";
            default -> "未通过";
        };
    }

    static String relationName(String relation) {
        return relation.equals("FAMILY") ? "家庭成员" : "网格员";
    }
}
