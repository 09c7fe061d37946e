package org.jiceng;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Deny by default, checked before anything starts: every handler of every controller, pages included (the
 * authorisation matrix sees only the API), names its row of the permission policy, and that row exists.
 */
class EveryHandlerIsGuardedTests {

    @Test
    void everyHandlerNamesAPermissionThePolicyHasARowFor() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<String> unguarded = new ArrayList<>();
        List<String> withoutRow = new ArrayList<>();
        int handlers = 0;
        for (var candidate : scanner.findCandidateComponents("org.jiceng")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            for (Method method : type.getDeclaredMethods()) {
                if (!AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
                    continue;
                }
                handlers++;
                Guard onMethod = AnnotatedElementUtils.findMergedAnnotation(method, Guard.class);
                Guard guard = onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(type, Guard.class);
                String name = type.getSimpleName() + "." + method.getName();
                if (guard == null) {
                    unguarded.add(name);
                } else if (AccessPolicy.rows().stream().noneMatch(p -> p.resource() == guard.resource()
                        && p.action() == guard.action())) {
                    withoutRow.add(name + " " + guard.resource() + ":" + guard.action());
                }
            }
        }
        assertThat(handlers).as("handlers found").isGreaterThan(200);
        assertThat(unguarded).as("handlers without @Guard (refused to everyone)").isEmpty();
        assertThat(withoutRow).as("handlers whose permission has no row in AccessPolicy").isEmpty();
    }
}
