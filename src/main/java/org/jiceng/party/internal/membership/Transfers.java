package org.jiceng.party.internal.membership;

import static org.jiceng.Action.ACT;
import static org.jiceng.Action.READ;
import static org.jiceng.Resource.PARTY_MEMBER;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.Cursor;
import org.jiceng.CurrentUser;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Scope;
import org.jiceng.party.MemberView;
import org.jiceng.party.OrganisationView;
import org.jiceng.party.PartyApi;
import org.jiceng.party.internal.MemberAdmission;
import org.jiceng.party.internal.membership.TransferRepository.NewTransfer;
import org.jiceng.party.internal.membership.TransferRepository.Row;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.ResidentView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 组织关系转接. Out: the branch applies to move a member to another organisation in the system or out of the county
 * (the destination named), the letter is issued (转出), and the receiving side receives it or sends it back. In:
 * a member's letter from outside is recorded with its number and received into a branch here, which registers the
 * member then. The member's organisation changes only on receipt; every step is kept with who took it.
 */
@Service
public class Transfers {

    static final int TEXT_MAX = 100;

    private final PartyApi party;
    private final TransferRepository transfers;
    private final MemberAdmission admission;
    private final ObjectProvider<PeopleApi> people;
    private final Clock clock;

    Transfers(PartyApi party, TransferRepository transfers, MemberAdmission admission, ObjectProvider<PeopleApi> people,
              Clock clock) {
        this.party = party;
        this.transfers = transfers;
        this.admission = admission;
        this.people = people;
        this.clock = clock;
    }

    public record OutRequest(Long toOrganisationId, String toOutside, String reason) {
    }

    public record InRequest(Long residentId, Long toOrganisationId, String fromOutside, String letterNumber,
                            String joinedOn, String reason) {
    }

    public record Move(Integer version, String letterNumber, String note) {
    }

    public record Transfer(Row transfer, List<TransferRepository.Step> steps) {
    }

    public List<Row> ofMember(long memberId, CurrentUser user) {
        MemberView member = MembershipAccess.member(party, memberId, MembershipAccess.where(user, PARTY_MEMBER, READ));
        return transfers.ofMember(Affiliations.county(member), memberId);
    }

    public Transfer find(long id, CurrentUser user) {
        Row row = existing(id, MembershipAccess.where(user, PARTY_MEMBER, READ));
        return new Transfer(row, transfers.steps(row.county(), id));
    }

    public Page<Row> list(CurrentUser user, String territory, String state, String after, int limit) {
        Scope scope = MembershipAccess.where(user, PARTY_MEMBER, READ);
        if (territory != null && !territory.isBlank()) {
            scope = MembershipAccess.narrowed(scope, territory);
        }
        TransferState wanted = Input.optionalOneOf(TransferState.class, state, "state", "转接状态", TransferState::label);
        return Page.byId(transfers.within(scope, wanted == null ? null : wanted.name(), Cursor.idAbove(after), limit + 1),
                limit, Row::id);
    }

    @Transactional
    public Transfer out(long memberId, OutRequest request, CurrentUser user) {
        Scope scope = MembershipAccess.where(user, PARTY_MEMBER, ACT);
        MemberView member = MembershipAccess.member(party, memberId, scope);
        String county = Affiliations.county(member);
        String toOutside = Input.optionalText(request.toOutside(), "toOutside", "转往县外党组织", TEXT_MAX);
        Long toOrganisation = request.toOrganisationId();
        if ((toOrganisation == null) == (toOutside == null)) {
            throw new BadInputException("toOrganisationId", "请选择转入的党组织（toOrganisationId），或填写县外接收党组织的名称"
                    + "（toOutside），二者选一");
        }
        if (toOrganisation != null) {
            OrganisationView destination = MembershipAccess.organisation(party, Input.id(toOrganisation,
                    "toOrganisationId", "转入党组织编号"), Scope.everything());
            enrolling(destination);
            if (destination.id() == member.organisationId()) {
                throw new BadInputException("toOrganisationId", member.name() + " 已在“" + destination.name() + "”");
            }
        }
        String reason = Input.optionalText(request.reason(), "reason", "转接原因", TEXT_MAX);
        if (transfers.openFor(county, memberId)) {
            throw new ConflictException(member.name() + " 有一项组织关系转接正在办理，办结或退回后才能再申请");
        }
        long id = transfers.insert(new NewTransfer("OUT", memberId, member.residentId(), member.name(),
                member.territoryCode(), member.organisationId(), null, toOrganisation, toOutside, null, null, reason,
                TransferState.APPLIED, Beijing.today(clock), user.id()));
        transfers.step(county, id, TransferState.APPLIED, reason, user.id(), clock.instant());
        return find(id, user);
    }

