package org.jiceng;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a handler needs: a request reaches it only when {@link AccessPolicy} has a row for one of
 * the caller's roles (or for anyone) on this resource and action. A handler without it is refused: the
 * policy denies by default. Which record the caller may touch is then the module's access class's question.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Guard {

    Resource resource();

    Action action();
}
