package org.jiceng.volunteer.internal.timebank;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Cursor;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Relation;
import org.jiceng.Resource;
import org.jiceng.XlsxSheet;
import org.jiceng.volunteer.internal.timebank.TimeBankViews.Account;
import org.jiceng.volunteer.internal.timebank.TimeBankViews.Entry;
import org.jiceng.volunteer.internal.timebank.TimeBankViews.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moves minutes: a service given to someone is recorded (by the member, their proxy or the community) and
 * deposited once the served person or the community confirms it; a withdrawal spends minutes on a service for the
 * member or a named family member. Every movement appends an entry; none is changed afterwards.
 */
@org.springframework.stereotype.Service
public class TimeBankLedger {

    private final TimeBankRepository repository;
    private final TimeBankAccess access;
    private final Clock clock;

    TimeBankLedger(TimeBankRepository repository, Clock clock) {
        this.repository = repository;
        this.access = new TimeBankAccess(repository);
        this.clock = clock;
    }

    public record ServiceRequest(String servedName, Long servedAccountId, String description, String servedOn,
                                 Integer minutes) {
    }

    public record Decision(Boolean confirmed, String note) {
    }

    public record WithdrawalRequest(Integer minutes, String beneficiary, String description, String servedOn) {
    }

    @Transactional
    public Service recordService(long accountId, ServiceRequest request, CurrentUser user) {
        Account account = access.check(user, accountId, Action.CREATE);
        String served = Input.text(request.servedName(), "servedName", "服务对象", 1, 40);
        Long servedAccount = request.servedAccountId();
        if (servedAccount != null) {
            if (servedAccount == accountId) {
                throw new BadInputException("servedAccountId", "服务对象不能是本人账户");
            }
            Account other = repository.account(servedAccount)
                    .orElseThrow(() -> new BadInputException("servedAccountId", "服务对象的时间银行账户不存在"));
            if (!other.communityCode().substring(0, 6).equals(account.communityCode().substring(0, 6))) {
                throw new BadInputException("servedAccountId", "服务对象的时间银行账户不存在");
            }
        }
        String description = Input.text(request.description(), "description", "服务内容", 1, 500);
        LocalDate on = day(request.servedOn(), "servedOn", "服务日期");
        int minutes = TimeBankRules.minutes(request.minutes(), "minutes");
        long id = repository.recordService(account, served, servedAccount, description, on, minutes, user.id(),
                user.displayName(), !isMember(user, account), now());
        return repository.service(id).orElseThrow();
    }

    /** The served person (holding the served account) or the community confirms a service, or turns it down. */
    @Transactional
    public Service decide(long serviceId, Decision decision, CurrentUser user) {
        Service service = repository.service(serviceId).orElseThrow(() -> serviceNotFound(serviceId));
        Account account = repository.account(service.accountId()).orElseThrow();
        Account served = service.servedAccountId() == null ? null
                : repository.account(service.servedAccountId()).orElse(null);
        boolean servedPerson = served != null && access.holds(user, served);
        AccessPolicy.Target target = AccessPolicy.Target.at(service.communityCode())
                .withIf(servedPerson, Relation.OWN);
        if (!AccessPolicy.allows(user, Resource.TIME_BANK, Action.READ, access.target(user, account))
                && !servedPerson) {
            throw serviceNotFound(serviceId);
        }
        AccessPolicy.check(user, Resource.TIME_BANK, Action.ACT, target);
        if (access.holds(user, account)) {
            throw new ConflictException("不能确认自己（或自己代理的成员）提供的服务");
        }
        if (decision.confirmed() == null) {
            throw new BadInputException("confirmed", "请选择确认（true）或不予确认（false）");
        }
        String note = Input.optionalText(decision.note(), "note", "说明", 200);
        if (!decision.confirmed() && note == null) {
            throw new BadInputException("note", "不予确认时请写明原因（note）");
        }
        if (!service.status().equals("PENDING")) {
            throw new ConflictException("该服务已" + service.statusName() + "，不能再处理");
        }
        Account locked = repository.lockAccount(account.id()).orElseThrow();
        if (!repository.decide(service, decision.confirmed() ? "CONFIRMED" : "REJECTED", user.id(),
                user.displayName(), note, now())) {
            throw new ConflictException("该服务刚被他人处理，请刷新后再试");
        }
        if (decision.confirmed()) {
            repository.append(locked, locked.communityCode(), "DEPOSIT", service.minutes(),
                    TimeBankRules.deposit(locked.balance(), service.minutes()), service.id(), service.servedName(),
                    "为" + service.servedName() + "服务：" + service.description(), service.servedOn(), user.id(),
                    user.displayName(), false, now());
        }
        return repository.service(serviceId).orElseThrow();
    }

