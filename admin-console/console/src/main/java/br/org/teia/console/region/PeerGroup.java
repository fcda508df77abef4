package br.org.teia.console.region;

import br.org.teia.kernel.suas.SizeClass;
import br.org.teia.kernel.tenancy.TenantId;
import java.util.List;

/** A built-in peer group: the members of one size class (by the population the association records). */
public record PeerGroup(SizeClass sizeClass, int populationFrom, Integer populationUpTo, List<TenantId> members) {}
