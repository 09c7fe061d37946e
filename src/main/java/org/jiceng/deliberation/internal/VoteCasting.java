package org.jiceng.deliberation.internal;

import java.time.format.DateTimeFormatter;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.deliberation.BallotKind;
import org.jiceng.deliberation.BallotView;
import org.jiceng.deliberation.VoteChoice;
import org.jiceng.people.PeopleApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casting votes — written ballots entered by staff (书面表决票) and owners' votes on their phones — and checking
 * receipts. Each voter is on the roll once; each choice goes into the box under its receipt's hash, for a
 * secret ballot with nothing that ties it to the voter.
 */
@Service
public class VoteCasting {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Beijing.ZONE);

    private final BallotService ballots;
    private final BallotRepository box;
    private final EstateRepository estates;
    private final PeopleApi people;

    VoteCasting(BallotService ballots, BallotRepository box, EstateRepository estates, PeopleApi people) {
        this.ballots = ballots;
        this.box = box;
        this.estates = estates;
        this.people = people;
    }

    /** A written ballot: {@code owner} as named on the roll, or {@code household} (id) for a household ballot. */
    public record PaperVote(String owner, Long household, String choice, String receipt) {
    }

    /** A counted vote; {@code receipt} is shown once, to the voter, and only its hash is kept. */
    public record Cast(long ballotId, String receipt, VoteChoice choice, String choiceLabel, boolean changed)
            implements java.io.Serializable {
    }

    public record Receipt(long ballotId, String receipt, boolean counted, VoteChoice choice, String choiceLabel,
                          boolean secret) {
    }

    @Transactional
    public Cast paper(CurrentUser user, long ballotId, PaperVote vote) {
        BallotView ballot = ballots.manageable(user, ballotId);
        VoteChoice choice = VoteChoice.parse(vote.choice());
        if (ballot.kind() == BallotKind.OWNERS) {
            String name = vote.owner() == null ? "" : vote.owner().strip();
            if (name.isEmpty()) {
                throw new BadInputException("owner", "请填写业主 owner（与业主名册上的名称一致）");
            }
            EstateOwner owner = estates.ownerByName(ballot.estateId(), name)
                    .orElseThrow(() -> new BadInputException("“" + name + "”不在" + ballot.estateName() + "的业主名册中"));
            return record(ballot, owner.id(), owner.area(), "业主“" + name + "”", choice, "PAPER", user.username(),
                    vote.receipt());
        }
        if (vote.household() == null) {
            throw new BadInputException("household", "请填写户 household（户籍中的户编号）");
        }
        people.household(vote.household(), Scope.of(ballot.territoryCode()))
                .orElseThrow(() -> new BadInputException("户 " + vote.household() + " 不在本村（社区）的户籍中"));
        return record(ballot, vote.household(), 0, "户 " + vote.household(), choice, "PAPER", user.username(),
                vote.receipt());
    }

    @Transactional
    public Cast online(CurrentUser user, long ballotId, String choiceName, String previousReceipt) {
        BallotView ballot = ballots.view(user, ballotId, false);
        if (ballot.kind() != BallotKind.OWNERS) {
            throw new ForbiddenException("一户一票的表决请由户代表填写书面表决票，交村（社区）工作人员录入");
        }
        VoteChoice choice = VoteChoice.parse(choiceName);
        EstateOwner owner = estates.ownerOfUser(ballot.estateId(), user.id())
                .orElseThrow(() -> new ForbiddenException("您的账号没有关联" + ballot.estateName()
                        + "业主名册中的业主，不能在线投票；请到社区核对业主登记"));
        DeliberationAccess.check(user, Resource.VOTE, Action.CREATE, ballot.territoryCode(), true);
        return record(ballot, owner.id(), owner.area(), "您", choice, "ONLINE", user.username(), previousReceipt);
    }

    private Cast record(BallotView ballot, long voterId, long weight, String voter, VoteChoice choice, String channel,
                        String by, String previousReceipt) {
        if (!box.lockOpen(ballot.id())) {
            throw new ConflictException("这项表决已于 " + TIME.format(ballot.closedAt() != null ? ballot.closedAt()
                    : ballot.closesAt()) + " 结束，不能再投票");
        }
        String code = VoteReceipts.newCode();
        byte[] hash = VoteReceipts.hash(ballot.id(), code);
        boolean secret = ballot.secret();
        boolean changed = false;
        if (!box.participate(ballot.id(), voterId, channel, by, secret ? null : choice, secret ? null : hash)) {
            if (!ballot.allowChange()) {
                throw new ConflictException(voter + "已经投过票：每" + (ballot.kind() == BallotKind.OWNERS ? "位业主" : "户")
                        + "只能投一票，这项表决不允许改票");
            }
            byte[] old;
            if (secret) {
                if (previousReceipt == null || previousReceipt.isBlank()) {
                    throw new ConflictException(voter + "已经投过票。秘密表决改票须提供原来的投票回执码 receipt，以便撤下原选票");
                }
                if (VoteReceipts.normalise(previousReceipt) == null) {
                    throw new BadInputException("回执码格式不正确，应为 12 位字母和数字，如 K7QM-2XHD-9PAW");
                }
                old = VoteReceipts.hash(ballot.id(), previousReceipt);
                box.replaceParticipation(ballot.id(), voterId, channel, by, null, null);
            } else {
                old = box.replaceParticipation(ballot.id(), voterId, channel, by, choice, hash).orElseThrow();
            }
            if (!box.deleteChoice(ballot.id(), old, weight)) {
                throw new ConflictException("回执码与" + voter + "原来的选票不符，未改票");
            }
            changed = true;
        }
        box.insertChoice(ballot.id(), hash, choice, weight);
        return new Cast(ballot.id(), code, choice, choice.label(), changed);
    }

    /** Whether the vote behind a receipt is in the box, and its choice: only the receipt's holder knows the code. */
    public Receipt check(CurrentUser user, long ballotId, String code) {
        BallotView ballot = ballots.view(user, ballotId, false);
        boolean own = ballot.kind() == BallotKind.OWNERS ? estates.ownerOfUser(ballot.estateId(), user.id()).isPresent()
                : DeliberationAccess.householdVillages(user).covers(ballot.territoryCode());
        DeliberationAccess.check(user, Resource.VOTE, Action.READ, ballot.territoryCode(), own);
        String normalised = VoteReceipts.normalise(code);
        VoteChoice choice = normalised == null ? null : box.choiceOf(ballot.id(), VoteReceipts.hash(ballot.id(), normalised))
                .orElse(null);
        if (choice == null) {
            throw new NotFoundException("没有找到这个回执码对应的选票，请核对回执码（如改过票，旧回执码不再有效）");
        }
        String formatted = normalised.substring(0, 4) + "-" + normalised.substring(4, 8) + "-" + normalised.substring(8);
        return new Receipt(ballot.id(), formatted, true, choice, choice.label(), ballot.secret());
    }

    /** The owner {@code user} stands for on this ballot's roll, and whether they have voted. */
    public java.util.Optional<OwnerStatus> ownerStatus(CurrentUser user, BallotView ballot) {
        if (ballot.kind() != BallotKind.OWNERS) {
            return java.util.Optional.empty();
        }
        return estates.ownerOfUser(ballot.estateId(), user.id())
                .map(o -> new OwnerStatus(o, box.hasVoted(ballot.id(), o.id())));
    }

    public record OwnerStatus(EstateOwner owner, boolean voted) {
    }

    /** The roll of an owners' ballot for staff: every owner and whether they have voted. */
    public java.util.List<RollEntry> roll(BallotView ballot) {
        if (ballot.kind() != BallotKind.OWNERS) {
            return java.util.List.of();
        }
        java.util.Set<Long> voted = box.voters(ballot.id());
        return estates.owners(ballot.estateId()).stream().map(o -> new RollEntry(o, voted.contains(o.id()))).toList();
    }

    public record RollEntry(EstateOwner owner, boolean voted) {
    }
}
