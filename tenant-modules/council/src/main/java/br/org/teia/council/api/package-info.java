/**
 * What the council module publishes for other modules: the events it owns or receives
 * (records in the past tense, published inside the municipality's transaction and scope) and the
 * value types they carry. Other modules depend on this package only, never on the features below.
 */
@NamedInterface("api")
package br.org.teia.council.api;

import org.springframework.modulith.NamedInterface;
