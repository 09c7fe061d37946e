package org.jiceng.people.internal;

import java.time.LocalDate;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.people.HouseholdView;
import org.jiceng.people.Phone;
import org.jiceng.people.ResidentView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding people in the register. A full ID or phone number is matched through its blind index, only for
 * roles that may search by full number and only in their territory, since a hit confirms whose a number is;
 * anything else is a name prefix or address words, for any register reader in their territory. Every
 * search is in the access log, with its hit count and never the words or number searched for.
 */
@Service
public class RegisterSearch {

    private static final int LIMIT = 50;

    private final ResidentRepository residents;
    private final HouseholdRepository households;
    private final PersonalDataCipher cipher;
    private final PeopleAccess access;
    private final AccessLog log;
    private final PeopleService people;

    RegisterSearch(ResidentRepository residents, HouseholdRepository households, PersonalDataCipher cipher,
                   PeopleAccess access, AccessLog log, PeopleService people) {
        this.residents = residents;
        this.households = households;
        this.cipher = cipher;
        this.access = access;
        this.log = log;
        this.people = people;
    }

    public record Found(List<ShownResident> residents, List<HouseholdView> households) {
    }

    /** Whether {@code query} is a whole ID or phone number rather than a name or address. */
    public static boolean isNumber(String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() == 18 && q.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return true;
        }
        String digits = q.replace(" ", "").replace("-", "").replace("+", "");
        return digits.length() >= 7 && digits.chars().allMatch(Character::isDigit);
    }

    /** Residents by name or number; with {@code withAddresses} also households whose address contains the words. */
    @Transactional
    public Found search(CurrentUser user, String query, String reason, boolean withAddresses) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            throw new BadInputException("请输入姓名、身份证号码或电话号码");
        }
        if (q.length() > 100) {
            throw new BadInputException("查找内容不能超过 100 字");
        }
        AccessLog.requirePrintable("查找内容", q);
        if (isNumber(q)) {
            return byNumber(user, q, reason);
        }
        Scope scope = access.readScope(user);
        if (scope.isEmpty()) {
            return new Found(List.of(), List.of());   // a resident reads their own household, and searches nothing
        }
        List<ResidentView> byName = residents.byNamePrefix(q, scope, "", 0, LIMIT);
        List<HouseholdView> byAddress = withAddresses ? households.byAddress(q, scope, LIMIT) : List.of();
        log.record(user.username(), AccessKind.LIST, where(scope), withAddresses ? "按姓名或门牌查找" : "按姓名查找",
                reason, byName.size() + byAddress.size());
        return new Found(shown(byName), byAddress);
    }

    private Found byNumber(CurrentUser user, String q, String reason) {
        Scope scope = access.numberSearchScope(user);
        if (scope.isEmpty()) {
            throw AccessPolicy.refusal(Resource.PERSONAL_NUMBER, Action.SEARCH);
        }
        List<ResidentView> found;
        String what;
        if (q.length() == 18) {
            what = "按完整身份证号码查找";
            found = residents.byIdIndex(cipher.blindIndex(PeopleService.ID_FIELD, q.toUpperCase()), scope);
        } else {
            what = "按完整电话号码查找";
            found = phoneIndex(q).map(index -> residents.byPhoneIndex(index, scope)).orElse(List.of());
        }
        log.record(user.username(), AccessKind.NUMBER_SEARCH, where(scope), what, reason, found.size());
        return new Found(shown(found), List.of());
    }

    /** A number that is no phone number matches nobody: the blind index finds whole numbers only. */
    private java.util.Optional<byte[]> phoneIndex(String q) {
        try {
            Phone phone = Phone.parse(q);
            return java.util.Optional.of(cipher.blindIndex(PeopleService.PHONE_FIELD, phone.value()));
        } catch (BadInputException notAPhone) {
            return java.util.Optional.empty();
        }
    }

    private List<ShownResident> shown(List<ResidentView> found) {
        LocalDate today = people.today();
        return found.stream().map(r -> ShownResident.of(r, today)).toList();
    }

    /** The territory a search covered, for the log: the common prefix of the scope's nodes. */
    private static String where(Scope scope) {
        return scope.isEmpty() ? "" : HouseholdImports.commonPrefix(scope);
    }
}
