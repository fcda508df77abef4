package br.org.teia.console.onboarding;

import java.time.Instant;

/** One municipality of a job, with its error when it failed. */
public record OnboardingJobItem(String ibgeCode, String name, ItemStatus status, String error, Instant finishedAt) {}
