package org.jiceng.party.internal.membership;

import static org.jiceng.Action.CREATE;
import static org.jiceng.Action.READ;
import static org.jiceng.Action.UPDATE;
import static org.jiceng.Resource.CENTRAL_HOUSEHOLD;
import static org.jiceng.Resource.PARTY_MEMBER;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.Cursor;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Scope;
import org.jiceng.party.MemberView;
import org.jiceng.party.PartyApi;
import org.jiceng.party.internal.membership.CentralHouseholdRepository.BoardLine;
import org.jiceng.party.internal.membership.CentralHouseholdRepository.Row;
import org.jiceng.people.HouseholdView;
import org.jiceng.people.PeopleApi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 党员中心户: a member named to serve the households around theirs (联户, households of the register in the same
 * community), and the 挂牌 list a community's residents may read: names, branches and how many households each
 * serves. Which households, and anything about them, is for party and community staff only.
 */
@Service
public class CentralHouseholds {

    static final int MAX_HOUSEHOLDS = 30;

    private final PartyApi party;
    private final CentralHouseholdRepository rows;
    private final ObjectProvider<PeopleApi> people;
    private final Clock clock;

    CentralHouseholds(PartyApi party, CentralHouseholdRepository rows, ObjectProvider<PeopleApi> people, Clock clock) {
        this.party = party;
        this.rows = rows;
        this.people = people;
        this.clock = clock;
    }

    public record Request(Long memberId, List<Long> householdIds, String since) {
    }

    public record Linking(Integer version, List<Long> householdIds) {
    }

    public record Ending(String until) {
    }

    public record Served(long id, String address, String head) {
    }

    public record Detail(Row centralHousehold, List<Served> households) {
    }

    public record Board(String community, List<BoardLine> lines) {
    }

    public Page<Row> list(CurrentUser user, String territory, Boolean current, String after, int limit) {
        Scope scope = staff(user);
        if (territory != null && !territory.isBlank()) {
            scope = MembershipAccess.narrowed(scope, territory);
        }
        return Page.byId(rows.within(scope, !Boolean.FALSE.equals(current), Cursor.idAbove(after), limit + 1), limit,
                Row::id);
    }

    public Detail find(long id, CurrentUser user) {
        Scope scope = staff(user);
        Row row = existing(id, scope);
        return detail(row, scope);
    }

    /** The 挂牌 list of a community: anyone whose scope reaches it (a resident their own community). */
    public Board board(CurrentUser user, String village) {
        Scope scope = MembershipAccess.where(user, CENTRAL_HOUSEHOLD, READ);
        if (village == null || !village.strip().matches("[0-9]{12}")) {
            throw new BadInputException("village", "请指定社区（村）代码 village，12 位数字");
        }
        String community = village.strip();
        if (!scope.covers(community)) {
            throw new ForbiddenException("社区 " + community + " 不在您可查看的范围内");
        }
        return new Board(community, rows.board(community));
    }

    @Transactional
    public Detail name(Request request, CurrentUser user) {
        Scope scope = MembershipAccess.where(user, CENTRAL_HOUSEHOLD, CREATE);
        MemberView member = MembershipAccess.member(party, Input.id(request.memberId(), "memberId", "党员编号"), scope);
        LocalDate since = Input.date(request.since(), "since", "挂牌日期", Beijing.today(clock));
        if (since.isAfter(Beijing.today(clock))) {
            throw new BadInputException("since", "挂牌日期（since）不能晚于今天");
        }
        List<Long> households = households(request.householdIds(), member, scope);
        String county = Affiliations.county(member);
        Row open = rows.openOf(county, member.id()).orElse(null);
        if (open != null && rows.households(county, open.id()).size() > 0) {
            throw new ConflictException(member.name() + " 已是党员中心户，联系的户请在其中心户记录中调整");
        }
        long id = open != null ? open.id() : rows.insert(county, member.id(), member.territoryCode(), since);
        Row row = rows.openOf(county, member.id()).orElseThrow();
        rows.link(county, id, row.version(), households);
        return detail(rows.find(id, scope).orElseThrow(), scope);
    }

