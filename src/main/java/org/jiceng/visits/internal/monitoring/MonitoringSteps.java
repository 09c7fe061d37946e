package org.jiceng.visits.internal.monitoring;

import static org.jiceng.visits.internal.monitoring.MonitoringService.SEALED_FIGURES;
import static org.jiceng.visits.internal.monitoring.MonitoringService.SEALED_MEASURE;
import static org.jiceng.visits.internal.monitoring.MonitoringService.SEALED_REMOVAL;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.County;
import org.jiceng.CurrentUser;
import org.jiceng.Resource;
import org.jiceng.identity.IdentityApi;
import org.jiceng.people.PeopleApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing 防返贫 monitoring, each step in one transaction: figures (re-evaluated by {@link MonitoringRule} against
 * the county's line and last year), the 帮扶 contact, measures, and the removal decision that alone ends monitoring.
 * A flagged household with a contact and a measure is being monitored.
 */
@Service
public class MonitoringSteps {

    private final MonitoringRepository records;
    private final MonitoringService reading;
    private final MonitoringLines lines;
    private final PeopleApi people;
    private final IdentityApi identity;
    private final Clock clock;

    MonitoringSteps(MonitoringRepository records, MonitoringService reading, MonitoringLines lines, PeopleApi people,
                    IdentityApi identity, Clock clock) {
        this.records = records;
        this.reading = reading;
        this.lines = lines;
        this.people = people;
        this.identity = identity;
        this.clock = clock;
    }

    /** Records or corrects a household's figures for a year and evaluates the flags again. */
    @Transactional
    public MonitoringSummary saveFigures(CurrentUser user, long householdId, int year,
                                         MonitoringRequests.FiguresInput input) {
        // who may touch the household is asked before what they sent is checked: a stranger learns nothing
        Optional<MonitoringRow> existing = records.find(householdId, year, MonitoringAccess.readers(user, Action.UPDATE));
        MonitoringRepository.Household household = null;
        if (existing.isPresent()) {
            MonitoringAccess.check(user, Action.UPDATE, existing.get());
            records.lock(existing.get());
        } else {
            household = records.household(householdId, MonitoringAccess.readers(user, Action.CREATE))
                    .orElseThrow(() -> new org.jiceng.NotFoundException("没有找到该户，或不在您可登记的范围内"));
            AccessPolicy.check(user, Resource.MONITORING, Action.CREATE,
                    AccessPolicy.Target.at(household.territoryCode()));
        }
        int y = MonitoringService.year(year, clock);
        if (input == null) {
            throw new BadInputException("size", "请填写家庭人口、收入和支出");
        }
        Figures figures = Figures.checked(input.size(), input.incomes(), input.shocks());
        String county = existing.isPresent() ? existing.get().county() : County.of(household.territoryCode());
        Set<MonitoringRule.Flag> flags = MonitoringRule.evaluate(figures.netIncomeFen(), figures.size(),
                figures.shocksFen(), reading.lastYearPerCapita(householdId, y, county), lines.line(county, y).thresholds());
        List<String> flagNames = flags.stream().map(Enum::name).toList();
        byte[] sealed = people.seal(SEALED_FIGURES, figures.seal());
        Instant now = clock.instant();
        if (existing.isPresent()) {
            MonitoringRow row = existing.get();
            if (input.version() == null) {
                throw new BadInputException("version", "修改已有记录须带上读取时的版本号 version");
            }
            MonitoringStatus status = row.status().afterEvaluation(!flags.isEmpty(), helped(row));
            if (!records.updateFigures(row, input.version(), status, flagNames, sealed, user.username(), now)) {
                throw new ConflictException("该户本年度的监测记录已被他人修改，请刷新后再改");
            }
        } else {
            MonitoringStatus status = flags.isEmpty() ? MonitoringStatus.NORMAL : MonitoringStatus.FLAGGED;
            records.insert(household, y, status, flagNames, sealed, user.username(), now);
        }
        return written(householdId, y);
    }

    /** Names the household's 帮扶 contact: an account by user name, or a resident or party member by id and name. */
    @Transactional
    public MonitoringSummary assignContact(CurrentUser user, long householdId, int year,
                                           MonitoringRequests.ContactInput input) {
        MonitoringRow row = inMonitoring(user, Action.ACT, householdId, year, "指定帮扶联系人");
        if (input == null) {
            throw new BadInputException("username", "请指定帮扶联系人");
        }
        String kind;
        long id;
        String name;
        if (input.username() != null && !input.username().isBlank()) {
            printable("username", "账号", input.username());
            CurrentUser account = identity.findByUsername(input.username().strip())
                    .orElseThrow(() -> new BadInputException("username", "没有这个账号"));
            kind = "ACCOUNT";
            id = account.id();
            name = account.displayName();
        } else {
            kind = input.kind() == null ? "" : input.kind().strip().toUpperCase();
            if (!Set.of("ACCOUNT", "RESIDENT", "PARTY_MEMBER").contains(kind) || input.id() == null) {
                throw new BadInputException("kind", "请填写账号（username），或联系人类别（ACCOUNT、RESIDENT、PARTY_MEMBER）和编号");
            }
            id = input.id();
            name = input.name() == null ? "" : input.name().strip();
            printable("name", "姓名", name);
            if (name.isEmpty() || name.length() > 40) {
                throw new BadInputException("name", "请填写帮扶联系人姓名（不超过 40 字）");
            }
        }
        boolean measured = row.measures() > 0;
        MonitoringStatus status = measured ? MonitoringStatus.MONITORED : row.status();
        records.setContact(row, kind, id, name, Beijing.today(clock), status, user.username(), clock.instant());
        return written(householdId, row.year());
    }

    /** Adds a 帮扶 measure (sealed: it often names an illness); the household's contact may add them too. */
    @Transactional
    public MonitoringSummary addMeasure(CurrentUser user, long householdId, int year,
                                        MonitoringRequests.MeasureInput input) {
        MonitoringRow row = inMonitoring(user, Action.UPDATE, householdId, year, "添加帮扶措施");
        String text = input == null || input.text() == null ? "" : input.text().strip();
        if (text.isEmpty() || text.length() > 500) {
            throw new BadInputException("text", "请填写帮扶措施（不超过 500 字）");
        }
        LocalDate takenOn = date("takenOn", "措施日期", input.takenOn());
        MonitoringStatus status = row.hasContact() ? MonitoringStatus.MONITORED : row.status();
        records.addMeasure(row, takenOn, people.seal(SEALED_MEASURE, text), status, user.username(), clock.instant());
        return written(householdId, row.year());
    }

    /** The decision that takes the household out of monitoring: the only way out. */
    @Transactional
    public MonitoringSummary remove(CurrentUser user, long householdId, int year, MonitoringRequests.RemovalInput input) {
        MonitoringRow row = inMonitoring(user, Action.ACT, householdId, year, "消除风险");
        if (input == null) {
            throw new BadInputException("reason", "请填写风险消除的决定");
        }
        LocalDate decidedOn = date("decidedOn", "决定日期", input.decidedOn());
        String reason = input.reason() == null ? "" : input.reason().strip();
        if (reason.isEmpty() || reason.length() > 500) {
            throw new BadInputException("reason", "请填写风险消除的理由（不超过 500 字）");
        }
        String decidedBy = input.decidedBy() == null ? "" : input.decidedBy().strip();
        printable("decidedBy", "决定机关或会议", decidedBy);
        if (decidedBy.isEmpty() || decidedBy.length() > 100) {
            throw new BadInputException("decidedBy", "请填写作出决定的会议或机关，如“村民代表会议评议、街道审定”（不超过 100 字）");
        }
        records.remove(row, decidedOn, people.seal(SEALED_REMOVAL, reason), decidedBy, user.username(), clock.instant());
        return written(householdId, row.year());
    }

    private MonitoringRow inMonitoring(CurrentUser user, Action action, long householdId, int year, String step) {
        // no record lies outside the years a record may have, so a strange year is a 404 like a stranger's record
        int y = year;
        MonitoringAccess.Readers readers = MonitoringAccess.readers(user, action);
        MonitoringRow found = records.find(householdId, y, readers).orElseThrow(MonitoringAccess::notFound);
        MonitoringAccess.check(user, action, found);
        records.lock(found);
        MonitoringRow row = records.find(householdId, y, readers).orElseThrow(MonitoringAccess::notFound);
        if (!row.status().monitored()) {
            throw new ConflictException("该户本年度" + row.status().label() + "，不在监测帮扶中，不能" + step);
        }
        return row;
    }

    /** Control characters (NUL above all, which PostgreSQL refuses in text) are a 400, never a 500. */
    private static void printable(String field, String label, String value) {
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
            throw new BadInputException(field, label + "不能含有控制字符");
        }
    }

    private static boolean helped(MonitoringRow row) {
        return row.hasContact() && row.measures() > 0;
    }

    private MonitoringSummary written(long householdId, int year) {
        MonitoringAccess.Readers system = new MonitoringAccess.Readers(org.jiceng.Scope.everything(), null);
        return MonitoringSummary.of(records.find(householdId, year, system).orElseThrow());
    }

    private LocalDate date(String field, String label, String value) {
        LocalDate today = Beijing.today(clock);
        if (value == null || value.isBlank()) {
            return today;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < 2000 || date.isAfter(today)) {
                throw new BadInputException(field, label + "须在 2000 年以后、不晚于今天");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new BadInputException(field, label + "须为日期，格式如 2026-01-31");
        }
    }
}