    @Transactional
    public Entry withdraw(long accountId, WithdrawalRequest request, CurrentUser user) {
        Account checked = access.check(user, accountId, Action.CREATE);
        int minutes = TimeBankRules.minutes(request.minutes(), "minutes");
        String beneficiary = Input.text(request.beneficiary(), "beneficiary", "受益人（本人或家庭成员）", 1, 40);
        String description = Input.text(request.description(), "description", "接受的服务", 1, 500);
        LocalDate on = day(request.servedOn(), "servedOn", "服务日期");
        Account locked = repository.lockAccount(accountId).orElseThrow();
        int after = TimeBankRules.withdraw(locked.balance(), minutes);
        long id = repository.append(locked, locked.communityCode(), "WITHDRAWAL", -minutes, after, null, beneficiary,
                description, on, user.id(), user.displayName(), !isMember(user, checked), now());
        return repository.entries(accountId, id - 1, 1).getFirst();
    }

    public Page<Entry> entries(long accountId, CurrentUser user, String after, int limit) {
        access.check(user, accountId, Action.READ);
        return Page.byId(repository.entries(accountId, Cursor.idAbove(after), limit), limit, Entry::id);
    }

    public List<Service> servicesOf(long accountId, CurrentUser user) {
        access.check(user, accountId, Action.READ);
        return repository.servicesOf(accountId);
    }

    public Page<Service> services(CurrentUser user, String territoryCode, String status, String after, int limit) {
        var scope = AccessPolicy.scope(user, Resource.TIME_BANK, Action.ACT).askedFor(territoryCode);
        String wanted = status == null || status.isBlank() ? null : status.strip();
        if (wanted != null && !List.of("PENDING", "CONFIRMED", "REJECTED").contains(wanted)) {
            throw new BadInputException("status", "状态（status）须为 PENDING、CONFIRMED 或 REJECTED");
        }
        return Page.byId(repository.services(scope, wanted, Cursor.idBelow(after), limit), limit, Service::id);
    }

    /** The member's statement as a workbook: every entry, oldest first, with the balance after each. */
    public void statement(long accountId, CurrentUser user, OutputStream out) throws IOException {
        Account account = access.check(user, accountId, Action.READ);
        try (XlsxSheet sheet = new XlsxSheet("时间银行对账单", List.of("日期", "类别", "分钟", "余额（分钟）",
                "服务对象/受益人", "内容", "经办人", "代办"))) {
            long above = 0;
            List<Entry> page;
            do {
                page = repository.entries(account.id(), above, 500);
                for (Entry e : page.subList(0, Math.min(500, page.size()))) {
                    sheet.row(e.occurredOn().toString(), e.kindName(), e.minutes(), e.balanceAfter(), e.beneficiary(),
                            e.description(), e.actedByName(), e.onBehalf() ? "是" : "");
                    above = e.id();
                }
            } while (page.size() > 500);
            sheet.writeTo(out);
        }
    }

    private static boolean isMember(CurrentUser user, Account account) {
        return account.userId() != null && account.userId() == user.id();
    }

    private LocalDate day(String value, String field, String label) {
        LocalDate today = Beijing.today(clock);
        LocalDate on = Input.date(value, field, label, today);
        if (on.isAfter(today)) {
            throw new BadInputException(field, label + "（" + field + "）不能晚于今天");
        }
        return on;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(Beijing.OFFSET);
    }

    static NotFoundException serviceNotFound(long id) {
        return new NotFoundException("服务记录 " + id + " 不存在或不在您的辖区内");
    }
}
