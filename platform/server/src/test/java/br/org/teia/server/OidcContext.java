package br.org.teia.server;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The one application context of the server's {@code OidcTestBase} classes: without the demo (none of
 * them reads it; the server's application.yaml turns it on, so each context start would run its pass),
 * forwarded headers trusted from loopback as behind the balancer ({@code OperatorEndpointsIT} sends
 * them). Each variant of a property would start Liquibase, Vaadin and the application again.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestPropertySource(properties = {"server.forward-headers-strategy=native", "teia.demo.enabled=false"})
public @interface OidcContext {}
