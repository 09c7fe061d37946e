package org.jiceng;

/** Answered as 400 problem+json; the message is the Chinese detail a person can act on. */
public class BadInputException extends RuntimeException {
    public BadInputException(String detail) {
        super(detail);
    }
}