    @Transactional
    public Detail link(long id, Linking linking, CurrentUser user) {
        Scope scope = MembershipAccess.where(user, CENTRAL_HOUSEHOLD, UPDATE);
        Row row = existing(id, scope);
        if (row.until() != null) {
            throw new ConflictException("该党员中心户已于 " + row.until() + " 摘牌");
        }
        MemberView member = MembershipAccess.member(party, row.memberId(), Scope.everything());
        List<Long> households = households(linking.householdIds(), member, scope);
        int version = linking.version() == null ? row.version() : linking.version();
        if (!rows.link(row.county(), id, version, households)) {
            throw new ConflictException("该党员中心户已被他人修改，请刷新后再试");
        }
        return detail(rows.find(id, scope).orElseThrow(), scope);
    }

    @Transactional
    public Detail end(long id, Ending ending, CurrentUser user) {
        Scope scope = MembershipAccess.where(user, CENTRAL_HOUSEHOLD, UPDATE);
        Row row = existing(id, scope);
        LocalDate until = Input.date(ending == null ? null : ending.until(), "until", "摘牌日期", Beijing.today(clock));
        if (until.isBefore(row.since())) {
            throw new BadInputException("until", "摘牌日期（until）不能早于挂牌日期 " + row.since());
        }
        if (!rows.end(row.county(), id, row.memberId(), until)) {
            throw new ConflictException("该党员中心户已于 " + row.until() + " 摘牌");
        }
        return detail(rows.find(id, scope).orElseThrow(), scope);
    }

    /** Staff read which households a member serves: those who read member records, never a resident. */
    private static Scope staff(CurrentUser user) {
        Scope members = AccessPolicy.scope(user, PARTY_MEMBER, READ);
        if (members.isEmpty()) {
            throw AccessPolicy.refusal(PARTY_MEMBER, READ);
        }
        return MembershipAccess.where(user, CENTRAL_HOUSEHOLD, READ).prefixes().stream()
                .filter(members::covers).collect(java.util.stream.Collectors.collectingAndThen(
                        java.util.stream.Collectors.toList(), Scope::new));
    }

    private Row existing(long id, Scope scope) {
        return rows.find(id, scope).orElseThrow(() -> new NotFoundException("党员中心户 " + id + " 不存在或不在您的辖区内"));
    }

    /** The households served: of the register, inside the scope and in the member's own community, each once. */
    private List<Long> households(List<Long> ids, MemberView member, Scope scope) {
        if (ids == null || ids.isEmpty()) {
            throw new BadInputException("householdIds", "请选择党员中心户联系的户（householdIds）");
        }
        LinkedHashSet<Long> unique = new LinkedHashSet<>(ids);
        if (unique.size() > MAX_HOUSEHOLDS) {
            throw new BadInputException("householdIds", "一名党员中心户联系的户不超过 " + MAX_HOUSEHOLDS + " 户");
        }
        PeopleApi register = people.getIfAvailable();
        if (register == null) {
            throw new BadInputException("householdIds", "人口模块尚未启用，暂时无法核对联系的户");
        }
        String community = member.territoryCode().substring(0, 12);
        List<Long> result = new ArrayList<>();
        for (Long id : unique) {
            if (id == null || id <= 0) {
                throw new BadInputException("householdIds", "户编号须为正整数");
            }
            HouseholdView household = register.household(id, scope)
                    .orElseThrow(() -> new BadInputException("householdIds", "户 " + id + " 不存在或不在您的辖区内"));
            if (!household.territoryCode().startsWith(community)) {
                throw new BadInputException("householdIds", "户 " + id + " 不在该党员所在的社区（村），党员中心户联系本社区的户");
            }
            result.add(id);
        }
        return result;
    }

    private Detail detail(Row row, Scope scope) {
        PeopleApi register = people.getIfAvailable();
        List<Served> served = rows.households(row.county(), row.id()).stream()
                .map(h -> register == null ? new Served(h, null, null) : register.household(h, Scope.everything())
                        .map(v -> new Served(h, v.address(), v.head())).orElse(new Served(h, null, null)))
                .toList();
        return new Detail(row, served);
    }
}
