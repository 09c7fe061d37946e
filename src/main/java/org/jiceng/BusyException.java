package org.jiceng;

/**
 * Answered as 503 problem+json with a Retry-After: the request was not carried out (nothing of it was written)
 * because the system could not take it in time; the same request may simply be sent again.
 */
public class BusyException extends RuntimeException {
    public BusyException(String detail) {
        super(detail);
    }
}
