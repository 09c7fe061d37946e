package org.jiceng.party.internal.membership;

import static org.jiceng.Action.READ;
import static org.jiceng.Action.UPDATE;
import static org.jiceng.Resource.PARTY_MEMBER;

import java.time.Clock;
import java.time.LocalDate;
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
import org.jiceng.party.internal.membership.FlowingMemberRepository.NewRow;
import org.jiceng.party.internal.membership.FlowingMemberRepository.Row;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.SealedPhone;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 流动党员 and 候鸟 members. A flowing member is one of ours working away, registered with their own organisation
 * with where they are now and a phone to reach them; a 候鸟 member (seed 004) winters here, joins a local branch for
 * the season while their relation stays with the home organisation named. Phones are sealed by the people
 * module's key and shown masked; they never reach a log, a URL or an error message.
 */
@Service
public class FlowingMembers {

    static final String PHONE_PURPOSE = "party.flowing_member.phone";

    public enum Kind {
        FLOWING("流动党员"), MIGRANT("候鸟党员");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final PartyApi party;
    private final FlowingMemberRepository rows;
    private final ObjectProvider<PeopleApi> people;
    private final Clock clock;

    FlowingMembers(PartyApi party, FlowingMemberRepository rows, ObjectProvider<PeopleApi> people, Clock clock) {
        this.party = party;
        this.rows = rows;
        this.people = people;
        this.clock = clock;
    }

    public record Request(String kind, Long memberId, String name, String homeOrganisation, Long localOrganisationId,
                          String whereabouts, String phone, String since, String until) {
    }

    public record Ending(String until) {
    }

    public Page<Row> list(CurrentUser user, String territory, String kind, Boolean current, String after, int limit) {
        Scope scope = MembershipAccess.where(user, PARTY_MEMBER, READ);
        if (territory != null && !territory.isBlank()) {
            scope = MembershipAccess.narrowed(scope, territory);
        }
        Kind wanted = Input.optionalOneOf(Kind.class, kind, "kind", "类别", Kind::label);
        return Page.byId(rows.within(scope, wanted == null ? null : wanted.name(), !Boolean.FALSE.equals(current),
                Cursor.idAbove(after), limit + 1), limit, Row::id);
    }

    public Row find(long id, CurrentUser user) {
        return rows.find(id, MembershipAccess.where(user, PARTY_MEMBER, READ))
                .orElseThrow(() -> new NotFoundException("流动党员登记 " + id + " 不存在或不在您的辖区内"));
    }

    @Transactional
    public Row register(Request request, CurrentUser user) {
        Scope scope = MembershipAccess.where(user, PARTY_MEMBER, UPDATE);
        Kind kind = Input.oneOf(Kind.class, request.kind(), "kind", "类别", Kind::label, null);
        LocalDate today = Beijing.today(clock);
        LocalDate since = Input.date(request.since(), "since", "开始日期", today);
        LocalDate until = Input.date(request.until(), "until", "预计结束日期", LocalDate.MAX);
        if (until.isBefore(since)) {
            throw new BadInputException("until", "预计结束日期（until）不能早于开始日期");
        }
        String whereabouts = Input.text(request.whereabouts(), "whereabouts",
                kind == Kind.FLOWING ? "外出所在地" : "在本地居住地", 1, 100);
        NewRow row;
        if (kind == Kind.FLOWING) {
            MemberView member = MembershipAccess.member(party, Input.id(request.memberId(), "memberId", "党员编号"), scope);
            if (rows.openForMember(member.id())) {
                throw new ConflictException(member.name() + " 已登记为流动党员，返回后再重新登记");
            }
            SealedPhone phone = phone(request.phone());
            row = new NewRow(kind.name(), member.id(), member.name(), member.territoryCode(), member.organisationName(),
                    null, whereabouts, phone == null ? null : phone.sealed(), phone == null ? null : phone.masked(), since,
                    until == LocalDate.MAX ? null : until);
        } else {
            String name = Input.text(request.name(), "name", "姓名", 1, 30);
            String home = Input.text(request.homeOrganisation(), "homeOrganisation", "组织关系所在党组织", 1, 100);
            OrganisationView local = MembershipAccess.organisation(party,
                    Input.id(request.localOrganisationId(), "localOrganisationId", "临时参加的本地党组织"), scope);
            if (!local.level().enrolsMembers() || !local.active()) {
                throw new BadInputException("localOrganisationId", "候鸟党员须临时编入在册的党支部或党小组，“" + local.name() + "”不是");
            }
            SealedPhone phone = phone(request.phone());
            row = new NewRow(kind.name(), null, name, local.territoryCode(), home, local.id(), whereabouts,
                    phone == null ? null : phone.sealed(), phone == null ? null : phone.masked(), since,
                    until == LocalDate.MAX ? null : until);
        }
        return rows.find(rows.insert(row), scope).orElseThrow();
    }

    @Transactional
    public Row end(long id, Ending ending, CurrentUser user) {
        Scope scope = MembershipAccess.where(user, PARTY_MEMBER, UPDATE);
        Row row = rows.find(id, scope)
                .orElseThrow(() -> new NotFoundException("流动党员登记 " + id + " 不存在或不在您的辖区内"));
        LocalDate until = Input.date(ending == null ? null : ending.until(), "until", "结束日期", Beijing.today(clock));
        if (until.isBefore(row.since())) {
            throw new BadInputException("until", "结束日期（until）不能早于开始日期 " + row.since());
        }
        if (row.until() != null && !row.until().isAfter(Beijing.today(clock))) {
            throw new ConflictException("该登记已于 " + row.until() + " 结束");
        }
        rows.end(id, row.territoryCode(), until);
        return rows.find(id, scope).orElseThrow();
    }

    private SealedPhone phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        PeopleApi register = people.getIfAvailable();
        if (register == null) {
            throw new BadInputException("phone", "人口模块尚未启用，暂时无法登记联系电话");
        }
        try {
            return register.sealPhone(PHONE_PURPOSE, phone);
        } catch (BadInputException e) {
            // the message of the register quotes the number typed: say what is wrong without repeating it
            throw new BadInputException("phone", "联系电话（phone）格式不正确：手机号应为 1 开头的 11 位数字，固定电话应带区号");
        }
    }
}
