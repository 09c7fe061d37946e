package org.jiceng.identity.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jiceng.platform.DatabaseMode;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SimpleRedirectSessionInformationExpiredStrategy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One filter chain: pages sign in with a form and a session (CSRF on every form), machines with a bearer
 * token (no session, so no CSRF). Anonymous API calls get 401 problem+json; pages go to the login form.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    @Bean
    HttpSessionEventPublisher sessionEvents() {
        return new HttpSessionEventPublisher();   // tells the session registry of sessions that ended
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, ApiTokens tokens, ProblemResponses problems,
                                    AuthenticationManager authenticationManager, Sessions sessions,
                                    DatabaseMode mode) throws Exception {
        // metrics and the API description are open in the demo; in production they show a county's figures and
        // every operation, so only a county administrator reads them
        String[] operatorPages = {"/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};
        var path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher api = new OrRequestMatcher(path.matcher("/api/**"), path.matcher("/open311/**"));
        RequestMatcher bearer = BearerTokenFilter::hasBearer;
        var loginForm = new LoginUrlAuthenticationEntryPoint("/login");
        http
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
                                "/favicon.ico", "/actuator/health/**").permitAll()
                        // the phone app's service worker and manifest: browsers fetch the manifest without cookies
                        .requestMatchers("/sw.js", "/manifest.webmanifest").permitAll()
                        .requestMatchers(operatorPages).access(mode.demo() ? SingleResultAuthorizationManager.permitAll()
                                : AuthorityAuthorizationManager.hasRole("COUNTY_ADMIN"))
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        // Open311 GeoReport v2: reading is public, filing is authenticated by its api_key
                        .requestMatchers("/open311/**").permitAll()
                        // the 亮身份 board of a community is public: names and roles of its members only
                        .requestMatchers(HttpMethod.GET, "/party/board/*", "/api/v1/party/board/*").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(signedIn())
                        .failureHandler(SecurityConfiguration::loginFailed).permitAll())
                // only pages remember where the person was going; an API call must not open a session for it
                .requestCache(cache -> cache.requestCache(pagesOnly(api)))

                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(bearer, path.matcher(HttpMethod.POST, "/api/v1/auth/token"),
                        path.matcher("/open311/**")))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            if (api.matches(request)) {
                                problems.write(request, response, 401, "请先登录，或在请求头中提供 Authorization: Bearer 访问令牌");
                            } else {
                                loginForm.commence(request, response, e);
                            }
                        })
                        .defaultAccessDeniedHandlerFor((request, response, e) ->
                                problems.write(request, response, 403, "您没有执行此操作的权限"), api))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data: blob: https:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; connect-src 'self'")))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
                // ends the sessions Sessions marked expired (account disabled, password reset); the session store
                // indexes a session by its account, and no bearer or anonymous call is given a session
                .addFilter(new ConcurrentSessionFilter(sessions,
                        new SimpleRedirectSessionInformationExpiredStrategy("/login?expired")))
                .addFilterBefore(new FirstPasswordChange(!mode.demo(), problems), AuthorizationFilter.class);
        return http.build();
    }

    /** To the home page. */
    private static AuthenticationSuccessHandler signedIn() {
        SavedRequestAwareAuthenticationSuccessHandler home = new SavedRequestAwareAuthenticationSuccessHandler();
        home.setDefaultTargetUrl("/");
        home.setAlwaysUseDefaultTargetUrl(true);
        return home;
    }

    private static RequestCache pagesOnly(RequestMatcher api) {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new NegatedRequestMatcher(api));
        return cache;
    }

    /**
     * A wrong password returns to the form with an error; a locked-out sign-in answers 429 with Retry-After and
     * the login form itself (rendered by a GET forward), keeping the username typed.
     */
    private static void loginFailed(HttpServletRequest request, HttpServletResponse response,
                                    AuthenticationException e) throws IOException, ServletException {
        if (e instanceof LoginThrottled throttled) {
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.seconds()));
            request.setAttribute("loginThrottled", throttled.message());
            request.setAttribute("loginUsername", request.getParameter("username"));
            request.getRequestDispatcher("/login").forward(new HttpServletRequestWrapper(request) {
                @Override
                public String getMethod() {
                    return "GET";
                }
            }, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
