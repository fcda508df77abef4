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
 * for tests of the demo itself, and for the tests still reading the demo's municipalities and logins
 * instead of making their own fixtures (so they are easy to find: search for this annotation).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestPropertySource(properties = "teia.demo.enabled=true")
public @interface WithDemoData {}
