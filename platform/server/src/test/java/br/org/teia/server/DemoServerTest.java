package br.org.teia.server;

import br.org.teia.TeiaApplication;
import br.org.teia.testsupport.SessionCounter;
import br.org.teia.testsupport.StatementCounter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The assembled application ({@link TeiaApplication}) with its demo data on a random port, behind a
 * proxy on loopback ({@code X-Forwarded-For} trusted from there, as behind the balancer), with the
 * public address mailed links begin with, as production sets it ({@code PasswordResetE2EIT} follows
 * one), counting the HTTP sessions it creates ({@link SessionCounter}) and the statements its requests
 * prepare ({@link StatementCounter}). Every class that declares it shares one application context
 * (Spring's context cache), so the server's browser, HTTP and Karibu tests (a {@code UiTestBase} class
 * declaring it runs here instead of in a context of its own) start the application, Liquibase, Vaadin
 * and the demo once per test JVM; each variant of this configuration (a property, an import) would
 * start them all again. A test that needs another setting has its own {@code @SpringBootTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = TeiaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"teia.demo.enabled=true", "server.forward-headers-strategy=native",
        "teia.public-url=https://teia.cogemas.example"})
@Import({SessionCounter.class, StatementCounter.class})
public @interface DemoServerTest {}
