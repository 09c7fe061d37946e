package org.jiceng.assessment.internal.indicator;

import static org.jiceng.Action.ACT;
import static org.jiceng.Action.CREATE;
import static org.jiceng.Action.READ;
import static org.jiceng.Resource.INDICATOR;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Scope;
import org.jiceng.assessment.internal.scorecard.Period;
import org.jiceng.assessment.internal.scorecard.Subjects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Values of entered indicators: the place measured (or a level above it) enters one with its evidence; the town or
 * the county accepts or returns it, never the person who entered it. Only accepted values count in a scorecard.
 */
@Service
public class EnteredValues {

    public record Entry(Long indicatorId, String subject, String period, String value, String evidence) {
    }

    public record Review(String decision, String note, Integer version) {
    }

    /** An evidence file as it was uploaded. */
    public record Upload(String fileName, String contentType, byte[] bytes) {
    }

    static final long MAX_FILE = 5L * 1024 * 1024;

    private final ValueRepository values;
    private final Indicators indicators;
    private final Subjects subjects;
    private final Clock clock;

    EnteredValues(ValueRepository values, Indicators indicators, Subjects subjects, Clock clock) {
        this.values = values;
        this.indicators = indicators;
        this.subjects = subjects;
        this.clock = clock;
    }

    @Transactional
    public ValueView enter(CurrentUser user, Entry entry) {
        long indicatorId = Input.id(entry.indicatorId(), "indicatorId", "指标");
        if (!Levels.validSubject(entry.subject())) {
            throw new BadInputException("subject", "考核对象 subject 须为 9 位乡镇、12 位村(社区)代码或 P 加党组织编号");
        }
        String territory = subjects.territoryOf(entry.subject())
                .orElseThrow(() -> new BadInputException("subject", "没有找到该考核对象"));
        AccessPolicy.check(user, INDICATOR, CREATE, Target.at(territory));
        IndicatorView indicator = indicators.find(territory.substring(0, 6), indicatorId)
                .orElseThrow(() -> new BadInputException("indicatorId", "本县没有该考核指标"));
        if (!indicator.source().entered()) {
            throw new BadInputException("indicatorId", "“" + indicator.name() + "”由系统数据计算，无需填报");
        }
        if (!indicator.active()) {
            throw new ConflictException("“" + indicator.name() + "”已停用，不再填报");
        }
        if (!indicator.level().equals(Levels.ofSubject(entry.subject()))) {
            throw new BadInputException("subject", "该指标考核的是" + indicator.levelLabel() + "，考核对象不符");
        }
        Period period = Period.parse(entry.period(), "period");
        if (!period.kind().name().equals(indicator.period())) {
            throw new BadInputException("period", "该指标按" + indicator.periodLabel() + "填报，考核期格式不符");
        }
        BigDecimal value = number(entry.value());
        String evidence = Input.optionalText(entry.evidence(), "evidence", "佐证说明", 1000);
        long id = values.insert(territory.substring(0, 6), indicatorId, entry.subject(), territory, period.toString(),
                value, evidence == null ? "" : evidence, user);
        return values.find(id).orElseThrow();
    }

    @Transactional
    public ValueView review(CurrentUser user, long id, Review review) {
        ValueView value = get(user, id);
        AccessPolicy.check(user, INDICATOR, ACT, Target.at(value.territoryCode()));
        String decision = review.decision() == null ? "" : review.decision().strip().toUpperCase();
        if (!decision.equals("ACCEPT") && !decision.equals("RETURN")) {
            throw new BadInputException("decision", "审核意见 decision 须为 ACCEPT（通过）或 RETURN（退回）");
        }
        String note = Input.optionalText(review.note(), "note", "审核意见", 500);
        if (decision.equals("RETURN") && note == null) {
            throw new BadInputException("note", "退回时请写明理由");
        }
        if (!value.state().equals("ENTERED")) {
            throw new ConflictException("该填报值已" + value.stateLabel() + "，不能再审核");
        }
        if (values.enteredBy(id) == user.id()) {
            throw new ConflictException("不能审核自己填报的值，请由上级审核");
        }
        int version = review.version() == null ? value.version() : review.version();
        if (!values.review(id, decision.equals("ACCEPT") ? "ACCEPTED" : "RETURNED", note, version, user,
                OffsetDateTime.now(clock))) {
            throw new ConflictException("该填报值已被他人处理，请刷新后再看");
        }
        return values.find(id).orElseThrow();
    }

