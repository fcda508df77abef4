/**
 * The demo's extension point: {@link br.org.teia.kernel.demo.DemoSeeder} (municipalities and logins)
 * and {@link br.org.teia.kernel.demo.DemoContribution}, which each module implements in its own
 * {@code demo} package; nothing here runs unless {@code teia.demo.enabled=true}.
 */
package br.org.teia.kernel.demo;
