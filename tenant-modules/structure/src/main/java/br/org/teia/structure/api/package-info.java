/**
 * What the structure module publishes for other modules: read-only queries on the municipality's
 * SUAS network (for instance, which unit a record of another module names). Other modules depend on
 * this package only, never on the features below.
 */
@NamedInterface("api")
package br.org.teia.structure.api;

import org.springframework.modulith.NamedInterface;
