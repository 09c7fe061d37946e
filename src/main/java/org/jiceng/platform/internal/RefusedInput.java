package org.jiceng.platform.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/** A JSON value that was read but may not be stored; its detail is the Chinese message for the person. */
class RefusedInput extends DatabindException {

    private final String detail;

    RefusedInput(JsonParser parser, String detail) {
        super(parser, detail);
        this.detail = detail;
    }

    String detail() {
        return detail;
    }

    /** The refusal somewhere in a chain of causes, if any. */
    static RefusedInput in(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RefusedInput refused) {
                return refused;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
