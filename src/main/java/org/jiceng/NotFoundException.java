package org.jiceng;

/** Answered as 404 problem+json; the message is the Chinese detail. Also used for out-of-scope records. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String detail) {
        super(detail);
    }
}
