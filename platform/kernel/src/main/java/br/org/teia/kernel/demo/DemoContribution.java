package br.org.teia.kernel.demo;

/**
 * A module's part of the demo data: a bean the module declares only when demo is enabled
 * ({@code @ConditionalOnProperty(name = DemoData.ENABLED, havingValue = "true")}), called by
 * {@link DemoSeeder} in {@link #order()} after the demo municipalities and logins exist. A
 * contribution is idempotent (nothing that already exists is created again) and works through its
 * module's services, so every rule and event applies as in real use. A contribution that needs
 * another module's demo data orders itself after it, and reads it only through what that module
 * publishes.
 */
public interface DemoContribution {

  /** The SUAS structure: managing bodies, territories, units. */
  int STRUCTURE = 100;
  /** The councils, which need the municipalities only. */
  int COUNCIL = 200;
  /** What builds on the structure and on the councils' decisions: entities, workers. */
  int AFTER_COUNCIL = 300;

  /** Lower runs first; contributions with the same order run in no promised order. */
  int order();

  /** Adds this module's demo data to the demo municipalities ({@link DemoData}). */
  void seed();
}
