package org.jiceng.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one door for passwords (the login form and {@code POST /api/v1/auth/token}): asks the
 * {@link LoginThrottle} before checking the password, so a locked-out account is refused even with the
 * right one, and tells it of each failure and success.
 */
class ThrottledAuthentication implements AuthenticationManager {

    private final AuthenticationManager passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    ThrottledAuthentication(AuthenticationManager passwords, LoginThrottle throttle, AuditLog audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = clientAddress();
        Duration locked = throttle.lockedFor(username, address);
        if (!locked.isZero()) {
            throttle.failed(username, address);
            LoginThrottled refusal = new LoginThrottled(throttle.lockedFor(username, address));
            audit.recordAnonymous(username, "LOGIN_THROTTLED", "登录被暂时锁定，" + refusal.seconds() + " 秒后可再试");
            throw refusal;
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(username, address);
            return signedIn;
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
