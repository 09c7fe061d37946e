package org.jiceng.security;

import org.jiceng.support.Http;

/** Signs in through {@code POST /api/v1/auth/token} with any password, for the accounts the harnesses create. */
final class Logins {

    private Logins() {
    }

    static String token(int port, String username, String password) {
        var answer = Http.anonymous(port).postJson("/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (answer.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + answer.status() + " " + answer.body());
        }
        return answer.json().get("token").asString();
    }

    static Http http(int port, String username, String password) {
        return Http.anonymous(port).withToken(token(port, username, password));
    }
}
