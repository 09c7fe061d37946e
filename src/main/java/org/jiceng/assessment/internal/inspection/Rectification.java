package org.jiceng.assessment.internal.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.assessment.internal.inspection.InspectionViews.EvidenceFile;
import org.jiceng.assessment.internal.inspection.InspectionRepository.FindingRow;
import org.jiceng.assessment.internal.inspection.InspectionViews.FindingView;
import org.jiceng.cases.InboxNotice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A finding's rectification: the responsible unit records its measures and progress, gives evidence and submits;
 * the inspection team accepts or returns it with a reason, and alone cancels an accepted finding (销账). Each step
 * is checked against {@link FindingRules} and leaves a line in the finding's history.
 */
@Service
public class Rectification {

    static final int EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
    static final int EVIDENCE_MAX_FILES = 20;
    private static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "application/pdf");

    private final InspectionRepository rows;
    private final Inspections inspections;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Rectification(InspectionRepository rows, Inspections inspections, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.inspections = inspections;
        this.events = events;
        this.clock = clock;
    }

    public record ProgressRequest(String measures, String progress, Integer version) {
    }

    @Transactional
    public FindingView progress(long id, ProgressRequest request, CurrentUser user) {
        FindingRow finding = unitsFinding(id, user, FindingStep.PROGRESS);
        String measures = Input.text(request.measures(), "measures", "整改措施", 2, Inspections.TEXT_MAX);
        String progress = Input.optionalText(request.progress(), "progress", "整改进展", Inspections.TEXT_MAX);
        int version = request.version() == null ? finding.version() : request.version();
        if (!rows.recordProgress(id, version, measures, progress)) {
            throw new ConflictException("该问题已被他人修改，请刷新后再填写");
        }
        rows.event(id, FindingStep.PROGRESS, progress == null ? measures : progress, user.id(), user.displayName(),
                OffsetDateTime.now(clock));
        return inspections.finding(id, user);
    }

    @Transactional
    public long evidence(long id, String fileName, byte[] content, CurrentUser user) {
        unitsFinding(id, user, FindingStep.EVIDENCE);
        if (content == null || content.length == 0) {
            throw new BadInputException("file", "请选择要上传的佐证材料（表单字段 file）");
        }
        if (content.length > EVIDENCE_MAX_BYTES) {
            throw new BadInputException("file", "佐证材料不能超过 5 MB");
        }
        String type = sniff(content);
        if (!TYPES.contains(type)) {
            throw new BadInputException("file", "佐证材料须为 JPEG、PNG 图片或 PDF 文件");
        }
        if (rows.evidenceCount(id) >= EVIDENCE_MAX_FILES) {
            throw new ConflictException("每个问题最多上传 " + EVIDENCE_MAX_FILES + " 份佐证材料");
        }
        String name = fileName == null || fileName.isBlank() ? "佐证材料" : fileName.strip();
        name = Input.text(name.replaceAll("[\\\\/\\p{Cntrl}]", "_"), "file", "文件名", 1, 120);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long evidence = rows.insertEvidence(id, name, type, content, user.id(), now);
        rows.event(id, FindingStep.EVIDENCE, name, user.id(), user.displayName(), now);
        return evidence;
    }

    public EvidenceFile evidenceFile(long id, long evidence, CurrentUser user) {
        inspections.row(id, user);
        return rows.evidenceFile(id, evidence).orElseThrow(() -> new NotFoundException("佐证材料 " + evidence + " 不存在"));
    }

    @Transactional
    public FindingView submit(long id, CurrentUser user) {
        FindingRow finding = unitsFinding(id, user, FindingStep.SUBMIT);
        if (finding.measures() == null) {
            throw new BadInputException("measures", "请先填写整改措施再提交验收");
        }
        LocalDate today = Beijing.today(clock);
        move(finding, FindingStep.SUBMIT, today, null, null, false, null, user);
        return inspections.finding(id, user);
    }

    @Transactional
    public FindingView accept(long id, CurrentUser user) {
        FindingRow finding = inspectorsFinding(id, user);
        FindingRules.after(finding.status(), FindingStep.ACCEPT); // a finding never submitted has no date to judge
        LocalDate today = Beijing.today(clock);
        move(finding, FindingStep.ACCEPT, null, today, FindingRules.onTime(finding.submittedOn(), finding.deadline()),
                false, null, user);
        return inspections.finding(id, user);
    }

    @Transactional
    public FindingView giveBack(long id, String reason, CurrentUser user) {
        FindingRow finding = inspectorsFinding(id, user);
        String why = Input.text(reason, "reason", "退回原因", 2, 500);
        move(finding, FindingStep.RETURN, null, null, null, true, why, user);
        if (finding.unitId() == null) {
            events.publishEvent(new InboxNotice("inspection.return:" + id + ":" + (finding.returns() + 1),
                    finding.territoryCode(), "inspection.return", "整改被退回", finding.description() + "：" + why));
        }
        return inspections.finding(id, user);
    }

    @Transactional
    public FindingView cancel(long id, CurrentUser user) {
        FindingRow finding = inspectorsFinding(id, user);
        move(finding, FindingStep.CANCEL, null, null, null, false, null, user);
        return inspections.finding(id, user);
    }

    private void move(FindingRow finding, FindingStep step, LocalDate submitted, LocalDate accepted, Boolean onTime,
                      boolean returned, String note, CurrentUser user) {
        FindingState to = FindingRules.after(finding.status(), step);
        if (!rows.move(finding.id(), finding.status(), to, submitted, accepted, onTime, returned)) {
            throw new ConflictException("该问题已被他人处理，请刷新后再试");
        }
        rows.event(finding.id(), step, note, user.id(), user.displayName(), OffsetDateTime.now(clock));
    }

    /** A finding the person may rectify for its unit, in a state that allows the step. */
    private FindingRow unitsFinding(long id, CurrentUser user, FindingStep step) {
        FindingRow finding = inspections.row(id, user);
        InspectionAccess.check(user, Action.ACT, finding.territoryCode(), finding.unitId());
        FindingRules.after(finding.status(), step);
        return finding;
    }

    /** A finding the inspection team decides on: it manages inspections where the finding lies. */
    private FindingRow inspectorsFinding(long id, CurrentUser user) {
        FindingRow finding = inspections.row(id, user);
        InspectionAccess.check(user, Action.MANAGE, finding.territoryCode(), null);
        return finding;
    }

    /** The file's kind from its first bytes, not from what the browser said. */
    static String sniff(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8 && (content[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (content.length >= 8 && (content[0] & 0xff) == 0x89 && content[1] == 'P' && content[2] == 'N' && content[3] == 'G') {
            return "image/png";
        }
        if (content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F') {
            return "application/pdf";
        }
        return "application/octet-stream";
    }
}
