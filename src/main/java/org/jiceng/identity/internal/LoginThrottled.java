package org.jiceng.identity.internal;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Refused because of too many failures; {@link #retryAfter()} says when to try again. */
public final class LoginThrottled extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottled(Duration retryAfter) {
        super("登录失败次数过多");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, for the Retry-After header. */
    public long seconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** The message for a person, in minutes when it is long. */
    public String message() {
        long seconds = seconds();
        String wait = seconds < 120 ? seconds + " 秒" : (seconds + 59) / 60 + " 分钟";
        return "登录失败次数过多，请 " + wait + "后再试";
    }
}

