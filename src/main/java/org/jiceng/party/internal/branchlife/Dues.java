package org.jiceng.party.internal.branchlife;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Fen;
import org.jiceng.ForbiddenException;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 党费 per member and month, in fen: the month's due (from the member's base by {@link DuesRule}, or as set), what
 * was paid and when; a member's year with its arrears; a branch's month and its members' arrears.
 */
@Service
public class Dues {

    private final DuesRepository repository;
    private final BranchMeetingRepository organisations;
    private final BranchLifeAccess access;
    private final Clock clock;

    Dues(DuesRepository repository, BranchMeetingRepository organisations, BranchLifeAccess access, Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.access = access;
        this.clock = clock;
    }

    /**
     * A month's 党费 of a member: {@code month} as YYYY-MM; {@code category} EMPLOYED or RETIRED with {@code base}
     * (yuan) computes the due, FIXED takes {@code due} (yuan); {@code paid} and {@code paidOn} if already paid.
     */
    public record Request(Long memberId, String month, String category, String base, String due, String paid,
                          String paidOn) {
    }

    /** A payment of a month: {@code paid} yuan added to what was paid, on {@code paidOn} (today when absent). */
    public record Payment(String paid, String paidOn, Integer version) {
    }

    @Transactional
    public long record(Request request, CurrentUser user) {
        MemberFacts member = member(Input.id(request.memberId(), "memberId", "党员"));
        access.duesCheck(user, Action.CREATE, member);
        YearMonth month = month(request.month(), "month");
        YearMonth current = YearMonth.from(Beijing.today(clock));
        if (month.isAfter(current.plusMonths(12))) {
            throw new BadInputException("month", "月份 " + month + " 太远：最多预交 12 个月");
        }
        DuesCategory category = Input.oneOf(DuesCategory.class, request.category(), "category", "党费计算方式",
                DuesCategory::label, DuesCategory.FIXED);
        Long base = null;
        long due;
        if (category == DuesCategory.FIXED) {
            if (request.base() != null && !request.base().isBlank()) {
                throw new BadInputException("base", "按固定金额交纳时不填计算基数，请填写应交金额 due");
            }
            due = Fen.parse("due", request.due());
        } else {
            base = Fen.parse("base", request.base());
            due = DuesRule.due(category, base);
            if (request.due() != null && !request.due().isBlank() && Fen.parse("due", request.due()) != due) {
                throw new BadInputException("due", "按" + category.label() + "计算，应交 " + Fen.yuan(due)
                        + " 元，与填写的应交金额不符；按固定金额交纳请选择 FIXED");
            }
        }
        long paid = request.paid() == null || request.paid().isBlank() ? 0 : Fen.parse("paid", request.paid());
        LocalDate paidOn = paid == 0 ? null : paidOn(request.paidOn(), month);
        return repository.insert(new DuesRepository.NewDues(member, month, category, base, due, paid, paidOn,
                        user.id()))
                .orElseThrow(() -> new ConflictException(member.name() + " " + month + " 的党费已登记，请在原记录上登记缴纳"));
    }

    @Transactional
    public DuesView pay(long id, Payment payment, CurrentUser user) {
        DuesView dues = find(id, user, Action.ACT);
        long amount = Fen.parse("paid", payment.paid());
        if (amount == 0) {
            throw new BadInputException("paid", "缴纳金额须大于 0");
        }
        if (payment.version() == null) {
            throw new BadInputException("version", "请附上党费记录的版本号 version（先读取记录）");
        }
        long total = Math.addExact(dues.paidFen(), amount);
        if (total > Fen.MAX) {
            throw new BadInputException("paid", "金额过大");
        }
        LocalDate paidOn = paidOn(payment.paidOn(), dues.month());
        if (!repository.pay(id, payment.version(), total, paidOn)) {
            throw new ConflictException("党费记录已被他人修改，请刷新后再登记");
        }
        return repository.find(id).orElseThrow();
    }

    public DuesView dues(long id, CurrentUser user) {
        return find(id, user, Action.READ);
    }

    /** A member's months of a year, their sums and arrears. */
    public record MemberYear(MemberFacts member, int year, List<DuesView> months, DuesArithmetic.Totals totals) {
    }

