package org.jiceng.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jiceng.CurrentUser;
import org.springframework.stereotype.Component;

/** Changing one's own password from a page or the API, and lifting the first-login gate for the session. */
@Component
public class PasswordChanges {

    private final AccountManagement accounts;

    PasswordChanges(AccountManagement accounts) {
        this.accounts = accounts;
    }

    public void change(CurrentUser user, String oldPassword, String newPassword, HttpServletRequest request,
                       HttpServletResponse response) {
        accounts.changeOwnPassword(user, oldPassword, newPassword);
        FirstPasswordChange.changed(request, response);
    }
}
