package org.jiceng.assessment.internal.inspection;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.jiceng.Action;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Cursor;
import org.jiceng.ForbiddenException;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 建议书: the inspection team recommends to a unit or place what it should change beyond single findings; the
 * addressee answers once, in writing, and the answer stays beside the letter.
 */
@Service
public class Letters {

    public record LetterRequest(String title, String body, String territoryCode, Long unitId) {
    }

    public record AnswerRequest(String answer) {
    }

    public record LetterView(long id, long inspectionId, String territoryCode, Long unitId, String addressee, String title,
                             String body, String answer, OffsetDateTime answeredAt, OffsetDateTime createdAt,
                             boolean answered) {
    }

    private final LetterRepository rows;
    private final Inspections inspections;
    private final InspectionViews views;
    private final Clock clock;

    Letters(LetterRepository rows, Inspections inspections, InspectionViews views, Clock clock) {
        this.rows = rows;
        this.inspections = inspections;
        this.views = views;
        this.clock = clock;
    }

    @Transactional
    public long send(long inspectionId, LetterRequest request, CurrentUser user) {
        var inspection = inspections.inspection(inspectionId, user);
        InspectionAccess.check(user, Action.MANAGE, inspection.territoryCode(), null);
        String title = Input.text(request.title(), "title", "建议书标题", 2, Inspections.TITLE_MAX);
        String body = Input.text(request.body(), "body", "建议内容", 2, Inspections.TEXT_MAX);
        Inspections.Responsible to = inspections.responsible(request.territoryCode(), request.unitId(),
                inspection.territoryCode(), user);
        return rows.insert(inspectionId, to.territory(), to.unit(), title, body, user.id(), OffsetDateTime.now(clock));
    }

    public LetterView letter(long id, CurrentUser user) {
        return rows.letter(id, InspectionAccess.scope(user, Action.READ), InspectionAccess.unit(user, Action.READ))
                .map(this::view).orElseThrow(() -> new NotFoundException("建议书 " + id + " 不存在或不在您的辖区内"));
    }

    public Page<LetterView> letters(CurrentUser user, Long inspection, String after, int limit) {
        Scope scope = InspectionAccess.scope(user, Action.READ);
        Long unit = InspectionAccess.unit(user, Action.READ);
        if (scope.isEmpty() && unit == null) {
            throw new ForbiddenException("您没有查看巡察建议书的权限");
        }
        return Page.byId(rows.letters(scope, unit, inspection, Cursor.idBelow(after), limit + 1).stream().map(this::view)
                .toList(), limit, LetterView::id);
    }

    /** The addressee answers (the unit, or the place's staff); once. */
    @Transactional
    public LetterView answer(long id, AnswerRequest request, CurrentUser user) {
        LetterView letter = letter(id, user);
        InspectionAccess.check(user, Action.ACT, letter.territoryCode(), letter.unitId());
        String answer = Input.text(request == null ? null : request.answer(), "answer", "答复内容", 2, Inspections.TEXT_MAX);
        if (!rows.answer(id, answer, user.id(), OffsetDateTime.now(clock))) {
            throw new ConflictException("该建议书已答复");
        }
        return letter(id, user);
    }

    private LetterView view(LetterRepository.LetterRow r) {
        return new LetterView(r.id(), r.inspectionId(), r.territoryCode(), r.unitId(),
                views.responsible(r.territoryCode(), r.unitId()), r.title(), r.body(), r.answer(),
                r.answeredAt() == null ? null : Beijing.shown(r.answeredAt()), Beijing.shown(r.createdAt()),
                r.answer() != null);
    }
}
