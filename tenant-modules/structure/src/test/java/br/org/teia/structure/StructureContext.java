package br.org.teia.structure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The one application context of the structure module's integration tests without a web server
 * (services, Karibu views, the demo): {@code @SpringBootTest(classes = TeiaTestApplication.class)} or
 * {@code UiTestBase}, and this. Each variant of a property or import would start Liquibase, Vaadin and
 * the demo again (tens of seconds per start). It runs with the demo data, which the tests in
 * {@code demo} check; every other test makes its own municipalities (never the demo's Belo Horizonte
 * and Betim) and asserts their figures only. The tests over HTTP share {@code OidcTestBase}'s.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestPropertySource(properties = "teia.demo.enabled=true")
public @interface StructureContext {}
