package org.jiceng.identity.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.time.Instant;
import org.jiceng.identity.internal.ApiTokens;
import org.jiceng.identity.internal.LoginThrottled;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/auth/token}: username and password in, a bearer token out. */
@RestController
class AuthApiController {

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;

    AuthApiController(AuthenticationManager authentication, ApiTokens tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
    }

    record Credentials(String username, String password) {
    }

    record TokenAnswer(String token, Instant expiresAt) {
    }

    @Guard(resource = Resource.SIGN_IN, action = Action.CREATE)
    @PostMapping(path = "/api/v1/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> token(@RequestBody Credentials credentials) {
        if (credentials == null || isBlank(credentials.username()) || isBlank(credentials.password())) {
            return problem(HttpStatus.BAD_REQUEST, "请提供用户名 username 和密码 password");
        }
        try {
            var signedIn = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    credentials.username(), credentials.password()));
            var account = (org.springframework.security.core.userdetails.UserDetails) signedIn.getPrincipal();
            var issued = tokens.issue(account.getUsername());
            return ResponseEntity.ok(new TokenAnswer(issued.token(), issued.expiresAt()));
        } catch (LoginThrottled e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.message());
            problem.setTitle("请求过于频繁");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(e.seconds())).body(problem);
        } catch (AuthenticationException e) {
            return problem(HttpStatus.UNAUTHORIZED, "用户名或密码错误");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status == HttpStatus.UNAUTHORIZED ? "需要登录" : "请求有误");
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
