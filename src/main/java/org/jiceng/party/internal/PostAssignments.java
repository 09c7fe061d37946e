package org.jiceng.party.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.jiceng.Beijing;
import org.jiceng.Action;
import org.jiceng.Input;
import org.jiceng.Resource;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.NotFoundException;
import org.jiceng.Scope;
import org.jiceng.party.PostKind;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.ResidentView;
import org.jiceng.territory.Level;
import org.jiceng.territory.TerritoryApi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigns the 三长 (片长/组长/邻长), the 双楼长 and grid workers: at a village or one of its grids inside the
 * user's scope, held by a resident of the register or, where the register is not running, by a named person.
 */
@Service
public class PostAssignments {

    static final int NAME_MAX = 20;
    static final int AREA_MAX = 40;

    private final PostRepository posts;
    private final TerritoryApi territory;
    private final ObjectProvider<PeopleApi> people;
    private final Clock clock;

    PostAssignments(PostRepository posts, TerritoryApi territory, ObjectProvider<PeopleApi> people, Clock clock) {
        this.clock = clock;
        this.posts = posts;
        this.territory = territory;
        this.people = people;
    }

    public record Request(String kind, String territoryCode, String area, Long buildingId, Long residentId,
                          String holderName, String since) {
    }

    @Transactional
    public long assign(Request request, CurrentUser user) {
        Scope scope = PartyAccess.where(user, Resource.PARTY_POST, Action.CREATE);
        PostKind kind = Input.oneOf(PostKind.class, request.kind(), "kind", "职务", PostKind::label, null);
        String code = territoryOf(kind, request.territoryCode(), scope);
        String area = Input.optionalText(request.area(), "area", "片、组、邻或楼栋名称", AREA_MAX);
        if (request.buildingId() != null && !kind.perBuilding()) {
            throw new BadInputException("只有政务楼长和居务楼长对应楼栋，" + kind.label() + "不填写 buildingId");
        }
        if (kind.perBuilding() && request.buildingId() == null && area == null) {
            throw new BadInputException(kind.label() + "须指明楼栋：填写 buildingId 或楼栋名称 area");
        }
        if (request.buildingId() != null && request.buildingId() <= 0) {
            throw new BadInputException("楼栋编号 buildingId 须为正整数");
        }
        LocalDate since = Input.date(request.since(), "since", "任职日期", Beijing.today(clock));
        if (since.isAfter(Beijing.today(clock))) {
            throw new BadInputException("任职日期 " + since + " 不能晚于今天");
        }
        String holder;
        if (request.residentId() != null) {
            holder = resident(Input.id(request.residentId(), "residentId", "居民编号"), scope).name();
        } else {
            holder = Input.text(request.holderName(), "holderName", "担任人姓名（或填写居民编号 residentId）", 1, NAME_MAX);
        }
        return posts.insert(new PostRepository.NewPost(kind, code, area, request.buildingId(), request.residentId(),
                holder, since));
    }

    /** A village (12 digits) or grid (15 digits) code that exists inside the scope; grid workers need a grid. */
    private String territoryOf(PostKind kind, String code, Scope scope) {
        Level level = Level.ofCode(code);
        if (level != Level.VILLAGE && level != Level.GRID) {
            throw new BadInputException("territoryCode 须为 12 位村(社区)代码或 15 位网格代码");
        }
        if (kind == PostKind.GRID_WORKER && level != Level.GRID) {
            throw new BadInputException("网格员须对应网格：territoryCode 须为 15 位网格代码");
        }
        if (!scope.covers(code)) {
            throw new ForbiddenException("区域 " + code + " 不在您的辖区内");
        }
        boolean exists = level == Level.GRID ? territory.grid(code, scope).isPresent()
                : territory.division(code).isPresent();
        if (!exists) {
            throw new NotFoundException((level == Level.GRID ? "网格 " : "村(社区) ") + code + " 不存在");
        }
        return code;
    }

    private ResidentView resident(long residentId, Scope scope) {
        PeopleApi register = people.getIfAvailable();
        if (register == null) {
            throw new BadInputException("人口模块尚未启用，无法按居民编号登记，请改填担任人姓名 holderName");
        }
        return register.resident(residentId, scope)
                .orElseThrow(() -> new NotFoundException("居民 " + residentId + " 不存在或不在您的辖区内"));
    }
}
