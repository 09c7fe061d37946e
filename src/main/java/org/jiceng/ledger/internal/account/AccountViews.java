package org.jiceng.ledger.internal.account;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the account services answer and take: accounts, their keepers and subjects, and the requests. */
public final class AccountViews {

    private AccountViews() {
    }

    /** An account with its chain head and the people named on it today. */
    public record Account(long id, String territoryCode, Long estateId, AccountKind kind, String kindLabel, String name,
                          long approvalThresholdFen, String approvalThreshold, long headSeq, String headHash,
                          OffsetDateTime createdAt, List<Keeper> keepers) {
    }

    public record Keeper(long userId, String name, KeeperRole role, String roleLabel, LocalDate since) {
    }

    public record Subject(String code, String name, SubjectKind kind, String kindLabel) {
    }

    public record NewKeeper(String username, String role) {
    }

    /**
     * A new account: its kind, the estate (for 物业费, 公共收益, 维修资金) or the village or community (for 三资), a
     * name (the estate's or village's name and the kind when left out), the threshold above which a payment needs
     * two approvals (fen, 5,000 yuan when left out) and the people named on it.
     */
    public record NewAccount(String kind, Long estateId, String territoryCode, String name, Long approvalThresholdFen,
                             List<NewKeeper> keepers) {
    }

    /** A change of an account: its threshold, or the whole list of its keepers from today; null leaves it. */
    public record AccountChange(Long approvalThresholdFen, List<NewKeeper> keepers) {
    }

    public record NewSubject(String code, String name, String kind) {
    }
}
