package org.jiceng;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most characters (code points, as PostgreSQL counts them) a text field of a request body may hold,
 * declared beside the field. Without it a field may hold {@link Text#DEFAULT_MAX}; a field that needs more
 * says so here. Enforced for every JSON body when it is read, before any handler runs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface MaxChars {

    int value();
}
