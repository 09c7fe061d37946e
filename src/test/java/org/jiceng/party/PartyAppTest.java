package org.jiceng.party;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jiceng.support.AppTest;
import org.springframework.context.annotation.Import;

/**
 * {@link AppTest} with a small people register ({@link FakePeople}) so the party demo seeds members and posts
 * and a resident can be registered as a member whether or not the people module is running. The party
 * integration tests share this one context.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@AppTest
@Import(FakePeople.class)
public @interface PartyAppTest {
}
