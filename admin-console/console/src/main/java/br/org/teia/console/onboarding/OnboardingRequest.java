package br.org.teia.console.onboarding;

/**
 * What the person asks to onboard, as typed: one municipality by IBGE code, a list of codes (one a
 * line, or separated by commas or spaces) or a whole state; the service checks every code.
 */
public record OnboardingRequest(OnboardingView.Mode mode, String code, String codes, String uf) {}