    @Transactional
    public Transfer in(InRequest request, CurrentUser user) {
        Scope scope = MembershipAccess.where(user, PARTY_MEMBER, ACT);
        long residentId = Input.id(request.residentId(), "residentId", "居民编号");
        String fromOutside = Input.text(request.fromOutside(), "fromOutside", "原所在党组织", 1, TEXT_MAX);
        String letter = Input.text(request.letterNumber(), "letterNumber", "介绍信编号", 1, 50);
        LocalDate joinedOn = Input.date(request.joinedOn(), "joinedOn", "入党日期", null);
        if (joinedOn.isAfter(Beijing.today(clock))) {
            throw new BadInputException("joinedOn", "入党日期（joinedOn）不能晚于今天");
        }
        OrganisationView destination = MembershipAccess.organisation(party,
                Input.id(request.toOrganisationId(), "toOrganisationId", "接收党组织编号"), scope);
        enrolling(destination);
        String reason = Input.optionalText(request.reason(), "reason", "转接原因", TEXT_MAX);
        PeopleApi register = people.getIfAvailable();
        if (register == null) {
            throw new BadInputException("residentId", "人口模块尚未启用，暂时无法核对居民信息");
        }
        ResidentView resident = register.resident(residentId, scope)
                .orElseThrow(() -> new NotFoundException("居民 " + residentId + " 不存在或不在您的辖区内"));
        if (party.memberOfResident(residentId, Scope.everything()).isPresent()) {
            throw new ConflictException("居民 " + resident.name() + " 已是本系统登记的党员，请在其原党组织办理转出");
        }
        String county = resident.territoryCode().substring(0, 6);
        if (transfers.openForResident(county, residentId)) {
            throw new ConflictException("居民 " + resident.name() + " 已有一份转入介绍信正在办理");
        }
        // the letter is in hand: a transfer in starts as 转出 by the sending organisation
        long id = transfers.insert(new NewTransfer("IN", null, residentId, resident.name(), resident.territoryCode(),
                null, fromOutside, destination.id(), null, letter, joinedOn, reason, TransferState.SENT,
                Beijing.today(clock), user.id()));
        transfers.step(county, id, TransferState.SENT, "介绍信 " + letter, user.id(), clock.instant());
        return find(id, user);
    }

    /** 转出: the letter of a transfer out is issued, by those who may act on the member. */
    @Transactional
    public Transfer send(long id, Move move, CurrentUser user) {
        Scope scope = MembershipAccess.where(user, PARTY_MEMBER, ACT);
        Row row = existing(id, scope);
        if (!scope.covers(row.territoryCode()) || !row.direction().equals("OUT")) {
            throw new ConflictException("转出由党员所在党组织办理");
        }
        String letter = Input.optionalText(move == null ? null : move.letterNumber(), "letterNumber", "介绍信编号", 50);
        return moved(row, move, TransferState.SENT, letter, null, user);
    }

    /** 已接收: the receiving side takes the member in; a transfer out of the county is closed by its receipt (回执). */
    @Transactional
    public Transfer receive(long id, Move move, CurrentUser user) {
        Scope scope = MembershipAccess.where(user, PARTY_MEMBER, ACT);
        Row row = existing(id, scope);
        Long memberId = row.memberId();
        if (row.toOrganisationId() == null) {
            if (!scope.covers(row.territoryCode())) {
                throw new ConflictException("转往县外的组织关系由转出的党组织凭回执登记接收");
            }
            transfers.markTransferredOut(row.county(), memberId, Beijing.today(clock));
        } else {
            if (!scope.covers(row.toTerritoryCode())) {
                throw new ConflictException("由接收党组织“" + row.toOrganisationName() + "”办理接收");
            }
            OrganisationView destination = MembershipAccess.organisation(party, row.toOrganisationId(), scope);
            enrolling(destination);
            if (row.direction().equals("IN")) {
                memberId = admission.admit(new MemberAdmission.Request(row.residentId(), destination.id(),
                        row.joinedOn().toString(), null, false, false, null), user);
            } else {
                transfers.moveMember(row.county(), memberId, destination.id());
            }
        }
        return moved(row, move, TransferState.RECEIVED, null, memberId, user);
    }

    /** 退回: either side sends the transfer back, saying why; the member stays where they were. */
    @Transactional
    public Transfer sendBack(long id, Move move, CurrentUser user) {
        Scope scope = MembershipAccess.where(user, PARTY_MEMBER, ACT);
        Row row = existing(id, scope);
        if (move == null || move.note() == null || move.note().isBlank()) {
            throw new BadInputException("note", "请填写退回原因（note）");
        }
        return moved(row, move, TransferState.RETURNED, null, null, user);
    }

    private Transfer moved(Row row, Move move, TransferState to, String letter, Long memberId, CurrentUser user) {
        TransferState from = TransferState.valueOf(row.state());
        if (!from.mayBecome(to)) {
            throw new ConflictException("该转接当前为“" + from.label() + "”，不能改为“" + to.label() + "”");
        }
        int version = move == null || move.version() == null ? row.version() : move.version();
        if (!transfers.move(row.county(), row.id(), version, from, to, letter, memberId)) {
            throw new ConflictException("该转接已被他人办理，请刷新后再试");
        }
        String note = move == null ? null : Input.optionalText(move.note(), "note", "说明", TEXT_MAX);
        transfers.step(row.county(), row.id(), to, note, user.id(), clock.instant());
        return find(row.id(), user);
    }

    private Row existing(long id, Scope scope) {
        return transfers.find(id, scope).orElseThrow(() -> new NotFoundException("转接 " + id + " 不存在或不在您的辖区内"));
    }

    private static void enrolling(OrganisationView organisation) {
        if (!organisation.level().enrolsMembers()) {
            throw new BadInputException("toOrganisationId", "党员须编入党支部或党小组，“" + organisation.name() + "”是"
                    + organisation.level().label());
        }
        if (!organisation.active()) {
            throw new BadInputException("toOrganisationId", "“" + organisation.name() + "”已撤销，不能接收党员");
        }
    }

    static boolean mayAct(CurrentUser user) {
        return !AccessPolicy.scope(user, PARTY_MEMBER, ACT).isEmpty();
    }
}
