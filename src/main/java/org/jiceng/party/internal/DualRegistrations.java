package org.jiceng.party.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.Beijing;
import org.jiceng.Cursor;
import org.jiceng.Action;
import org.jiceng.Input;
import org.jiceng.Resource;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Scope;
import org.jiceng.party.MemberView;
import org.jiceng.party.ServiceRecorded;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.Level;
import org.jiceng.territory.TerritoryApi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 双报到: the party organisation of an in-service unit, or an in-service member, registers with a community
 * and records the service given there (seed 004: "机关企事业单位、在职党员到社区报到").
 */
@Service
public class DualRegistrations {

    static final int UNIT_MAX = 100;
    static final int DESCRIPTION_MAX = 500;
    static final int MINUTES_PER_DAY = 24 * 60;

    private final DualRegistrationRepository registrations;
    private final MemberRepository members;
    private final TerritoryApi territory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DualRegistrations(DualRegistrationRepository registrations, MemberRepository members, TerritoryApi territory,
                      ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.registrations = registrations;
        this.members = members;
        this.territory = territory;
        this.events = events;
    }

    public record Request(String communityCode, String unitName, Long memberId, String registeredOn) {
    }

    public record ServiceRequest(String servedOn, Integer minutes, String description) {
    }

    public record Registration(long id, String communityCode, String registrant, boolean unit, Long memberId,
                               LocalDate registeredOn, long services, long minutes) {
    }

    public Optional<Registration> find(long id, Scope scope) {
        return registrations.find(id, scope).map(DualRegistrations::view);
    }

    public Page<Registration> within(Scope scope, String after, int limit) {
        List<Registration> found = registrations.within(scope, Cursor.idAbove(after), limit + 1).stream()
                .map(DualRegistrations::view).toList();
        return Page.byId(found, limit, Registration::id);
    }

    /**
     * An in-service member registers with a community of the county they live in (居住地社区报到): the registration
     * and the member share a county, the key they are kept by (docs/scale.md).
     */
    static void requireHomeCounty(String memberTerritory, String community) {
        if (!org.jiceng.County.same(memberTerritory, community)) {
            throw new BadInputException("memberId", "在职党员须到居住地所在县（市、区）的社区报到");
        }
    }

    @Transactional
    public long register(Request request, CurrentUser user) {
        Scope scope = PartyAccess.where(user, Resource.DUAL_REGISTRATION, Action.CREATE);
        String community = community(request.communityCode(), scope);
        String unit = Input.optionalText(request.unitName(), "unitName", "报到单位", UNIT_MAX);
        if ((unit == null) == (request.memberId() == null)) {
            throw new BadInputException("请填写报到单位 unitName（单位报到）或党员编号 memberId（个人报到），二者选一");
        }
        Long memberId = null;
        if (request.memberId() != null) {
            long id = Input.id(request.memberId(), "memberId", "党员编号");
            MemberView member = members.find(id, scope)
                    .orElseThrow(() -> new NotFoundException("党员 " + id + " 不存在或不在您的辖区内"));
            if (!member.inService()) {
                throw new BadInputException("只有在职党员到社区报到：" + member.name() + " 未登记为在职党员");
            }
            requireHomeCounty(member.territoryCode(), community);
            memberId = id;
        }
        LocalDate today = Beijing.today(clock);
        LocalDate on = Input.date(request.registeredOn(), "registeredOn", "报到日期", today);
        if (on.isAfter(today)) {
            throw new BadInputException("报到日期 " + on + " 不能晚于今天");
        }
        if (registrations.exists(community, unit, memberId)) {
            throw new BadInputException((unit != null ? unit : "该党员") + " 已在该社区报到，无需重复报到");
        }
        return registrations.insert(community, unit, memberId, on);
    }

    @Transactional
    public long recordService(long registrationId, ServiceRequest request, CurrentUser user) {
        Scope scope = PartyAccess.where(user, Resource.DUAL_REGISTRATION, Action.ACT);
        var registration = registrations.find(registrationId, scope)
                .orElseThrow(() -> new NotFoundException("报到记录 " + registrationId + " 不存在或不在您的辖区内"));
        LocalDate servedOn = Input.date(request.servedOn(), "servedOn", "服务日期", null);
        if (servedOn.isAfter(Beijing.today(clock))) {
            throw new BadInputException("服务日期 " + servedOn + " 不能晚于今天");
        }
        if (servedOn.isBefore(registration.registeredOn())) {
            throw new BadInputException("服务日期 " + servedOn + " 早于报到日期 " + registration.registeredOn());
        }
        if (request.minutes() == null || request.minutes() <= 0 || request.minutes() > MINUTES_PER_DAY) {
            throw new BadInputException("服务时长 minutes 须为 1 到 " + MINUTES_PER_DAY + " 之间的分钟数");
        }
        String description = Input.text(request.description(), "description", "服务内容", 1, DESCRIPTION_MAX);
        long id = registrations.insertService(registrationId, servedOn, request.minutes(), description);
        events.publishEvent(new ServiceRecorded(id, registration.communityCode(), registration.memberId(), servedOn,
                request.minutes()));
        return id;
    }

    /** A 12-digit community (village) code that exists inside the scope. */
    private String community(String code, Scope scope) {
        if (Level.ofCode(code) != Level.VILLAGE) {
            throw new BadInputException("communityCode 须为 12 位村(社区)代码");
        }
        if (!scope.covers(code)) {
            throw new ForbiddenException("村(社区) " + code + " 不在您的辖区内");
        }
        DivisionView division = territory.division(code)
                .orElseThrow(() -> new NotFoundException("村(社区) " + code + " 不存在"));
        return division.code();
    }

    private static Registration view(DualRegistrationRepository.Registration r) {
        return new Registration(r.id(), r.communityCode(), r.registrant(), r.unitName() != null, r.memberId(),
                r.registeredOn(), r.services(), r.minutes());
    }
}
