package org.jiceng.people.internal;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.Resource;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Scope;
import org.jiceng.people.HouseholdMove;
import org.jiceng.people.HouseholdsChanged;
import org.jiceng.people.HouseholdView;
import org.jiceng.people.IdNumber;
import org.jiceng.people.Phone;
import org.jiceng.people.ResidentView;
import org.jiceng.territory.Level;
import org.jiceng.territory.TerritoryApi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The household register: adding people, finding them, moving them, and revealing numbers on record. */
@Service
public class PeopleService {

    public static final String ID_FIELD = "id_number";
    public static final String PHONE_FIELD = "phone";
    public static final List<String> RELATIONS = List.of("户主", "配偶", "子女", "父母", "孙子女", "兄弟姐妹", "其他");

    private final ResidentRepository residents;
    private final HouseholdRepository households;
    private final AccessLog log;
    private final PeopleAccess access;
    private final TagCatalog tags;
    private final PersonalDataCipher cipher;
    private final TerritoryApi territory;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PeopleService(ResidentRepository residents, HouseholdRepository households, AccessLog log, PeopleAccess access,
                  TagCatalog tags, PersonalDataCipher cipher, TerritoryApi territory, Clock clock,
                  ApplicationEventPublisher events) {
        this.events = events;
        this.residents = residents;
        this.households = households;
        this.log = log;
        this.access = access;
        this.tags = tags;
        this.cipher = cipher;
        this.territory = territory;
        this.clock = clock;
    }

    public record NewResident(Long householdId, String name, String relation, String idNumber, String phone,
                              List<String> tags) {
    }

    public record Revealed(String idNumber, String phone) {
    }

    /**
     * Said to anyone whose new or imported resident has an ID number already on record, wherever it is: the
     * same words whether the number is in the caller's own territory or another town's, so a refusal never
     * tells where, or to whom, a number is registered. What stays knowable is the one fact uniqueness needs,
     * that the number is on record somewhere, and only by a fully valid request into one's own territory.
     */
    public static final String NUMBER_NOT_ACCEPTED =
            "该身份证号码无法在此登记：请核对号码是否有误；如此人已有户籍登记，请由其现登记地通过“迁移”办理";

    public LocalDate today() {
        return Beijing.today(clock);
    }

    /** A household the person may read: in their territory, or their own (404 for anything else). */
    public Optional<HouseholdView> readableHousehold(CurrentUser user, long id) {
        Optional<HouseholdView> found = households.find(id, access.readScope(user));
        if (found.isEmpty()) {
            found = access.home(user).filter(h -> h.householdId() == id)
                    .flatMap(h -> households.find(id, Scope.of(h.territoryCode())));
        }
        return found.filter(h -> access.mayRead(user, h));
    }

    /** A resident the person may read: in their territory, or of their own household (404 for anything else). */
    public Optional<ResidentView> readableResident(CurrentUser user, long id) {
        Optional<ResidentView> found = residents.find(id, access.readScope(user));
        if (found.isEmpty()) {
            found = access.home(user).flatMap(h -> residents.find(id, Scope.of(h.territoryCode())))
                    .filter(r -> access.mayRead(user, r));
        }
        return found;
    }

    /** The household of the resident the account is linked to, if any. */
    public Optional<HouseholdView> ownHousehold(CurrentUser user) {
        return access.home(user).flatMap(h -> households.find(h.householdId(), Scope.of(h.territoryCode())));
    }

    /**
     * A page of an area's households, for a reader of that area, with one more than {@code pageSize} when
     * a next page exists; every such page is in the access log with the households shown.
     */
    public List<HouseholdView> listHouseholds(CurrentUser user, String prefix, long afterId, int pageSize) {
        access.requireListable(user, prefix);
        List<HouseholdView> page = households.under(prefix, access.readScope(user), afterId, pageSize + 1);
        log.record(user.username(), AccessKind.LIST, prefix, "户籍列表（号码已脱敏）", null,
                Math.min(page.size(), pageSize));
        return page;
    }

    public ShownResident shown(ResidentView resident) {
        return ShownResident.of(resident, today());
    }

    /** The members of a household the caller has been allowed to read. */
    public List<ShownResident> members(long householdId) {
        LocalDate today = today();
        return residents.inHousehold(householdId).stream().map(r -> ShownResident.of(r, today)).toList();
    }

    /** The households a member may be moved to: those in the caller's editing scope under {@code prefix}. */
    public List<HouseholdView> moveTargets(CurrentUser user, String prefix, int limit) {
        return households.under(prefix, access.editScope(user), 0, limit);
    }

