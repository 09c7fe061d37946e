package org.jiceng;

/** Answered as 403 problem+json; the message says in Chinese what the user may not do. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String detail) {
        super(detail);
    }
}
