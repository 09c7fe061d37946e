package org.jiceng.deliberation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.deliberation.Art278;
import org.jiceng.deliberation.BallotKind;
import org.jiceng.deliberation.BallotMatter;
import org.jiceng.deliberation.BallotResult;
import org.jiceng.deliberation.BallotView;
import org.jiceng.deliberation.BallotsApi;
import org.jiceng.deliberation.EstateView;
import org.jiceng.deliberation.VoteCount;
import org.jiceng.deliberation.VoteHouseholdRule;
import org.jiceng.deliberation.VoteOutcome;
import org.jiceng.deliberation.VoteRule;
import org.jiceng.deliberation.VoteThreshold;
import org.jiceng.people.PeopleApi;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.Level;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening, reading, closing and counting ballots; who may see one is decided here, on every read. */
@Service
public class BallotService implements BallotsApi {

    private final BallotRepository ballots;
    private final EstateRepository estates;
    private final TerritoryApi territory;
    private final PeopleApi people;
    private final Clock clock;

    BallotService(BallotRepository ballots, EstateRepository estates, TerritoryApi territory, PeopleApi people,
                  Clock clock) {
        this.clock = clock;
        this.ballots = ballots;
        this.estates = estates;
        this.territory = territory;
        this.people = people;
    }

    /** Either {@code estateId} (owners' ballot) or {@code territoryCode} (one household one vote). */
    public record NewBallot(Long estateId, String territoryCode, String title, String matter, Boolean secret,
                            String closesAt, Boolean allowChange, String householdRule) {
    }

    @Transactional
    public long create(CurrentUser user, NewBallot in) {
        Scope manage = DeliberationAccess.required(user, Resource.BALLOT, Action.CREATE);
        String title = in.title() == null ? "" : in.title().strip();
        if (org.jiceng.Text.length(title) < 2 || org.jiceng.Text.length(title) > 200) {
            throw new BadInputException("title", "请填写表决事项标题 title（2 到 200 个字）");
        }
        Instant closesAt = closesAt(in.closesAt());
        boolean secret = Boolean.TRUE.equals(in.secret());
        boolean allowChange = Boolean.TRUE.equals(in.allowChange());
        if ((in.estateId() == null) == (in.territoryCode() == null)) {
            throw new BadInputException("业主表决请填写小区 estateId；一户一票的表决请填写村（社区）代码 territoryCode；二者只填其一");
        }
        if (in.estateId() != null) {
            BallotMatter matter = BallotMatter.parse(in.matter());
            EstateView estate = estates.find(in.estateId(), manage)
                    .orElseThrow(() -> new NotFoundException("小区 " + in.estateId() + " 不存在或不在您的辖区内"));
            return ballots.insert(new BallotRepository.NewBallot(BallotKind.OWNERS, estate.id(), estate.territoryCode(),
                    title, matter, null, secret, allowChange, closesAt, hundredths(estate.totalArea()), estate.owners(),
                    user.username()));
        }
        String code = in.territoryCode();
        DivisionView village = Level.ofCode(code) == Level.VILLAGE ? territory.division(code).orElse(null) : null;
        if (village == null) {
            throw new BadInputException("territoryCode 须为 12 位村（社区）代码");
        }
        if (!manage.covers(code)) {
            throw new ForbiddenException("村（社区）" + code + " 不在您的辖区内");
        }
        VoteHouseholdRule rule = in.householdRule() == null ? VoteHouseholdRule.forDivision(village.name())
                : VoteHouseholdRule.parse(in.householdRule());
        long households = people.countHouseholds(code);
        if (households == 0) {
            throw new BadInputException(village.name() + "的户籍中还没有登记的户，不能发起一户一票的表决");
        }
        return ballots.insert(new BallotRepository.NewBallot(BallotKind.HOUSEHOLDS, null, code, title,
                in.matter() == null ? BallotMatter.ORDINARY : BallotMatter.parse(in.matter()), rule, secret, allowChange,
                closesAt, 0, households, user.username()));
    }

    private Instant closesAt(String text) {
        Instant at;
        try {
            at = org.jiceng.Ranges.checked("截止时间 closesAt", OffsetDateTime.parse(text == null ? "" : text.strip()).toInstant());
        } catch (DateTimeParseException e) {
            throw new BadInputException("截止时间 closesAt 须为带时区的时间，如 2026-12-31T18:00:00+08:00");
        }
        if (!at.isAfter(clock.instant())) {
            throw new BadInputException("截止时间须晚于现在");
        }
        return at;
    }

    @Override
    public Optional<BallotView> ballot(CurrentUser user, long id) {
        return ballot(user, id, true);
    }

    /** {@code counted}: with the number of voters so far (not needed, and not counted, while recording a vote). */
    Optional<BallotView> ballot(CurrentUser user, long id, boolean counted) {
        Optional<BallotView> read = ballots.find(id, DeliberationAccess.scope(user, Resource.BALLOT, Action.READ), counted);
        if (read.isPresent()) {
            return read;
        }
        // the person's own vote: an owners' ballot of an estate whose roll names them, a household ballot of
        // the village they live in; the policy decides what that standing allows
        Scope villages = DeliberationAccess.householdVillages(user);
        return ballots.findForOwner(id, user.id(), counted)
                .or(() -> villages.isEmpty() ? Optional.empty() : ballots.findHousehold(id, villages, counted))
                .filter(b -> DeliberationAccess.may(user, Resource.BALLOT, Action.READ, b.territoryCode(), true));
    }

