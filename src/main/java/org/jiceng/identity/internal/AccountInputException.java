package org.jiceng.identity.internal;

import org.jiceng.BadInputException;

/** Bad input that belongs to one field of the account forms, so a page can show it beside that field. */
public class AccountInputException extends BadInputException {

    private final String field;

    public AccountInputException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
