package org.jiceng.visits.internal.sweep;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.Cursor;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Text;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.Level;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.visits.internal.HouseholdProjection;
import org.jiceng.visits.internal.sweep.SweepViews.Sweep;
import org.jiceng.visits.internal.sweep.SweepViews.Tally;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting sweeps and reading them; checks are {@link SweepChecks}', coverage {@link SweepCoverage}'s. */
@Service
public class SweepService {

    static final String NOT_FOUND = "没有这次排查，或不在您的辖区内";
    private static final List<String> KINDS = List.of("YES_NO", "TEXT");

    private final SweepRepository sweeps;
    private final HouseholdProjection households;
    private final TerritoryApi territory;
    private final Clock clock;

    SweepService(SweepRepository sweeps, HouseholdProjection households, TerritoryApi territory, Clock clock) {
        this.sweeps = sweeps;
        this.households = households;
        this.territory = territory;
        this.clock = clock;
    }

    public LocalDate today() {
        return Beijing.today(clock);
    }

    public boolean mayStart(CurrentUser user) {
        return SweepAccess.mayStart(user);
    }

    /**
     * Starts a sweep and fixes its households in one transaction, from the register as it stands at that moment
     * (the place's projection is brought level first): 400 when the place has none that fit.
     */
    @Transactional
    public Sweep start(CurrentUser user, SweepRequests.NewSweep request) {
        String code = request.territoryCode() == null ? "" : request.territoryCode().strip();
        Level level = Level.ofCode(code);
        if (level != Level.TOWN && level != Level.VILLAGE) {
            throw new BadInputException("territoryCode", "排查范围须为乡镇（9 位）或村（社区）（12 位）代码");
        }
        DivisionView place = territory.division(code)
                .orElseThrow(() -> new BadInputException("territoryCode", "没有代码为 " + code + " 的乡镇或村（社区）"));
        SweepAccess.checkStart(user, code);
        String title = request.title() == null ? "" : request.title().strip();
        if (title.isEmpty()) {
            throw new BadInputException("title", "请填写排查名称，如“冬季独居老人全覆盖排查”");
        }
        Text.check("title", title, 60);
        LocalDate starts = date("startsOn", request.startsOn(), "开始日期");
        LocalDate ends = date("endsOn", request.endsOn(), "结束日期");
        if (ends.isBefore(starts)) {
            throw new BadInputException("endsOn", "结束日期不能早于开始日期");
        }
        if (request.checklist().isEmpty() || request.checklist().size() > 20) {
            throw new BadInputException("checklist", "请列出 1 至 20 项排查内容，如“取暖是否安全”");
        }
        List<SweepRequests.ChecklistItem> checklist = request.checklist().stream().map(SweepService::item).toList();
        for (String tag : request.targetTags()) {
            Text.check("targetTags", tag, 40);
        }
        households.refresh(code);
        long id = sweeps.insert(code, title, request.targetTags(), starts, ends, checklist, user.id(), user.displayName());
        if (sweeps.fixTargets(id, code, request.targetTags()) == 0) {
            throw new BadInputException("targetTags", place.name() + "没有符合条件的户，请检查排查对象或先同步户籍");
        }
        return find(user, id);
    }

    public Sweep find(CurrentUser user, long id) {
        SweepAccess.Readers readers = SweepAccess.readers(user, today());
        return sweeps.find(id, readers).map(row -> view(row, readers)).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    /** The sweeps the person sees, newest first; {@code territory} narrows them to a place. */
    public Page<Sweep> list(CurrentUser user, String territoryCode, String after, Integer limit) {
        int size = Page.limit(limit);
        String prefix = territoryCode == null || territoryCode.isBlank() ? null : territoryCode.strip();
        if (prefix != null && !prefix.matches("[0-9]{2,15}")) {
            throw new BadInputException("territory", "territory 须为行政区划或网格代码（数字）");
        }
        long before = Cursor.idBelow(after);
        SweepAccess.Readers readers = SweepAccess.readers(user, today());
        List<Sweep> rows = sweeps.list(readers, prefix, before, size + 1).stream().map(row -> view(row, readers)).toList();
        return Page.byId(rows, size, Sweep::id);
    }

    Optional<SweepRepository.Row> row(CurrentUser user, long id) {
        return sweeps.find(id, SweepAccess.readers(user, today()));
    }

    private Sweep view(SweepRepository.Row row, SweepAccess.Readers readers) {
        long[] counts = sweeps.tally(row.id(), row.county(), readers);
        String name = territory.division(row.territoryCode()).map(DivisionView::name).orElse(row.territoryCode());
        return new Sweep(row.id(), row.territoryCode(), name, row.title(), row.targetTags(), row.startsOn(), row.endsOn(),
                row.checklist(), row.createdBy(), row.createdAt(), status(row, today()), Tally.of(counts[0], counts[1]));
    }

    static String status(SweepRepository.Row row, LocalDate today) {
        return today.isBefore(row.startsOn()) ? "未开始" : today.isAfter(row.endsOn()) ? "已结束" : "进行中";
    }

    private static SweepRequests.ChecklistItem item(SweepRequests.ChecklistItem item) {
        String label = item == null || item.label() == null ? "" : item.label().strip();
        if (label.isEmpty()) {
            throw new BadInputException("checklist", "排查内容的每一项都要有问题，如“用电是否安全”");
        }
        Text.check("checklist", label, 40);
        String kind = item.kind() == null || item.kind().isBlank() ? "YES_NO" : item.kind().strip().toUpperCase();
        if (!KINDS.contains(kind)) {
            throw new BadInputException("checklist", "排查内容的类型须为 YES_NO（是/否）或 TEXT（文字）");
        }
        return new SweepRequests.ChecklistItem(label, kind);
    }

    private static LocalDate date(String field, String value, String label) {
        if (value == null || value.isBlank()) {
            throw new BadInputException(field, "请填写" + label);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException bad) {
            throw new BadInputException(field, label + "须为日期，如 2026-12-01");
        }
        if (date.getYear() < 2000 || date.getYear() > 2100) {
            throw new BadInputException(field, label + "须在 2000 年至 2100 年之间");
        }
        return date;
    }
}
