package org.jiceng.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jiceng.AccessPolicy;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Guard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Deny by default: every handler of the product must name its {@link Guard}, and a request reaches it only
 * when the permission policy has a row for one of the caller's roles on that resource and action. What the
 * caller may touch inside is then decided per record by the module's access class.
 */
@Configuration(proxyBeanMethods = false)
class GuardInterceptor implements WebMvcConfigurer, HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(GuardInterceptor.class);

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !isProduct(method)) {
            return true;
        }
        Guard guard = guardOf(method);
        if (guard == null) {
            log.error("处理方法缺少 @Guard，已拒绝：{}", method.getShortLogMessage());
            throw new ForbiddenException("您没有执行此操作的权限");
        }
        if (!AccessPolicy.mayAtAll(currentOrNull(), guard.resource(), guard.action())) {
            throw AccessPolicy.refusal(guard.resource(), guard.action());
        }
        return true;
    }

    static Guard guardOf(HandlerMethod method) {
        Guard guard = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Guard.class);
        return guard != null ? guard : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Guard.class);
    }

    /** Handlers of this product; the framework's own (error pages, API docs) are governed by the security chain. */
    static boolean isProduct(HandlerMethod method) {
        return method.getBeanType().getName().startsWith("org.jiceng.");
    }

    static CurrentUser currentOrNull() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Account account
                ? account.user() : null;
    }
}
