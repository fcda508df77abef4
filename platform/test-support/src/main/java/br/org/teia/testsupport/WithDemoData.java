package br.org.teia.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The test runs with the demo data of the modules on its classpath ({@code teia.demo.enabled=true}):
 * only for tests of the demo itself (what the demo seeds, e.g. {@code DemoCouncilsIT}). Every other
 * test makes its own municipalities, people and data ({@link TestPeople}, the module's fixtures) and
 * asserts their figures, never the demo's. A module whose demo test would otherwise start a context of
 * its own may run all its tests with the demo in one context (the council's {@code CouncilContext}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestPropertySource(properties = "teia.demo.enabled=true")
public @interface WithDemoData {}
