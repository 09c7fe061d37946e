package org.jiceng.volunteer.internal.points;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.volunteer.internal.Volunteers.Volunteer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do to points: award a deed (好人好事) by the community's rule, capped per kind and day, and reverse an
 * entry with a reason (a reversing entry; the entry itself stays). Each in one transaction with its entry.
 */
@Service
public class PointsAwards {

    /** A deed as staff record it; {@code doneOn} defaults to today (Beijing). */
    public record NewDeed(String kind, String doneOn, String note) {
    }

    /** What an award wrote: the deed, its entry and the points (cut to the daily cap where it applied). */
    public record Awarded(long deedId, long entryId, long points, int ruleVersion, boolean capped) {
    }

    private final JdbcClient jdbc;
    private final PointsAccess access;
    private final PointsRules rules;
    private final PointsLedger ledger;
    private final PointsAccounts accounts;
    private final Clock clock;

    PointsAwards(JdbcClient jdbc, PointsAccess access, PointsRules rules, PointsLedger ledger, PointsAccounts accounts,
                 Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.rules = rules;
        this.ledger = ledger;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public Awarded awardDeed(CurrentUser user, long volunteerId, NewDeed deed) {
        Volunteer v = access.require(user, Action.CREATE, volunteerId);
        if (!v.active()) {
            throw new ConflictException("该志愿者已退出，不能再记积分");
        }
        String kind = deed == null || deed.kind() == null ? "" : deed.kind().strip();
        LocalDate today = Beijing.today(clock);
        LocalDate doneOn = day(deed == null ? null : deed.doneOn(), today);
        String note = deed == null || deed.note() == null ? "" : deed.note().strip();
        if (note.length() > 200) {
            throw new BadInputException("note", "说明不能超过 200 字");
        }
        RuleView rule = rules.effective(v.communityCode());
        RuleView.Deed paid = rule.deed(kind).orElseThrow(() -> new BadInputException("kind",
                kind.isEmpty() ? "请选择好人好事的种类" : "现行积分规则（第 " + rule.version() + " 版）没有“" + kind + "”这一种"));
        // the cap counts what the kind earned that day and was not reversed, under the volunteer's lock
        ledger.lockAccount(v.id(), v.county(), v.communityCode());
        long earned = jdbc.sql("""
                        select coalesce(sum(d.points), 0) from volunteer.points_deed d
                        join volunteer.points_entry e on e.county = d.county and e.source_kind = 'DEED' and e.source_id = d.id
                        where d.county = :county and d.volunteer_id = :v and d.kind = :kind and d.done_on = :day
                          and not exists (select 1 from volunteer.points_entry r where r.county = e.county
                                          and r.source_kind = 'REVERSAL' and r.source_id = e.id)""")
                .param("county", v.county()).param("v", v.id()).param("kind", kind).param("day", doneOn)
                .query(Long.class).single();
        long points = PointsArithmetic.forDeed(paid.points(), paid.dailyCap(), earned);
        if (points == 0) {
            throw new ConflictException("“" + kind + "”" + doneOn + " 已记满每日上限 " + paid.dailyCap() + " 分");
        }
        long deedId = jdbc.sql("""
                        insert into volunteer.points_deed (county, volunteer_id, community_code, kind, done_on, note, rule_id,
                                                           points, recorded_by, recorded_at)
                        values (:county, :v, :community, :kind, :day, :note, :rule, :points, :by, :at) returning id""")
                .param("county", v.county()).param("v", v.id()).param("community", v.communityCode()).param("kind", kind)
                .param("day", doneOn).param("note", note).param("rule", rule.id()).param("points", points)
                .param("by", user.id()).param("at", OffsetDateTime.now(clock)).query(Long.class).single();
        long entry = ledger.post(new PointsLedger.Posting(v.id(), v.county(), v.communityCode(), points, SourceKind.DEED,
                deedId, rule.id(), kind + "（" + doneOn + "）" + (note.isEmpty() ? "" : "：" + note), user.id()));
        return new Awarded(deedId, entry, points, rule.version(), points < paid.points());
    }

    /** Reverses an entry with a reason: a new entry of the opposite points; the balance may not go below zero. */
    @Transactional
    public EntryView reverse(CurrentUser user, long entryId, String reason) {
        EntryView e = accounts.entry(user, entryId);
        Volunteer v = access.require(user, Action.ACT, e.volunteerId());
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 150) {
            throw new BadInputException("reason", "请写明冲销的原因（150 字以内）");
        }
        switch (e.sourceKind()) {
            case REVERSAL -> throw new ConflictException("冲销记录不能再冲销");
            case REDEMPTION -> throw new ConflictException("兑换扣除的积分不能冲销：兑换出的物品已发出");
            default -> {
            }
        }
        if (e.reversedBy() != null) {
            throw new ConflictException("这笔积分已于第 " + e.reversedBy() + " 号记录冲销过");
        }
        long reversal = ledger.post(new PointsLedger.Posting(v.id(), v.county(), v.communityCode(), -e.points(),
                SourceKind.REVERSAL, e.id(), e.ruleId(), "冲销第 " + e.seq() + " 笔：" + why, user.id()));
        return accounts.entry(user, reversal);
    }

    private static LocalDate day(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return today;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (day.isAfter(today) || day.isBefore(today.minusDays(31))) {
                throw new BadInputException("doneOn", "日期须在最近 31 天内，且不能晚于今天");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new BadInputException("doneOn", "日期格式应为 2026-05-01");
        }
    }
}
