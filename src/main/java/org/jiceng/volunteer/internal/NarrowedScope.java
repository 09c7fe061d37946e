package org.jiceng.volunteer.internal;

import org.jiceng.ForbiddenException;
import org.jiceng.Scope;

/** A list asked for one territory: the part of the person's scope inside it, refused when nothing is. */
public final class NarrowedScope {

    private NarrowedScope() {
    }

    /** {@code scope} narrowed to {@code territory} when one is named; a 403 when the person may read none of it. */
    public static Scope of(Scope scope, String territory) {
        if (territory == null || territory.isBlank()) {
            return scope;
        }
        Scope narrowed = scope.narrowedTo(territory.strip());
        if (narrowed.isEmpty()) {
            throw new ForbiddenException("该区域不在您的辖区内");
        }
        return narrowed;
    }
}
