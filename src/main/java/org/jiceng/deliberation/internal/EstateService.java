package org.jiceng.deliberation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiceng.Action;
import org.jiceng.Resource;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.NotFoundException;
import org.jiceng.deliberation.Art278;
import org.jiceng.deliberation.EstateView;
import org.jiceng.identity.IdentityApi;
import org.jiceng.territory.Level;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering an estate's owners' roll: units, owners, registered areas; checked whole before anything is written. */
@Service
public class EstateService {

    static final int MAX_UNITS = 20_000;
    static final String DEVELOPER = "开发建设单位";
    private static final int MAX_PROBLEMS = 5;

    private final EstateRepository estates;
    private final TerritoryApi territory;
    private final IdentityApi identity;

    EstateService(EstateRepository estates, TerritoryApi territory, IdentityApi identity) {
        this.estates = estates;
        this.territory = territory;
        this.identity = identity;
    }

    /** The roll as sent: {@code area} a decimal string; {@code username} links the owner to their account. */
    public record NewEstate(String name, String territoryCode, List<NewUnit> units) {
    }

    public record NewUnit(String unit, String owner, String area, Boolean developerUnsold, String username) {
    }

    @Transactional
    public long create(CurrentUser user, NewEstate input) {
        DeliberationAccess.required(user, Resource.ESTATE, Action.CREATE);
        String name = input.name() == null ? "" : input.name().strip();
        if (org.jiceng.Text.length(name) < 2 || org.jiceng.Text.length(name) > 100) {
            throw new BadInputException("name", "请填写小区名称（2 到 100 个字）");
        }
        String code = input.territoryCode();
        if (Level.ofCode(code) != Level.VILLAGE || territory.division(code).isEmpty()) {
            throw new BadInputException("territoryCode 须为小区所在村（社区）的 12 位代码");
        }
        if (!DeliberationAccess.may(user, Resource.ESTATE, Action.CREATE, code)) {
            throw new ForbiddenException("村（社区）" + code + " 不在您的辖区内");
        }
        List<NewUnit> rows = input.units() == null ? List.of() : input.units();
        if (rows.isEmpty() || rows.size() > MAX_UNITS) {
            throw new BadInputException("业主名册 units 须有 1 到 " + MAX_UNITS + " 套房屋");
        }
        List<Art278.Unit> units = new ArrayList<>(rows.size());
        Map<String, String> usernames = new HashMap<>();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size() && problems.size() < MAX_PROBLEMS; i++) {
            NewUnit row = rows.get(i);
            String where = "第 " + (i + 1) + " 套";
            String unit = row == null || row.unit() == null ? "" : row.unit().strip();
            if (unit.isEmpty() || org.jiceng.Text.length(unit) > 50) {
                problems.add(where + "：请填写房号 unit（50 字以内），如 1-2-301");
                continue;
            }
            where += "（" + unit + "）";
            if (!seen.add(unit)) {
                problems.add(where + "：房号重复登记");
                continue;
            }
            boolean developer = Boolean.TRUE.equals(row.developerUnsold());
            String owner = row.owner() == null ? "" : row.owner().strip();
            if (owner.isEmpty() && developer) {
                owner = DEVELOPER;
            }
            if (owner.isEmpty() || org.jiceng.Text.length(owner) > 100) {
                problems.add(where + "：请填写业主 owner（100 字以内）");
                continue;
            }
            long area;
            try {
                area = Art278.parseArea(row.area());
            } catch (IllegalArgumentException e) {
                problems.add(where + "：" + e.getMessage());
                continue;
            }
            String username = row.username() == null || row.username().isBlank() ? null : row.username().strip();
            if (username != null) {
                String earlier = usernames.putIfAbsent(owner, username);
                if (earlier != null && !earlier.equals(username)) {
                    problems.add(where + "：业主“" + owner + "”已关联账号 " + earlier + "，不能再关联 " + username);
                    continue;
                }
            }
            units.add(new Art278.Unit(unit, owner, area, developer));
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("业主名册有误，未保存：" + String.join("；", problems));
        }
        List<Art278.Owner> owners;
        try {
            owners = Art278.owners(units);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("业主名册有误，未保存：" + e.getMessage());
        }
        Map<String, Long> users = users(usernames);
        long total = owners.stream().mapToLong(Art278.Owner::area).sum();
        long id = estates.insert(code, name, units.size(), owners.size(), total, user.username());
        estates.insertUnits(id, units, estates.insertOwners(id, owners, users));
        return id;
    }

    /** Owner name → user id; a user may stand for one owner of an estate only. */
    private Map<String, Long> users(Map<String, String> usernames) {
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> ownerOfUser = new HashMap<>();
        usernames.forEach((owner, username) -> {
            String other = ownerOfUser.putIfAbsent(username, owner);
            if (other != null) {
                throw new BadInputException("业主名册有误，未保存：账号 " + username + " 同时关联了业主“" + other + "”和“" + owner + "”");
            }
            CurrentUser account = identity.findByUsername(username)
                    .orElseThrow(() -> new BadInputException("业主名册有误，未保存：账号 " + username + " 不存在"));
            ids.put(owner, account.id());
        });
        return ids;
    }

    public EstateView view(CurrentUser user, long id) {
        return estates.find(id, DeliberationAccess.scope(user, Resource.ESTATE, Action.READ))
                .orElseThrow(() -> new NotFoundException("小区 " + id + " 不存在或不在您的辖区内"));
    }

    public List<EstateView> list(CurrentUser user) {
        return estates.list(DeliberationAccess.scope(user, Resource.ESTATE, Action.READ), 200);
    }

    /** The owners of an estate the user may read, by name. */
    public List<EstateOwner> owners(CurrentUser user, long id) {
        view(user, id);
        return estates.owners(id);
    }
}
