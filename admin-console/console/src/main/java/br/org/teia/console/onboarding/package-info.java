/** Onboarding from the console: background jobs whose progress lives in the platform schema. */
package br.org.teia.console.onboarding;
