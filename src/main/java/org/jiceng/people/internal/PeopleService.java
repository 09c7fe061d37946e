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
import java.util.function.Consumer;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Role;
import org.jiceng.Scope;
import org.jiceng.people.HouseholdMove;
import org.jiceng.people.HouseholdView;
import org.jiceng.people.IdNumber;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.Phone;
import org.jiceng.people.ResidentSummary;
import org.jiceng.people.ResidentView;
import org.jiceng.territory.Level;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The household register: adding people, finding them, moving them, and revealing numbers on record. */
@Service
public class PeopleService implements PeopleApi {

    static final String ID_FIELD = "id_number";
    static final String PHONE_FIELD = "phone";
    static final List<String> RELATIONS = List.of("户主", "配偶", "子女", "父母", "孙子女", "兄弟姐妹", "其他");

    private final ResidentRepository residents;
    private final HouseholdRepository households;
    private final RevealLog reveals;
    private final TagCatalog tags;
    private final PersonalDataCipher cipher;
    private final TerritoryApi territory;
    private final Clock clock;

    PeopleService(ResidentRepository residents, HouseholdRepository households, RevealLog reveals, TagCatalog tags,
                  PersonalDataCipher cipher, TerritoryApi territory) {
        this.residents = residents;
        this.households = households;
        this.reveals = reveals;
        this.tags = tags;
        this.cipher = cipher;
        this.territory = territory;
        this.clock = Clock.system(java.time.ZoneId.of("Asia/Shanghai"));
    }

    public record NewResident(Long householdId, String name, String relation, String idNumber, String phone,
                              List<String> tags) {
    }

    public record Revealed(String idNumber, String phone) {
    }

    @Override
    public Optional<ResidentView> resident(long id, Scope scope) {
        return residents.find(id, scope);
    }

    @Override
    public org.jiceng.people.SealedPhone sealPhone(String purpose, String phone) {
        Phone checked = Phone.parse(phone);
        return new org.jiceng.people.SealedPhone(cipher.encrypt("sealed:" + purpose, checked.value()), checked.masked());
    }

    @Override
    public void forEachResident(String territoryPrefix, Consumer<ResidentSummary> consumer) {
        residents.forEach(territoryPrefix, consumer);
    }

    @Override
    public Optional<HouseholdView> household(long id, Scope scope) {
        return households.find(id, scope);
    }

    @Override
    public long countHouseholds(String territoryPrefix) {
        return households.count(Scope.of(territoryPrefix));
    }

    public List<ResidentView> members(long householdId) {
        return residents.inHousehold(householdId);
    }

    public List<HouseholdView> households(String prefix, Scope scope, long afterId, int limit) {
        return households.under(prefix, scope, afterId, limit);
    }

    @Transactional
    public long createHousehold(CurrentUser user, String gridCode, String address, Long buildingId) {
        requireEditor(user);
        if (gridCode == null || Level.ofCode(gridCode) != Level.GRID) {
            throw new BadInputException("所属网格 territoryCode 须为 15 位网格代码");
        }
        if (territory.grid(gridCode, user.scope()).isEmpty()) {
            throw new BadInputException("网格 " + gridCode + " 不存在或不在您的辖区内");
        }
        String trimmed = address == null ? "" : address.strip();
        if (trimmed.isEmpty() || org.jiceng.Text.length(trimmed) > 200) {
            throw new BadInputException("请填写住址（200 字以内）");
        }
        if (buildingId != null && !households.buildingGrid(buildingId).map(gridCode::equals).orElse(false)) {
            throw new BadInputException("楼栋/院落 " + buildingId + " 不在网格 " + gridCode + " 内");
        }
        return households.insert(gridCode, trimmed, buildingId);
    }