    public MemberYear memberYear(long memberId, Integer year, CurrentUser user) {
        MemberFacts member = member(memberId);
        access.duesCheck(user, Action.READ, member);
        int y = year(year);
        List<DuesView> months = repository.ofMember(memberId, LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1));
        return new MemberYear(member, y, months, DuesArithmetic.total(months.stream().map(DuesView::amounts).toList()));
    }

    /** One member's line of a branch's month: the month's row (null when not yet recorded) and what they owe. */
    public record MemberLine(MemberFacts member, DuesView month, DuesArithmetic.Totals owed) {
    }

    /** A branch's month: every member's row and their arrears of the year up to the month, and the month's sums. */
    public record BranchMonth(BranchFacts organisation, YearMonth month, List<MemberLine> lines,
                              DuesArithmetic.Totals totals, DuesArithmetic.Totals arrears) {
    }

    public BranchMonth branchMonth(long organisationId, String month, CurrentUser user) {
        BranchFacts organisation = branch(organisationId, user);
        YearMonth m = month == null || month.isBlank() ? YearMonth.from(Beijing.today(clock)) : month(month, "month");
        Scope scope = BranchLifeAccess.duesScope(user);
        List<MemberFacts> members = organisations.members(organisation.id()).stream()
                .filter(x -> scope.covers(x.territoryCode())).toList();
        List<DuesView> rows = repository.ofMembers(members.stream().map(MemberFacts::id).toList(),
                LocalDate.of(m.getYear(), 1, 1), m.plusMonths(1).atDay(1), scope);
        Map<Long, List<DuesView>> byMember = new LinkedHashMap<>();
        rows.forEach(r -> byMember.computeIfAbsent(r.memberId(), k -> new ArrayList<>()).add(r));
        List<MemberLine> lines = new ArrayList<>();
        List<DuesArithmetic.Month> ofMonth = new ArrayList<>();
        DuesArithmetic.Totals arrears = DuesArithmetic.Totals.NONE;
        for (MemberFacts member : members) {
            List<DuesView> own = byMember.getOrDefault(member.id(), List.of());
            DuesView current = own.stream().filter(r -> r.month().equals(m)).findFirst().orElse(null);
            DuesArithmetic.Totals owed = DuesArithmetic.total(own.stream().map(DuesView::amounts).toList());
            if (current != null) {
                ofMonth.add(current.amounts());
            }
            arrears = arrears.plus(owed);
            lines.add(new MemberLine(member, current, owed));
        }
        return new BranchMonth(organisation, m, lines, DuesArithmetic.total(ofMonth), arrears);
    }

    /** The organisation, if the person reads its members' 党费 as branch or administrator. */
    BranchFacts branch(long organisationId, CurrentUser user) {
        BranchFacts organisation = organisations.organisation(organisationId)
                .orElseThrow(() -> new NotFoundException("党组织 " + organisationId + " 不存在或不在您的辖区内"));
        if (!BranchLifeAccess.duesScope(user).covers(organisation.territoryCode())) {
            if (BranchLifeAccess.meetingScope(user).covers(organisation.territoryCode())) {
                throw new ForbiddenException("党费是党员个人信息，只有党支部书记和党组织管理员可以查看");
            }
            throw new NotFoundException("党组织 " + organisationId + " 不存在或不在您的辖区内");
        }
        return organisation;
    }

    private DuesView find(long id, CurrentUser user, Action action) {
        DuesView dues = repository.find(id).orElseThrow(() -> new NotFoundException("党费记录不存在或您无权查看"));
        access.duesCheck(user, action, member(dues.memberId()));
        return dues;
    }

    private MemberFacts member(long id) {
        return repository.member(id).orElseThrow(() -> new NotFoundException("党员 " + id + " 不存在或您无权查看"));
    }

    private int year(Integer year) {
        int current = Beijing.today(clock).getYear();
        if (year == null) {
            return current;
        }
        if (year < 1949 || year > current + 1) {
            throw new BadInputException("year", "年份须在 1949 到 " + (current + 1) + " 之间");
        }
        return year;
    }

    private LocalDate paidOn(String value, YearMonth month) {
        LocalDate today = Beijing.today(clock);
        LocalDate paidOn = Input.date(value, "paidOn", "缴纳日期", today);
        if (paidOn.isAfter(today)) {
            throw new BadInputException("paidOn", "缴纳日期不能晚于今天");
        }
        if (paidOn.isBefore(month.atDay(1).minusYears(1))) {
            throw new BadInputException("paidOn", "缴纳日期早于 " + month + " 一年以上，请核对");
        }
        return paidOn;
    }

    static YearMonth month(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new BadInputException(field, "请填写月份（" + field + "，格式 YYYY-MM）");
        }
        try {
            YearMonth month = YearMonth.parse(value.strip());
            if (month.getYear() < 1949 || month.getYear() > 2200) {
                throw new BadInputException(field, "月份“" + value + "”超出范围");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw new BadInputException(field, "月份（" + field + "）“" + value + "”格式不正确，应如 2026-05");
        }
    }
}
