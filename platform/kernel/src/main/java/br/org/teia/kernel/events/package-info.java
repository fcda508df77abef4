/**
 * Events that cross module boundaries, as records in the past tense. The module that owns the fact
 * publishes it with Spring's {@code ApplicationEventPublisher} inside its transaction and tenant
 * scope; listeners in other modules react without reaching into the publisher's tables.
 */
package br.org.teia.kernel.events;