    @Transactional
    public long createResident(CurrentUser user, NewResident input) {
        requireEditor(user);
        if (input.householdId() == null) {
            throw new BadInputException("请指定所在户 householdId");
        }
        HouseholdView household = households.find(input.householdId(), user.scope())
                .orElseThrow(() -> new BadInputException("户 " + input.householdId() + " 不存在或不在您的辖区内"));
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || org.jiceng.Text.length(name) > 50) {
            throw new BadInputException("请填写姓名（50 字以内）");
        }
        String relation = input.relation() == null || input.relation().isBlank() ? "其他" : input.relation().strip();
        if (!RELATIONS.contains(relation)) {
            throw new BadInputException("与户主关系须为以下之一：" + String.join("、", RELATIONS));
        }
        IdNumber id = IdNumber.parse(input.idNumber(), LocalDate.now(clock));
        byte[] idIndex = cipher.blindIndex(ID_FIELD, id.value());
        if (residents.idNumberTaken(idIndex)) {
            throw new BadInputException("该身份证号码已在户籍中登记，不能重复登记；如需迁入请使用“迁移”");
        }
        Phone phone = input.phone() == null || input.phone().isBlank() ? null : Phone.parse(input.phone());
        List<String> tagCodes = tagCodes(input.tags());
        return residents.insert(new ResidentRepository.NewResident(household.id(), household.territoryCode(), name,
                relation, id, cipher.encrypt(ID_FIELD, id.value()), idIndex,
                phone == null ? null : phone.masked(),
                phone == null ? null : cipher.encrypt(PHONE_FIELD, phone.value()),
                phone == null ? null : cipher.blindIndex(PHONE_FIELD, phone.value()), tagCodes));
    }

    /** Full ID and phone numbers for roles that need them, each reveal written to the access log. */
    @Transactional
    public Revealed reveal(CurrentUser user, long residentId, String reason) {
        if (!user.hasAny(Role.GRID_WORKER, Role.VILLAGE_STAFF, Role.TOWN_STAFF, Role.COUNTY_ADMIN)) {
            throw new org.jiceng.ForbiddenException("您的角色不能查看完整的身份证号码和电话号码");
        }
        if (reason == null || org.jiceng.Text.length(reason.strip()) < 2) {
            throw new BadInputException("查看完整信息须填写事由（如“核实低保申请”），事由将记入访问日志");
        }
        var secrets = residents.secrets(residentId, user.scope())
                .orElseThrow(() -> new NotFoundException("居民 " + residentId + " 不存在或不在您的辖区内"));
        String idNumber = cipher.decrypt(ID_FIELD, secrets.idNumberCipher());
        String phone = secrets.phoneCipher() == null ? null : cipher.decrypt(PHONE_FIELD, secrets.phoneCipher());
        reveals.record(user.username(), residentId, secrets.territoryCode(),
                phone == null ? "身份证号码" : "身份证号码,电话号码", reason.strip());
        return new Revealed(idNumber, phone);
    }

    public List<RevealLog.Entry> revealsOf(long residentId, Scope scope) {
        return reveals.ofResident(residentId, scope);
    }

    /**
     * Search within the scope: an 18-character ID number or a phone number is matched exactly through its
     * blind index; anything else is a name prefix.
     */
    public List<ResidentView> search(String query, Scope scope, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            throw new BadInputException("请输入姓名、身份证号码或电话号码");
        }
        if (q.length() == 18 && q.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return residents.byIdIndex(cipher.blindIndex(ID_FIELD, q.toUpperCase()), scope);
        }
        String digits = q.replace(" ", "").replace("-", "");
        if (digits.length() >= 7 && digits.chars().allMatch(Character::isDigit)) {
            // a number that is no phone number matches nobody: the blind index finds whole numbers only
            try {
                return residents.byPhoneIndex(cipher.blindIndex(PHONE_FIELD, Phone.parse(digits).value()), scope);
            } catch (BadInputException notAPhone) {
                return List.of();
            }
        }
        return residents.byNamePrefix(q, scope, "", 0, limit);
    }

    /** Moves a member to another household in the scope, or out of the register when {@code toHousehold} is null. */
    @Transactional
    public void move(CurrentUser user, long residentId, Long toHouseholdId, String relation, String reason, Integer version) {
        requireEditor(user);
        ResidentView resident = residents.find(residentId, user.scope())
                .orElseThrow(() -> new NotFoundException("居民 " + residentId + " 不存在或不在您的辖区内"));
        if (reason == null || reason.isBlank()) {
            throw new BadInputException("请填写迁移原因");
        }
        HouseholdView target = null;
        if (toHouseholdId != null) {
            target = households.find(toHouseholdId, user.scope())
                    .orElseThrow(() -> new BadInputException("迁入的户 " + toHouseholdId + " 不存在或不在您的辖区内"));
            if (target.id() == (resident.householdId() == null ? -1 : resident.householdId())) {
                throw new BadInputException("该居民已在此户中");
            }
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
    }

    /** 整户迁移 or a corrected address: the household and its members move together, with a history entry. */
    @Transactional
    public void moveHousehold(CurrentUser user, long id, String gridCode, String address, String reason, Integer version) {
        requireEditor(user);
        HouseholdView household = households.find(id, user.scope())
                .orElseThrow(() -> new NotFoundException("户 " + id + " 不存在或不在您的辖区内"));
        String grid = gridCode == null || gridCode.isBlank() ? household.territoryCode() : gridCode.strip();
        if (Level.ofCode(grid) != Level.GRID || territory.grid(grid, user.scope()).isEmpty()) {
            throw new BadInputException("网格 " + grid + " 不存在或不在您的辖区内");
        }
        String newAddress = address == null ? "" : address.strip();
        if (newAddress.isEmpty() || org.jiceng.Text.length(newAddress) > 200) {
            throw new BadInputException("请填写新住址（200 字以内）");
        }
        if (reason == null || reason.isBlank()) {
            throw new BadInputException("请填写迁移或更正的原因");
        }
        if (!households.move(id, version != null ? version : household.version(), grid, newAddress)) {
            throw new org.springframework.dao.OptimisticLockingFailureException("户 " + id + " 已被他人修改");
        }
        households.recordMove(id, household.territoryCode(), grid, household.address(), newAddress, reason.strip(),
                user.username());
    }

    public List<HouseholdMove> history(long householdId) {
        return households.history(householdId);
    }

    public List<HouseholdView> householdsByAddress(String words, Scope scope) {
        if (words == null || words.isBlank()) {
            return List.of();
        }
        return households.byAddress(words.strip(), scope, 50);
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

    private static void requireEditor(CurrentUser user) {
        if (!user.hasAny(Role.GRID_WORKER, Role.VILLAGE_STAFF, Role.TOWN_STAFF, Role.COUNTY_ADMIN)) {
            throw new org.jiceng.ForbiddenException("只有网格员和村、乡镇、县级工作人员可以维护户籍台账");
        }
    }
}
