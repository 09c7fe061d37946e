package org.jiceng.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * One module of the application alone (the one of the test class's package; Spring Modulith's STANDALONE mode), with
 * the platform (database, migrations, error mapping) beside it, on a fresh embedded PostgreSQL in demo mode and a
 * {@link MovableClock}; no web server and no case sweeps. Neighbours are real when named in {@code extraIncludes}
 * (territory, the ground every module stands on), else small fakes of their API the test imports: {@link FakeCases},
 * {@link FakeIdentity}, {@link NoResidents}, {@code party/FakePeople}. A fake lives here or in the module's own test
 * package: Spring Modulith drops beans declared in the package of a module that is not started.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ApplicationModuleTest(extraIncludes = "platform", webEnvironment = WebEnvironment.NONE)
@Import(MovableClock.Config.class)
@DirtiesContext   // each module's context serves one test class: close it, and its database, when the class is done
@TestPropertySource(properties = {
        "jiceng.data-dir=target/it-data/${random.uuid}",
        "jiceng.db.embedded.clean=true",
        "jiceng.db.url=",
        "jiceng.db.pool-size=4",
        "jiceng.cases.background-sweeps=false",
})
public @interface ModuleTest {

    /** The modules started beside the module under test: the platform, and territory where the module needs it. */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
    String[] extraIncludes() default "platform";
}