    @Transactional
    public long createHousehold(CurrentUser user, String gridCode, String address, Long buildingId) {
        if (gridCode == null || Level.ofCode(gridCode) != Level.GRID) {
            throw new BadInputException("所属网格 territoryCode 须为 15 位网格代码");
        }
        if (territory.grid(gridCode, access.editScope(user)).isEmpty()) {
            throw new BadInputException("网格 " + gridCode + " 不存在或不在您的辖区内");
        }
        String trimmed = address == null ? "" : address.strip();
        if (trimmed.isEmpty() || org.jiceng.Text.length(trimmed) > 200) {
            throw new BadInputException("address", "请填写住址（200 字以内）");
        }
        if (buildingId != null && !households.buildingGrid(buildingId).map(gridCode::equals).orElse(false)) {
            throw new BadInputException("楼栋/院落 " + buildingId + " 不在网格 " + gridCode + " 内");
        }
        long id = households.insert(gridCode, trimmed, buildingId);
        events.publishEvent(new HouseholdsChanged(gridCode));
        return id;
    }

    @Transactional
    public long createResident(CurrentUser user, NewResident input) {
        if (input.householdId() == null) {
            throw new BadInputException("请指定所在户 householdId");
        }
        HouseholdView household = households.find(input.householdId(), access.editScope(user))
                .orElseThrow(() -> new BadInputException("户 " + input.householdId() + " 不存在或不在您的辖区内"));
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || org.jiceng.Text.length(name) > 50) {
            throw new BadInputException("name", "请填写姓名（50 字以内）");
        }
        String relation = input.relation() == null || input.relation().isBlank() ? "其他" : input.relation().strip();
        if (!RELATIONS.contains(relation)) {
            throw new BadInputException("与户主关系须为以下之一：" + String.join("、", RELATIONS));
        }
        IdNumber id = IdNumber.parse(input.idNumber(), Beijing.today(clock));
        Phone phone = input.phone() == null || input.phone().isBlank() ? null : Phone.parse(input.phone());
        List<String> tagCodes = tagCodes(input.tags());
        // last, so that only an otherwise valid request into one's own household learns the number is taken
        byte[] idIndex = cipher.blindIndex(ID_FIELD, id.value());
        if (residents.idNumberTaken(idIndex)) {
            throw new ConflictException(NUMBER_NOT_ACCEPTED);
        }
        long created = residents.insert(new ResidentRepository.NewResident(household.id(), household.territoryCode(), name,
                relation, id, cipher.encrypt(ID_FIELD, id.value()), idIndex,
                phone == null ? null : phone.masked(),
                phone == null ? null : cipher.encrypt(PHONE_FIELD, phone.value()),
                phone == null ? null : cipher.blindIndex(PHONE_FIELD, phone.value()), tagCodes));
        // a new member changes the household's head, size or care tags
        events.publishEvent(new HouseholdsChanged(household.territoryCode()));
        return created;
    }

    /**
     * Full ID and phone numbers for roles that need them, each reveal written to the access log: 404 for a
     * resident the person may not read at all, 403 for one they may read but not reveal.
     */
    @Transactional
    public Revealed reveal(CurrentUser user, long residentId, String reason) {
        ResidentView resident = readableResident(user, residentId)
                .orElseThrow(() -> new NotFoundException("居民 " + residentId + " 不存在或不在您的辖区内"));
        if (!access.mayReveal(user, resident)) {
            throw AccessPolicy.refusal(Resource.PERSONAL_NUMBER, Action.REVEAL);
        }
        if (reason == null || org.jiceng.Text.length(reason.strip()) < 2) {
            throw new BadInputException("查看完整信息须填写事由（如“核实低保申请”），事由将记入访问日志");
        }
        var secrets = residents.secrets(residentId, Scope.of(resident.territoryCode())).orElseThrow();
        String idNumber = cipher.decrypt(ID_FIELD, secrets.idNumberCipher());
        String phone = secrets.phoneCipher() == null ? null : cipher.decrypt(PHONE_FIELD, secrets.phoneCipher());
        log.reveal(user.username(), residentId, secrets.territoryCode(),
                phone == null ? "身份证号码" : "身份证号码,电话号码", reason.strip());
        return new Revealed(idNumber, phone);
    }

    /** Moves a member to another household in the scope, or out of the register when {@code toHousehold} is null. */
    @Transactional
    public void move(CurrentUser user, long residentId, Long toHouseholdId, String relation, String reason, Integer version) {
        ResidentView resident = residents.find(residentId, access.editScope(user))
                .orElseThrow(() -> new NotFoundException("居民 " + residentId + " 不存在或不在您的辖区内"));
        if (reason == null || reason.isBlank()) {
            throw new BadInputException("reason", "请填写迁移原因");
        }
        HouseholdView target = null;
        if (toHouseholdId != null) {
            target = households.find(toHouseholdId, access.editScope(user))
                    .orElseThrow(() -> new BadInputException("迁入的户 " + toHouseholdId + " 不存在或不在您的辖区内"));
            if (target.id() == (resident.householdId() == null ? -1 : resident.householdId())) {
                throw new BadInputException("该居民已在此户中");
            }
            CountyMoves.requireSameCounty("toHouseholdId", resident.territoryCode(), target.territoryCode());
        }
        String newRelation = relation == null || relation.isBlank() ? "其他" : relation.strip();
        if (!RELATIONS.contains(newRelation)) {
            throw new BadInputException("与户主关系须为以下之一：" + String.join("、", RELATIONS));
        }
        int expected = version != null ? version : residents.version(residentId);
        String toTerritory = target == null ? resident.territoryCode() : target.territoryCode();
        if (!residents.move(residentId, expected, target == null ? null : target.id(), toTerritory, newRelation)) {
            throw new org.springframework.dao.OptimisticLockingFailureException("居民 " + residentId + " 已被他人修改");
        }
        residents.recordMove(residentId, resident.householdId(), target == null ? null : target.id(),
                resident.territoryCode(), toTerritory, reason.strip(), user.username());
        events.publishEvent(new HouseholdsChanged(resident.territoryCode()));
        if (!toTerritory.equals(resident.territoryCode())) {
            events.publishEvent(new HouseholdsChanged(toTerritory));
        }
    }

    /** 整户迁移 or a corrected address: the household and its members move together, with a history entry. */
    @Transactional
    public void moveHousehold(CurrentUser user, long id, String gridCode, String address, String reason, Integer version) {
        HouseholdView household = households.find(id, access.editScope(user))
                .orElseThrow(() -> new NotFoundException("户 " + id + " 不存在或不在您的辖区内"));
        String grid = gridCode == null || gridCode.isBlank() ? household.territoryCode() : gridCode.strip();
        if (Level.ofCode(grid) != Level.GRID || territory.grid(grid, access.editScope(user)).isEmpty()) {
            throw new BadInputException("网格 " + grid + " 不存在或不在您的辖区内");
        }
        CountyMoves.requireSameCounty("territoryCode", household.territoryCode(), grid);
        String newAddress = address == null ? "" : address.strip();
        if (newAddress.isEmpty() || org.jiceng.Text.length(newAddress) > 200) {
            throw new BadInputException("address", "请填写新住址（200 字以内）");
        }
        if (reason == null || reason.isBlank()) {
            throw new BadInputException("reason", "请填写迁移或更正的原因");
        }
        if (!households.move(id, version != null ? version : household.version(), grid, newAddress)) {
            throw new org.springframework.dao.OptimisticLockingFailureException("户 " + id + " 已被他人修改");
        }
        households.recordMove(id, household.territoryCode(), grid, household.address(), newAddress, reason.strip(),
                user.username());
        events.publishEvent(new HouseholdsChanged(household.territoryCode()));
        if (!grid.equals(household.territoryCode())) {
            events.publishEvent(new HouseholdsChanged(grid));
        }
    }

    /** A readable household's history; other households are named only inside the reader's territory. */
    public List<HouseholdMove> history(CurrentUser user, long householdId) {
        return households.history(householdId, access.readScope(user));
    }

    /**
     * Which of the given ID numbers (valid, normalised) are already in the register, anywhere: looked up by
     * their blind index, so the numbers are never compared in plain text.
     */
    public Set<String> registeredAmong(Collection<String> idNumbers) {
        Map<ByteBuffer, String> byIndex = new HashMap<>();
        idNumbers.forEach(id -> byIndex.put(ByteBuffer.wrap(cipher.blindIndex(ID_FIELD, id)), id));
        List<byte[]> indexes = byIndex.keySet().stream().map(ByteBuffer::array).toList();
        Set<String> registered = new HashSet<>();
        residents.takenIdIndexes(indexes).forEach(index -> registered.add(byIndex.get(index)));
        return registered;
    }

    public Map<String, String> tagNames() {
        return tags.namesByCode();
    }

    private List<String> tagCodes(List<String> given) {
        if (given == null) {
            return List.of();
        }
        Map<String, String> known = tags.codesByCodeOrName();
        List<String> codes = new ArrayList<>();
        for (String tag : given) {
            String code = known.get(tag == null ? "" : tag.strip());
            if (code == null) {
                throw new BadInputException("未知的人员标签“" + tag + "”，可用标签：" + String.join("、", tags.namesByCode().values()));
            }
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

}
