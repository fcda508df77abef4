/**
 * The header's search across modules: each module answers a {@link br.org.teia.kernel.search.SearchQuery}
 * through its own {@link br.org.teia.kernel.search.SearchContribution} (only what the signed-in person may
 * read), so the kernel imports no module; {@link br.org.teia.kernel.search.SearchFolding} is the one rule of
 * matching, accents and case aside, in Java and in the queries.
 */
package br.org.teia.kernel.search;
