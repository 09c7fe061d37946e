package org.jiceng;

/** Answered as 409 problem+json: the record is not in a state that allows this; the message says why. */
public class ConflictException extends RuntimeException {
    public ConflictException(String detail) {
        super(detail);
    }
}
