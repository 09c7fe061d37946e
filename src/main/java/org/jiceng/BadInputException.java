package org.jiceng;

/**
 * Answered as 400 problem+json; the message is the Chinese detail a person can act on. When the fault lies in
 * one field, {@link #field()} names it (the request's own name for it), so a form can show the message beside
 * that field and the API adds it to the problem as {@code field}.
 */
public class BadInputException extends RuntimeException {

    private final String field;

    public BadInputException(String detail) {
        this(null, detail);
    }

    public BadInputException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    /** The field at fault, or {@code null} when the fault is not one field's. */
    public String field() {
        return field;
    }
}
