package br.org.teia.training;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The one application context of the module's integration tests: {@code @SpringBootTest(classes =
 * TeiaTestApplication.class)} or {@code UiTestBase}, and this. The clock the tests move by hand, no
 * scheduled offer check, and the public address an invitation's link is checked against
 * ({@code OutsideParticipantInvitationIT}). Each variant of a property or import (or the clock given in
 * {@code classes} instead of imported) would start Liquibase and Vaadin again. The Karibu view test runs
 * in the same test JVM as the service tests (one database): each finds its own courses by title and
 * uses municipalities of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(TrainingFixture.Clocked.class)
@TestPropertySource(properties = {TrainingFixture.NO_SCHEDULED_CHECK, "teia.public-url=https://teia.cogemas.example/"})
public @interface TrainingContext {}