    @Transactional
    public ValueView addEvidence(CurrentUser user, long id, Upload upload) {
        ValueView value = get(user, id);
        AccessPolicy.check(user, INDICATOR, CREATE, Target.at(value.territoryCode()));
        if (upload == null || upload.bytes() == null || upload.bytes().length == 0) {
            throw new BadInputException("file", "请选择要上传的照片或文件");
        }
        if (upload.bytes().length > MAX_FILE) {
            throw new BadInputException("file", "文件不能超过 5 MB");
        }
        String type = sniff(upload.bytes());
        if (type == null) {
            throw new BadInputException("file", "佐证材料须为照片（JPG、PNG）或 PDF 文件");
        }
        String name = Input.text(upload.fileName() == null ? "佐证材料" : upload.fileName(), "file", "文件名", 1, 200);
        if (!value.state().equals("ENTERED")) {
            throw new ConflictException("该填报值已" + value.stateLabel() + "，不能再补充佐证");
        }
        values.addFile(value.territoryCode().substring(0, 6), id, name, type, upload.bytes(), user.id());
        return values.find(id).orElseThrow();
    }

    public Upload file(CurrentUser user, long id, long fileId) {
        get(user, id);
        return values.file(id, fileId).orElseThrow(() -> new NotFoundException("没有找到该佐证材料"));
    }

    public ValueView get(CurrentUser user, long id) {
        return values.find(id).filter(v -> AccessPolicy.allows(user, INDICATOR, READ, Target.at(v.territoryCode())))
                .orElseThrow(() -> new NotFoundException("没有找到该填报值"));
    }

    public List<ValueView> list(CurrentUser user, Long indicator, String territory, String state, long below, int limit) {
        Scope scope = AccessPolicy.scope(user, INDICATOR, READ);
        if (territory != null && !territory.isBlank()) {
            if (!territory.strip().matches("[0-9]{6}([0-9]{3}){0,2}")) {
                throw new BadInputException("territory", "territory 须为 6、9 或 12 位区划代码");
            }
            scope = scope.narrowedTo(territory.strip());
            if (scope.isEmpty()) {
                throw new NotFoundException("没有找到该区域的填报值");
            }
        }
        if (state != null && !state.isBlank() && !List.of("ENTERED", "ACCEPTED", "RETURNED").contains(state)) {
            throw new BadInputException("state", "state 须为 ENTERED（待审核）、ACCEPTED（已通过）或 RETURNED（已退回）");
        }
        return values.list(scope, indicator, state == null || state.isBlank() ? null : state, below, limit);
    }

    /** The accepted values of an indicator for a subject whose period shares a month with {@code period}. */
    public List<ValueView> accepted(String county, long indicator, String subject, Period period) {
        return values.accepted(county, indicator, subject).stream()
                .filter(v -> Period.parse(v.period(), "period").overlaps(period)).toList();
    }

    /** The type the bytes are, by their first bytes, not what the sender claims: served back, it must be harmless. */
    static String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            return "application/pdf";
        }
        return null;
    }

    private static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            throw new BadInputException("value", "请填写指标值");
        }
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.signum() < 0 || value.scale() > 4 || value.compareTo(new BigDecimal("100000000000000")) >= 0) {
                throw new BadInputException("value", "指标值须为不小于 0 的数，最多四位小数");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadInputException("value", "指标值须为数字，例如 3 或 95.5");
        }
    }
}