    public BallotView view(CurrentUser user, long id) {
        return view(user, id, true);
    }

    BallotView view(CurrentUser user, long id, boolean counted) {
        return ballot(user, id, counted).orElseThrow(() -> new NotFoundException("表决 " + id + " 不存在或您无权查看"));
    }

    /** A ballot {@code user} may manage: 404 if they cannot see it, 403 if they may only look. */
    public BallotView manageable(CurrentUser user, long id) {
        return ballots.find(id, DeliberationAccess.scope(user, Resource.BALLOT, Action.ACT), false).orElseGet(() -> {
            view(user, id);
            throw new ForbiddenException("您只能查看这项表决，不能录入选票或结束表决");
        });
    }

    /** Staff: the ballots of their territory; everyone else: those of the estates where they own a home. */
    public List<BallotView> list(CurrentUser user, long beforeId, int limit) {
        Scope read = DeliberationAccess.scope(user, Resource.BALLOT, Action.READ);
        return read.isEmpty() ? ballots.ofOwner(user.id(), limit) : ballots.list(read, beforeId, limit);
    }

    public List<BallotView> ofOwner(CurrentUser user) {
        return ballots.ofOwner(user.id(), 50);
    }

    @Override
    public List<BallotView> openTo(CurrentUser user, int limit) {
        return ballots.ofOwner(user.id(), 50).stream().filter(BallotView::open).limit(Math.clamp(limit, 1, 50)).toList();
    }

    /** Staff and auditors, who read ballots by territory. */
    public boolean isStaff(CurrentUser user) {
        return !DeliberationAccess.scope(user, Resource.BALLOT, Action.READ).isEmpty();
    }

    public boolean mayCreate(CurrentUser user) {
        return !DeliberationAccess.scope(user, Resource.BALLOT, Action.CREATE).isEmpty();
    }

    public boolean mayManage(CurrentUser user, BallotView ballot) {
        return DeliberationAccess.may(user, Resource.BALLOT, Action.ACT, ballot.territoryCode());
    }

    @Transactional
    public BallotResult close(CurrentUser user, long id) {
        BallotView ballot = manageable(user, id);
        if (!ballots.close(ballot.id())) {
            throw new ConflictException("这项表决已经结束");
        }
        return resultOf(ballots.find(id, Scope.everything(), false).orElseThrow());
    }

    @Override
    public BallotResult result(CurrentUser user, long id) {
        return resultOf(view(user, id, false));
    }

    BallotResult resultOf(BallotView b) {
        boolean owners = b.kind() == BallotKind.OWNERS;
        VoteRule rule = owners ? Art278.rule(b.matter()) : b.householdRule().rule();
        VoteCount count = ballots.count(b.id(), owners ? hundredths(b.totalArea()) : 0, b.totalVoters());
        VoteOutcome outcome = rule.decide(count);
        boolean sealed = b.secret() && !"CLOSED".equals(b.status());
        String measure = rule.measure();
        String reason;
        if (sealed) {
            reason = "秘密表决：表决结束前不公布同意、反对和弃权的票数。目前参与表决 " + count.participatingVoters() + " " + measure
                    + "（共 " + count.totalVoters() + " " + measure + "）" + (owners ? "，专有部分面积 "
                    + VoteRule.area(count.participatingArea()) + " ㎡（共 " + VoteRule.area(count.totalArea()) + " ㎡）" : "") + "。";
        } else {
            reason = ("CLOSED".equals(b.status()) ? "" : "表决尚未结束，以下为目前的计票。") + outcome.reason();
        }
        String ofTotal = owners ? "全体业主的专有部分面积和人数" : "本村（社区）的总户数";
        String ofParticipants = owners ? "参与表决业主的专有部分面积和人数" : "参与表决的户数";
        return new BallotResult(b.id(), b.title(), b.kind(), b.matter(), b.status(), sealed, outcome.quorumMet(),
                !sealed && outcome.passed(),
                owners ? Art278.formatArea(count.totalArea()) : null,
                owners ? Art278.formatArea(count.participatingArea()) : null,
                owners && !sealed ? Art278.formatArea(count.yesArea()) : null,
                owners && !sealed ? Art278.formatArea(count.noArea()) : null,
                owners && !sealed ? Art278.formatArea(count.abstainArea()) : null,
                count.totalVoters(), count.participatingVoters(),
                sealed ? null : count.yesVoters(), sealed ? null : count.noVoters(), sealed ? null : count.abstainVoters(),
                threshold(rule.quorum(), ofTotal, outcome.quorumAreaMet(), outcome.quorumVotersMet()),
                threshold(rule.approval(), ofParticipants, sealed ? null : outcome.approvalAreaMet(),
                        sealed ? null : outcome.approvalVotersMet()),
                rule.law(), reason);
    }

    private static BallotResult.Threshold threshold(VoteThreshold t, String of, Boolean areaMet, Boolean votersMet) {
        return new BallotResult.Threshold(t.fraction(), t.inclusive(), t.text(), of, areaMet, votersMet);
    }

    static long hundredths(String area) {
        return new BigDecimal(area).movePointRight(2).longValueExact();
    }
}
