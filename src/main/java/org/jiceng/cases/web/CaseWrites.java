package org.jiceng.cases.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseActionRequest;
import org.jiceng.cases.CaseIntake;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.internal.AttachmentService;
import org.jiceng.cases.internal.CaseService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * The pages' writes that take more than one step, each in one transaction: filing uploads the photo, files
 * the case and, for a grid worker who solved it on the spot, accepts, handles and resolves it with the result
 * photo; an action with a photo uploads it and moves the case. Any refusal undoes it all.
 */
@Component
class CaseWrites {

    private final AttachmentService attachments;
    private final CaseService cases;
    private final TransactionTemplate transaction;

    CaseWrites(AttachmentService attachments, CaseService cases, PlatformTransactionManager transactions) {
        this.attachments = attachments;
        this.cases = cases;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Uploads a photo on its own, for a form that stops to show nearby duplicates and carries the photo on. */
    String upload(CurrentUser user, MultipartFile photo) {
        return transaction.execute(status -> attachments.upload(user, bytes(photo)).id());
    }

    CaseView file(CurrentUser user, CaseForm form, MultipartFile photo, MultipartFile resultPhoto) {
        boolean onSpot = form.onSpot() && user.has(Role.GRID_WORKER);
        if (onSpot) {
            if (form.resultNote() == null || form.resultNote().isBlank()) {
                throw new BadInputException("勾选“已就地解决”时，请填写处理结果");
            }
            if (isEmpty(resultPhoto)) {
                throw new BadInputException("勾选“已就地解决”时，请拍一张处理后的照片");
            }
        }
        return transaction.execute(status -> {
            List<String> photos = new ArrayList<>();
            if (form.photoId() != null && !form.photoId().isBlank()) {
                photos.add(form.photoId().strip());
            }
            if (!isEmpty(photo)) {
                photos.add(attachments.upload(user, bytes(photo)).id());
            }
            // the channel follows the role: a grid worker's report is a patrol report (网格巡查)
            CaseView filed = cases.file(user, new CaseIntake(form.categoryCode(), form.description(), form.lat(), form.lon(),
                    form.address(), null, photos, user.hasAny(Role.RESIDENT, Role.HOUSEHOLD_CHIEF) && Boolean.TRUE.equals(form.publicCase())));
            if (!onSpot) {
                return filed;
            }
            String result = attachments.upload(user, bytes(resultPhoto)).id();
            cases.act(user, filed.id(), CaseAction.ACCEPT, CaseActionRequest.note("网格员巡查发现，就地处理"));
            cases.act(user, filed.id(), CaseAction.HANDLE, CaseActionRequest.empty());
            return cases.act(user, filed.id(), CaseAction.RESOLVE, CaseActionRequest.note(form.resultNote(), List.of(result)));
        });
    }

    /** Takes {@code action}; a photo given is uploaded and attached to the step in the same transaction. */
    CaseView act(CurrentUser user, long id, CaseAction action, CaseActionRequest request, MultipartFile photo) {
        if (isEmpty(photo)) {
            return cases.act(user, id, action, request);
        }
        return transaction.execute(status -> cases.act(user, id, action,
                request.withPhoto(attachments.upload(user, bytes(photo)).id())));
    }

    static boolean isEmpty(MultipartFile file) {
        return file == null || file.isEmpty();
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
